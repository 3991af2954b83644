package org.ticketgrid.app.holds.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ticketgrid.app.holds.usecase.PlaceHold;
import org.ticketgrid.app.holds.usecase.ReleaseHold;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Ids;
import org.ticketgrid.app.waitingroom.web.AdmissionPages;
import org.ticketgrid.holds.Hold;
import org.ticketgrid.app.catalog.eventpage.EventPageQueries;

/**
 * Holding and releasing seats from the event page: form posts (HTMX or plain). HTMX gets the
 * buying panel plus the live part of the page out of band, so the map shows the result at once;
 * a plain post is redirected back to the page, or gets the page with the refusal in it.
 * Refusals are normal outcomes here: a friendly notice with 409 or 400, never an error page.
 */
@Controller
class HoldPageController {

    static final String SEAT = "seat";
    static final String STANDING_PREFIX = "ga-";
    private static final int ATTEMPTS = 3;

    private final PlaceHold placeHold;
    private final ReleaseHold releaseHold;
    private final StandingPlaces standing;
    private final HoldPanels panels;
    private final EventPageQueries pages;

    private final AdmissionPages admission;

    HoldPageController(PlaceHold placeHold, ReleaseHold releaseHold, StandingPlaces standing, HoldPanels panels,
            EventPageQueries pages, AdmissionPages admission) {
        this.admission = admission;
        this.placeHold = placeHold;
        this.releaseHold = releaseHold;
        this.standing = standing;
        this.panels = panels;
        this.pages = pages;
    }

    @PostMapping("/events/{id}/hold")
    String hold(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Principal principal,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        UUID eventId = Ids.uuid(id, "event");
        String account = Buyer.accountId(principal, request, true);
        if (!admission.mayHold(eventId, account, request)) {
            return "redirect:/events/" + eventId + "/queue"; // high demand, and no live admission of this buyer
        }
        SessionHolds mine = SessionHolds.forUpdate(request);
        HoldPanel panel;
        try {
            Hold hold = place(eventId, form, account);
            String previous = mine.remember(eventId, Hold.formatId(hold.holdId()));
            if (previous != null) {
                releaseQuietly(previous, account);
            }
            panel = panels.held(hold);
        } catch (ApiProblems.NotFound e) {
            throw e;
        } catch (ApiProblems.ApiProblem problem) {
            Hold own = ownHoldCovering(problem, mine.at(eventId), account);
            if (own != null) {
                // A double submit: the "taken" seats are this buyer's own active hold.
                panel = panels.held(own);
            } else {
                panel = panels.refused(problem, pages.event(eventId), requested(form));
                response.setStatus(problem instanceof ApiProblems.Conflict ? HttpStatus.CONFLICT.value()
                        : HttpStatus.BAD_REQUEST.value());
            }
        }
        if (htmx == null && panel.held()) {
            return "redirect:/events/" + eventId;
        }
        return respond(eventId, panel, htmx != null, model);
    }

    @PostMapping("/events/{id}/hold/release")
    String release(@PathVariable String id, @RequestParam(required = false) String holdId,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Principal principal,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        UUID eventId = Ids.uuid(id, "event");
        String account = Buyer.accountId(principal, request, false);
        Hold hold = account == null || holdId == null ? null : panels.find(holdId, account);
        HoldPanel panel;
        if (hold == null || !hold.eventId().equals(eventId.toString())
                || hold.isExpired(System.currentTimeMillis())) {
            panel = HoldPanel.selecting(HoldPanel.Notice.info(
                    "That hold had already ended, so its seats are back on sale."));
        } else if (panels.purchase(hold).isPresent()) {
            panel = HoldPanel.selecting(HoldPanel.Notice.info(
                    "Those seats are in your order, so they stay yours: find them in My bookings."));
        } else {
            releaseQuietly(holdId, account);
            panel = HoldPanel.selecting(HoldPanel.Notice.info(
                    "Your seats were released and are back on sale. You can choose again."));
        }
        if (holdId != null) {
            SessionHolds.of(request).forget(eventId, holdId);
        }
        if (htmx == null) {
            redirect.addFlashAttribute("panel", panel);
            return "redirect:/events/" + eventId;
        }
        return respond(eventId, panel, true, model);
    }

