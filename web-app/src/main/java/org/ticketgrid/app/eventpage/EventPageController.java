package org.ticketgrid.app.eventpage;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.ticketgrid.app.platform.Ids;
import org.ticketgrid.app.catalog.eventpage.EventPageQueries;
import org.ticketgrid.app.holds.web.Buyer;
import org.ticketgrid.app.holds.web.HoldPanel;
import org.ticketgrid.app.holds.web.HoldPanels;
import org.ticketgrid.app.holds.web.SessionHolds;
import org.ticketgrid.app.waitingroom.web.AdmissionPages;

/**
 * The event page. One route: the full page, or for an HTMX request the fragment it targets:
 * {@code live} (counts, status, seat states; the page polls it) or {@code hold-panel} (the buying
 * panel, asked for again when a hold runs out).
 */
@Controller
class EventPageController {

    static final String LIVE = "live";
    static final String HOLD_PANEL = "hold-panel";

    private final EventPageQueries pages;
    private final HoldPanels panels;

    private final AdmissionPages admission;

    EventPageController(EventPageQueries pages, HoldPanels panels, AdmissionPages admission) {
        this.pages = pages;
        this.panels = panels;
        this.admission = admission;
    }

    @GetMapping("/events/{id}")
    String event(@PathVariable String id, @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-Target", required = false) String target, Principal principal,
            HttpServletRequest request, Model model) {
        UUID eventId = Ids.uuid(id, "event");
        if (htmx != null && LIVE.equals(target)) {
            EventPageQueries.Live live = pages.live(eventId);
            model.addAttribute("event", live.event());
            model.addAttribute("states", live.sections());
            return "eventpage/event :: live";
        }
        String queue = admission.redirectToQueue(eventId, principal, request);
        if (queue != null && htmx == null) {
            return queue; // a high-demand event: buyers without a live admission wait in its waiting room
        }
        HoldPanel panel = panels.current(eventId, Buyer.accountId(principal, request, false),
                SessionHolds.of(request));
        if (!model.containsAttribute("panel") || panel.held()) {
            model.addAttribute("panel", panel);
        }
        model.addAttribute("maxSeats", panels.maxSeats());
        model.addAttribute("holdLength", panels.holdLength());
        if (htmx != null && HOLD_PANEL.equals(target)) {
            model.addAttribute("event", pages.event(eventId));
            return "eventpage/event :: hold-panel";
        }
        EventPageQueries.FullPage page = pages.fullPage(eventId);
        model.addAttribute("page", page);
        model.addAttribute("event", page.event());
        return "eventpage/event";
    }
}
