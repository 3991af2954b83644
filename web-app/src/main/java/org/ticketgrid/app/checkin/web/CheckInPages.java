package org.ticketgrid.app.checkin.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.ticketgrid.app.checkin.usecase.CheckIn;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Ids;

/**
 * {@code /merchant/events/{id}/checkin}: one input with the focus, so a hand scanner (which types
 * the code and Enter) or a person typing the printed code works the same; the answer is a big
 * green "let in" or red "do not let in" with the reason, and the input is ready for the next one.
 */
@Controller
class CheckInPages {

    /** The last answer shown above the input. */
    record Verdict(boolean admit, String title, String detail) {
    }

    private final CheckIn checkIn;

    CheckInPages(CheckIn checkIn) {
        this.checkIn = checkIn;
    }

    @GetMapping("/merchant/events/{id}/checkin")
    String gate(@PathVariable String id, Authentication caller, Model model) {
        UUID eventId = Ids.uuid(id, "event");
        model.addAttribute("eventId", eventId);
        model.addAttribute("progress", checkIn.progress(eventId, Actor.of(caller)));
        return "checkin/gate";
    }

    @PostMapping("/merchant/events/{id}/checkin")
    String scan(@PathVariable String id, @RequestParam(defaultValue = "") String code, Authentication caller,
            Model model, HttpServletResponse response) {
        UUID eventId = Ids.uuid(id, "event");
        Actor gate = Actor.of(caller);
        Verdict verdict;
        try {
            CheckIn.Admitted admitted = checkIn.admit(eventId, code, gate);
            verdict = new Verdict(true, "Let in", admitted.place()
                    + (admitted.ticketType() == null ? "" : " · " + admitted.ticketType()));
        } catch (ApiProblems.InvalidRequest | ApiProblems.Conflict | ApiProblems.NotFound refused) {
            if (refused instanceof ApiProblems.NotFound && !"unknown-ticket".equals(refused.code())) {
                throw refused; // no such event: the 404 page, not an answer about a ticket
            }
            response.setStatus(refused instanceof ApiProblems.InvalidRequest ? HttpServletResponse.SC_BAD_REQUEST
                    : refused instanceof ApiProblems.NotFound ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_CONFLICT);
            verdict = new Verdict(false, "Do not let in", refused.getMessage());
        }
        model.addAttribute("eventId", eventId);
        model.addAttribute("verdict", verdict);
        model.addAttribute("progress", checkIn.progress(eventId, gate));
        return "checkin/gate";
    }
}