    private String respond(UUID eventId, HoldPanel panel, boolean htmx, Model model) {
        model.addAttribute("panel", panel);
        model.addAttribute("maxSeats", panels.maxSeats());
        model.addAttribute("holdLength", panels.holdLength());
        if (htmx) {
            EventPageQueries.Live live = pages.live(eventId);
            model.addAttribute("event", live.event());
            model.addAttribute("states", live.sections());
            return "holds/hold-response";
        }
        EventPageQueries.FullPage page = pages.fullPage(eventId);
        model.addAttribute("page", page);
        model.addAttribute("event", page.event());
        return "eventpage/event";
    }

    /** Places the hold; standing places picked at random are picked again if someone was quicker. */
    private Hold place(UUID eventId, MultiValueMap<String, String> form, String account) {
        List<Long> seats = seatIds(form);
        Map<Long, Integer> quantities = quantities(form);
        for (int attempt = 1;; attempt++) {
            List<Long> all = new ArrayList<>(seats);
            List<Long> places = standing.pick(eventId, quantities);
            all.addAll(places);
            try {
                return placeHold.hold(eventId, all, account);
            } catch (ApiProblems.Conflict conflict) {
                if (attempt == ATTEMPTS || places.isEmpty() || !onlyAmong(conflict, places)) {
                    throw conflict;
                }
            }
        }
    }

    /** How many seats and places the form asked for, 0 if it cannot be read. */
    private static int requested(MultiValueMap<String, String> form) {
        try {
            return seatIds(form).size() + quantities(form).values().stream().mapToInt(Integer::intValue).sum();
        } catch (ApiProblems.InvalidRequest e) {
            return 0;
        }
    }

    private static boolean onlyAmong(ApiProblems.ApiProblem problem, List<Long> places) {
        Object taken = problem.properties().get("takenSeatIds");
        return taken instanceof List<?> list && !list.isEmpty()
                && list.stream().allMatch(seat -> places.contains(((Number) seat).longValue()));
    }

    private Hold ownHoldCovering(ApiProblems.ApiProblem problem, String holdId, String account) {
        Object taken = problem.properties().get("takenSeatIds");
        if (holdId == null || !(taken instanceof List<?> list) || list.isEmpty()) {
            return null;
        }
        Hold hold = panels.find(holdId, account);
        if (hold == null || hold.isExpired(System.currentTimeMillis())) {
            return null;
        }
        boolean covered = list.stream().allMatch(seat -> Arrays.stream(hold.seatIds())
                .anyMatch(own -> own == ((Number) seat).longValue()));
        return covered ? hold : null;
    }

    private void releaseQuietly(String holdId, String account) {
        try {
            releaseHold.release(holdId, account);
        } catch (ApiProblems.NotFound e) {
            // Already gone (expired and evicted): nothing to give back.
        } catch (ApiProblems.Conflict checkedOut) {
            // The previous hold became an order: its seats are the order's, not this browser's to free.
        }
    }

    static List<Long> seatIds(MultiValueMap<String, String> form) {
        List<Long> ids = new ArrayList<>();
        for (String value : form.getOrDefault(SEAT, List.of())) {
            for (String part : value.trim().split("[\\s,]+")) {
                if (!part.isEmpty()) {
                    ids.add(number(part));
                }
            }
        }
        return ids;
    }

    static Map<Long, Integer> quantities(MultiValueMap<String, String> form) {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(STANDING_PREFIX) && !values.isEmpty()) {
                String text = values.get(values.size() - 1).trim();
                long quantity = text.isEmpty() ? 0 : number(text);
                long section = number(name.substring(STANDING_PREFIX.length()));
                if (quantity < 0) {
                    throw new ApiProblems.InvalidRequest("unknown-seat", "A quantity cannot be negative.");
                }
                if (quantity > 1000) {
                    throw new ApiProblems.InvalidRequest("too-many-seats", "Too many places.");
                }
                if (quantity > 0) {
                    quantities.put(section, (int) quantity);
                }
            }
        });
        return quantities;
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new ApiProblems.InvalidRequest("unknown-seat", "'" + text + "' is not a seat.");
        }
    }
}
