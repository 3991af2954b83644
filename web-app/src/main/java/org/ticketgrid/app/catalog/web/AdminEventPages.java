package org.ticketgrid.app.catalog.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ticketgrid.app.catalog.EventStatus;
import org.ticketgrid.app.catalog.sales.PlatformTotals;
import org.ticketgrid.app.catalog.usecase.ChangeEventStatus;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Ids;

/**
 * Admin screens of the catalog: every event (search by name, filter by status), moderation
 * (unpublish: back to DRAFT, see {@link ChangeEventStatus#unpublish}) and the platform's totals.
 */
@Controller
class AdminEventPages {

    private final MerchantEvents merchantEvents;
    private final ChangeEventStatus changeStatus;
    private final PlatformTotals totals;

    AdminEventPages(MerchantEvents merchantEvents, ChangeEventStatus changeStatus, PlatformTotals totals) {
        this.merchantEvents = merchantEvents;
        this.changeStatus = changeStatus;
        this.totals = totals;
    }

    @GetMapping("/admin/events")
    String events(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        EventStatus filter = MerchantEvents.status(status);
        String text = q == null ? "" : q.strip();
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        model.addAttribute("q", text);
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("statuses", EventStatus.values());
        model.addAttribute("result", merchantEvents.list(null, filter, text, page));
        return htmx != null ? "catalog/admin-events :: results" : "catalog/admin-events";
    }

    @PostMapping("/admin/events/{id}/unpublish")
    String unpublish(@PathVariable String id, Authentication caller, RedirectAttributes redirect) {
        UUID eventId = Ids.uuid(id, "event");
        try {
            var event = changeStatus.unpublish(eventId, Actor.of(caller));
            redirect.addFlashAttribute("notice", "“" + event.name() + "” is unpublished: back to draft, hidden from "
                    + "customers. Its holds and sold tickets are kept.");
        } catch (ApiProblems.Conflict refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/admin/events";
    }

    @GetMapping("/admin/totals")
    String totals(Model model) {
        model.addAttribute("totals", totals.totals());
        return "catalog/admin-totals";
    }
}
