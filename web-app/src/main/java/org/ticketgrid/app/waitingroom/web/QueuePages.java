package org.ticketgrid.app.waitingroom.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Ids;
import org.ticketgrid.app.waitingroom.usecase.JoinOutcome;
import org.ticketgrid.app.waitingroom.usecase.QueueStreams;
import org.ticketgrid.app.waitingroom.usecase.QueueView;
import org.ticketgrid.app.waitingroom.usecase.RoomTerms;
import org.ticketgrid.app.waitingroom.usecase.WaitingRoom;
import org.ticketgrid.waitingroom.QueueState;

/**
 * The waiting room page ({@code /events/{id}/queue}, signed-in buyers): the place, people ahead,
 * estimated wait and progress, live over SSE with a polling fallback, and the "It's your turn"
 * moment with its countdown. The place lives in the grid, so a reload or a reconnect shows it again.
 */
@Controller
class QueuePages {

    private final WaitingRoom room;
    private final QueueStreams streams;

    QueuePages(WaitingRoom room, QueueStreams streams) {
        this.room = room;
        this.streams = streams;
    }

    @GetMapping("/events/{id}/queue")
    String page(@PathVariable String id, Principal principal, HttpServletRequest request, Model model) {
        UUID eventId = Ids.uuid(id, "event");
        RoomTerms terms = room.terms(eventId);
        if (!terms.highDemand()) {
            return "redirect:/events/" + eventId;
        }
        Optional<QueueView> place = room.placeOf(eventId, principal.getName())
                .filter(v -> v.state() != QueueState.LEFT);
        place.filter(v -> v.admissionToken() != null)
                .ifPresent(v -> AdmissionPages.remember(request, eventId, v.admissionToken()));
        model.addAttribute("eventId", eventId);
        model.addAttribute("terms", terms);
        model.addAttribute("place", place.orElse(null));
        model.addAttribute("admissionsPerMinute", terms.admissionsPerMinute());
        return "waitingroom/queue";
    }

    @PostMapping("/events/{id}/queue")
    String join(@PathVariable String id, Principal principal, HttpServletRequest request, Model model,
            HttpServletResponse response) {
        UUID eventId = Ids.uuid(id, "event");
        JoinOutcome outcome = room.join(eventId, principal.getName(), request.getRemoteAddr());
        String notice = switch (outcome) {
            case JoinOutcome.Joined j -> null;
            case JoinOutcome.NoWaitingRoom n -> null;
            case JoinOutcome.SoldOut s -> "This event is sold out.";
            case JoinOutcome.Closed c -> "Sales for this event are over.";
            case JoinOutcome.NotOpenYet n -> "The waiting room opens at " + n.opensAt() + ".";
            case JoinOutcome.Throttled t -> "Too many attempts from your connection. Please wait "
                    + t.retryAfterSeconds() + " seconds.";
        };
        if (notice == null) {
            return outcome instanceof JoinOutcome.NoWaitingRoom ? "redirect:/events/" + eventId
                    : "redirect:/events/" + eventId + "/queue";
        }
        response.setStatus(outcome instanceof JoinOutcome.Throttled ? 429 : 409);
        model.addAttribute("notice", notice);
        return page(id, principal, request, model);
    }

    /** The polling fallback: the place as JSON (and the token into the session once admitted). */
    @GetMapping("/events/{id}/queue/status")
    @ResponseBody
    ResponseEntity<Map<String, Object>> status(@PathVariable String id, Principal principal,
            HttpServletRequest request) {
        UUID eventId = Ids.uuid(id, "event");
        QueueView v = room.placeOf(eventId, principal.getName()).orElseThrow(() -> new ApiProblems.NotFound("place"));
        if (v.admissionToken() != null) {
            AdmissionPages.remember(request, eventId, v.admissionToken());
        }
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("state", v.state().name());
        body.put("position", v.position());
        body.put("aheadOfYou", v.aheadOfYou());
        body.put("estimatedWaitSeconds", v.estimatedWaitSeconds());
        body.put("admittedUntil", v.admittedUntil() == null ? null : v.admittedUntil().toString());
        return ResponseEntity.ok(body);
    }

    @GetMapping("/events/{id}/queue/stream")
    SseEmitter stream(@PathVariable String id, Principal principal, HttpServletResponse response) {
        UUID eventId = Ids.uuid(id, "event");
        QueueView v = room.placeOf(eventId, principal.getName()).orElseThrow(() -> new ApiProblems.NotFound("place"));
        response.setHeader("X-Accel-Buffering", "no");
        response.setHeader("Cache-Control", "no-cache");
        return streams.subscribe(v.queueTicketId(), principal.getName())
                .orElseThrow(() -> new ApiProblems.NotFound("place"));
    }

    /** "Choose your seats": keeps the token in the session and goes to the seat map. */
    @GetMapping("/events/{id}/queue/enter")
    String enter(@PathVariable String id, Principal principal, HttpServletRequest request) {
        UUID eventId = Ids.uuid(id, "event");
        Optional<QueueView> v = room.placeOf(eventId, principal.getName());
        if (v.isPresent() && v.get().admissionToken() != null) {
            AdmissionPages.remember(request, eventId, v.get().admissionToken());
            return "redirect:/events/" + eventId;
        }
        return "redirect:/events/" + eventId + "/queue";
    }
}
