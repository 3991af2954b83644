package org.ticketgrid.app.catalog.sales;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticketgrid.app.catalog.EventQueries;
import org.ticketgrid.app.catalog.EventQueries.TicketTypeView;
import org.ticketgrid.app.catalog.EventStatus;
import org.ticketgrid.app.catalog.persistence.EventEntity;
import org.ticketgrid.app.catalog.persistence.EventRepository;
import org.ticketgrid.app.catalog.persistence.VenueEntity;
import org.ticketgrid.app.catalog.persistence.VenueRepository;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.ApiProblems;

/**
 * An event's sales as its merchant (or an admin) sees them: seat counts live from the grid, revenue
 * and the sales over time from PostgreSQL's orders and tickets, and the attendee list.
 */
@Service
public class EventSales {

    /** Revenue in one currency. */
    public record Revenue(String currency, long amountCents, long tickets) {
    }

    /** Tickets and revenue of one day of sale (UTC). */
    public record Day(java.time.LocalDate date, long tickets, long amountCents) {
    }

    /**
     * The sales report. {@code revenue} and {@code byDay} are null when the orders tables could not
     * be read (the grid's counts are still right).
     */
    public record Report(UUID eventId, String name, EventStatus status, Instant startsAt, String timeZone,
            String venueName, String city, long capacity, long available, long held, long sold,
            List<TicketTypeView> ticketTypes, List<Revenue> revenue, List<Day> byDay) {

        public boolean revenueKnown() {
            return revenue != null;
        }
    }

    /** One paid order of the event, for the merchant's list with its refund link. */
    public record PaidOrder(UUID orderId, String buyerName, String email, String status, long validTickets,
            long tickets, long totalCents, String currency, Instant confirmedAt) {

        /** Whether tickets of it may still be refunded (the refund page says the rest). */
        public boolean refundable() {
            return validTickets > 0 && !"REFUNDED".equals(status);
        }
    }

    /** How many orders the merchant's page lists (the attendee CSV has every ticket). */
    public static final int ORDERS_SHOWN = 100;

    private record Loaded(EventEntity event, VenueEntity venue, List<TicketTypeView> types) {
    }

    private final EventRepository events;
    private final VenueRepository venues;
    private final EventQueries queries;
    private final SalesRecords records;
    private final TransactionTemplate readOnly;

    EventSales(EventRepository events, VenueRepository venues, EventQueries queries, SalesRecords records,
            PlatformTransactionManager transactions) {
        this.events = events;
        this.venues = venues;
        this.queries = queries;
        this.records = records;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The report of an event: 404 if there is no such event, 403 if it is not the actor's. */
    public Report report(UUID eventId, Actor actor) {
        Loaded loaded = readOnly.execute(tx -> {
            EventEntity event = managed(eventId, actor);
            VenueEntity venue = venues.findById(event.getVenueId()).orElseThrow();
            return new Loaded(event, venue, queries.liveCounts(event, venue));
        });
        EventEntity event = loaded.event();
        long available = loaded.types().stream().mapToLong(TicketTypeView::available).sum();
        long held = loaded.types().stream().mapToLong(TicketTypeView::held).sum();
        long sold = loaded.types().stream().mapToLong(TicketTypeView::sold).sum();
        long capacity = loaded.venue().getSections().stream().mapToLong(s -> s.getCapacity()).sum();
        var revenue = records.revenue(eventId);
        var byDay = records.byDay(eventId);
        return new Report(eventId, event.getName(), event.getStatus(), event.getStartsAt(), event.getTimeZone(),
                loaded.venue().getName(), loaded.venue().getCity(), capacity, available, held, sold, loaded.types(),
                revenue, byDay);
    }

    /** The event if the actor may manage it: 404 if there is none, 403 if it is someone else's. */
    public EventEntity managed(UUID eventId, Actor actor) {
        EventEntity event = events.findById(eventId).orElseThrow(() -> new ApiProblems.NotFound("event"));
        if (!actor.mayManage(event.getMerchantId())) {
            throw new ApiProblems.Forbidden("not-your-event", "Only the merchant of this event can see its sales.");
        }
        return event;
    }

    /**
     * Writes the attendee list as CSV (RFC 4180, a header line, one line per sold ticket). Cells
     * that a spreadsheet would run as a formula are quoted with a leading apostrophe.
     *
     * @return false when the orders tables could not be read (only the header was written)
     */
    public boolean writeAttendees(UUID eventId, Actor actor, Writer out) {
        readOnly.execute(tx -> managed(eventId, actor));
        try {
            out.write("ticket_code,order_id,name,email,section,row,seat,price,currency,purchased_at\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records.attendees(eventId, a -> {
            try {
                out.write(Csv.line(a.ticketCode(), a.orderId(), a.name(), a.email(), a.section(), a.row(),
                        a.seat() == null ? "" : a.seat().toString(),
                        org.ticketgrid.app.platform.Formats.amount(a.priceCents(), a.currency()), a.currency(),
                        a.purchasedAt().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The event's paid orders, newest first (at most {@link #ORDERS_SHOWN}); null when unreadable. */
    public List<PaidOrder> paidOrders(UUID eventId, Actor actor) {
        readOnly.execute(tx -> managed(eventId, actor));
        return records.paidOrders(eventId, ORDERS_SHOWN);
    }

    /** Platform-wide revenue by currency for admins; null when the orders tables cannot be read. */
    public List<Revenue> platformRevenue() {
        return records.platformRevenue();
    }
}
