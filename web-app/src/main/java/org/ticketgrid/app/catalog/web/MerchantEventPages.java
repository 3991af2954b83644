package org.ticketgrid.app.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
import org.ticketgrid.app.catalog.sales.EventSales;
import org.ticketgrid.app.catalog.usecase.ChangeEventStatus;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Ids;

/**
 * A merchant's events: the list with live counts, each event's sales dashboard (the live part
 * refreshes itself through HTMX), publish and cancel, and the attendee list as CSV. A merchant sees
 * only their own events (another's answers 403); an admin sees every event.
 */
@Controller
class MerchantEventPages {

    private final MerchantEvents merchantEvents;
    private final EventSales sales;
    private final ChangeEventStatus changeStatus;

    MerchantEventPages(MerchantEvents merchantEvents, EventSales sales, ChangeEventStatus changeStatus) {
        this.merchantEvents = merchantEvents;
        this.sales = sales;
        this.changeStatus = changeStatus;
    }

    @GetMapping("/merchant/events")
    String events(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            Authentication caller, Model model) {
        Actor actor = Actor.of(caller);
        EventStatus filter = MerchantEvents.status(status);
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("statuses", EventStatus.values());
        model.addAttribute("result", merchantEvents.list(actor.admin() ? null : actor.id(), filter, "", page));
        return "catalog/merchant-events";
    }

    @GetMapping("/merchant/events/{id}")
    String dashboard(@PathVariable String id, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Authentication caller, Model model) {
        EventSales.Report report = sales.report(Ids.uuid(id, "event"), Actor.of(caller));
        model.addAttribute("report", report);
        model.addAttribute("view", DashboardView.of(report));
        model.addAttribute("chart", report.byDay() == null ? null
                : SalesChartSvg.draw(report.byDay(), LocalDate.now(ZoneOffset.UTC)));
        if (htmx != null) {
            return "catalog/merchant-dashboard :: live";
        }
        model.addAttribute("orders", sales.paidOrders(report.eventId(), Actor.of(caller)));
        model.addAttribute("ordersShown", EventSales.ORDERS_SHOWN);
        return "catalog/merchant-dashboard";
    }

    @PostMapping("/merchant/events/{id}/publish")
    String publish(@PathVariable String id, Authentication caller, RedirectAttributes redirect) {
        UUID eventId = Ids.uuid(id, "event");
        return change(eventId, redirect, "Published: the event is on sale.",
                () -> changeStatus.publish(eventId, Actor.of(caller)));
    }

    /** Asks before cancelling: the page says what the cancellation does (every ticket sold is refunded). */
    @GetMapping("/merchant/events/{id}/cancel")
    String confirmCancel(@PathVariable String id, Authentication caller, Model model) {
        EventSales.Report report = sales.report(Ids.uuid(id, "event"), Actor.of(caller));
        model.addAttribute("report", report);
        model.addAttribute("view", DashboardView.of(report));
        return "catalog/cancel-confirm";
    }

    @PostMapping("/merchant/events/{id}/cancel")
    String cancel(@PathVariable String id, Authentication caller, RedirectAttributes redirect) {
        UUID eventId = Ids.uuid(id, "event");
        return change(eventId, redirect, "Cancelled: the event is no longer on sale. Every ticket sold is being refunded, and each buyer gets a mail.",
                () -> changeStatus.cancel(eventId, Actor.of(caller)));
    }

    /** A refused change (409: wrong status, no ticket types) is shown on the dashboard, not as an error page. */
    private static String change(UUID eventId, RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", done);
        } catch (ApiProblems.Conflict refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/merchant/events/" + eventId;
    }

    @GetMapping("/merchant/events/{id}/attendees.csv")
    void attendees(@PathVariable String id, Authentication caller, HttpServletResponse response) throws IOException {
        UUID eventId = Ids.uuid(id, "event");
        Actor actor = Actor.of(caller);
        sales.managed(eventId, actor); // 404 or 403 before any byte of the file is written
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"attendees-" + eventId + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        boolean complete = sales.writeAttendees(eventId, actor, out);
        if (!complete) {
            out.write("# the order records could not be read; try again later\r\n");
        }
        out.flush();
    }

    /** Numbers the dashboard shows, formatted once. */
    record DashboardView(String revenue, long soldPercent, List<String> revenueLines) {

        static DashboardView of(EventSales.Report r) {
            List<String> lines = r.revenue() == null ? List.of() : r.revenue().stream()
                    .map(x -> org.ticketgrid.app.platform.Formats.money(x.amountCents(), x.currency())).toList();
            String revenue = r.revenue() == null ? "not available"
                    : lines.isEmpty() ? org.ticketgrid.app.platform.Formats.money(0,
                            r.ticketTypes().isEmpty() ? "EUR" : r.ticketTypes().get(0).currency())
                    : String.join(" + ", lines);
            long total = r.available() + r.held() + r.sold();
            return new DashboardView(revenue, total == 0 ? 0 : Math.round(100.0 * r.sold() / total), lines);
        }
    }
}
