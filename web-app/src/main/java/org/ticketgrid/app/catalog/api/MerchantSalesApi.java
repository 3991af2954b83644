package org.ticketgrid.app.catalog.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.ticketgrid.app.catalog.EventQueries.TicketTypeView;
import org.ticketgrid.app.catalog.sales.EventSales;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.Ids;

/** An event's sales for its merchant or an admin. */
@RestController
@RequestMapping("/api/v1/merchant")
class MerchantSalesApi {

    record RevenueResponse(String currency, long amountCents, long tickets) {
    }

    record DayResponse(LocalDate date, long tickets, long amountCents) {
    }

    /**
     * Seat counts are live from the grid; {@code revenue} (by currency) and {@code salesByDay} come
     * from confirmed orders and are null when the order records cannot be read. {@code revenueCents}
     * and {@code currency} sum the revenue when it is all in one currency (else null).
     */
    record SalesResponse(UUID eventId, String name, String status, Instant startsAt, long capacity, long available,
            long held, long sold, Long revenueCents, String currency, List<TicketTypeView> ticketTypes,
            List<RevenueResponse> revenue, List<DayResponse> salesByDay) {

        static SalesResponse of(EventSales.Report r) {
            List<RevenueResponse> revenue = r.revenue() == null ? null : r.revenue().stream()
                    .map(x -> new RevenueResponse(x.currency(), x.amountCents(), x.tickets())).toList();
            Long total = null;
            String currency = r.ticketTypes().isEmpty() ? null : r.ticketTypes().get(0).currency();
            if (revenue != null && revenue.isEmpty()) {
                total = 0L;
            } else if (revenue != null && revenue.size() == 1) {
                total = revenue.get(0).amountCents();
                currency = revenue.get(0).currency();
            }
            return new SalesResponse(r.eventId(), r.name(), r.status().name(), r.startsAt(), r.capacity(),
                    r.available(), r.held(), r.sold(), total, currency, r.ticketTypes(), revenue,
                    r.byDay() == null ? null : r.byDay().stream()
                            .map(d -> new DayResponse(d.date(), d.tickets(), d.amountCents())).toList());
        }
    }

    private final EventSales sales;

    MerchantSalesApi(EventSales sales) {
        this.sales = sales;
    }

    @Operation(summary = "Sales of an event", description = "Counts (available, held, sold) from the grid, revenue "
            + "from confirmed orders. Only the event's merchant or an admin: 403 for another merchant, 404 for "
            + "an unknown event.")
    @GetMapping("/events/{id}/sales")
    SalesResponse sales(@PathVariable String id, Authentication caller) {
        return SalesResponse.of(sales.report(Ids.uuid(id, "event"), Actor.of(caller)));
    }
}
