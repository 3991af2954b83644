package org.ticketgrid.app.orders.usecase;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.accounts.BookingHistory;
import org.ticketgrid.app.orders.persistence.OrderRow;
import org.ticketgrid.app.orders.persistence.Orders;
import org.ticketgrid.app.orders.persistence.Tickets;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Formats;
import org.ticketgrid.app.platform.Ids;

/**
 * Reads orders: one order for its owner or an admin (anybody else, and any id that is not one,
 * gets "not found": the two look the same on purpose), and a customer's booking history.
 */
@Service
public class OrderQueries implements BookingHistory {

    /** An order with its event and tickets, as its owner sees it. */
    public record OrderView(OrderRow order, String eventName, Instant eventStartsAt, List<Tickets.TicketRow> tickets) {
    }

    private static final int HISTORY_LIMIT = 200;

    /** One order as the admins' order search lists it. */
    public record Found(UUID orderId, String reference, String eventName, UUID eventId, String buyerEmail,
            String status, long totalCents, String currency, Instant createdAt) {
    }

    /** How many orders the admins' search shows at most. */
    public static final int SEARCH_LIMIT = 50;

    /**
     * Orders for support, newest first: by order reference (the first characters of its id, as on
     * tickets and mails), by whole id, or by the buyer's email (case-insensitive, from its start).
     * An empty query lists nothing: support looks for one order, it does not browse them.
     */
    public List<Found> search(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty() || q.length() > 320) {
            return List.of();
        }
        String idPrefix = q.toLowerCase(java.util.Locale.ROOT).matches("[0-9a-f-]{4,36}")
                ? q.toLowerCase(java.util.Locale.ROOT) : null;
        return jdbc.sql("""
                SELECT o.id, e.name, e.id, u.email, o.status, o.total_cents, o.currency, o.created_at
                  FROM orders o JOIN events e ON e.id = o.event_id
                  LEFT JOIN users u ON u.id::text = o.account_id
                 WHERE (CAST(? AS text) IS NOT NULL AND o.id::text LIKE CAST(? AS text) || '%')
                    OR lower(u.email) LIKE lower(?) || '%'
                 ORDER BY o.created_at DESC LIMIT ?""")
                .params(idPrefix, idPrefix, q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"),
                        SEARCH_LIMIT)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Found(id, OrderETickets.reference(id), rs.getString(2), rs.getObject(3, UUID.class),
                            rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7).trim(),
                            rs.getTimestamp(8).toInstant());
                }).list();
    }

    private final Orders orders;
    private final Tickets tickets;
    private final JdbcClient jdbc;

    OrderQueries(Orders orders, Tickets tickets, JdbcClient jdbc) {
        this.orders = orders;
        this.tickets = tickets;
        this.jdbc = jdbc;
    }

    public OrderView find(String orderId, Actor actor) {
        UUID id = Ids.orNull(orderId);
        OrderRow order = id == null ? null : orders.byId(id).orElse(null);
        if (order == null || !(actor.admin() || order.accountId().equals(actor.id().toString()))) {
            throw new ApiProblems.NotFound("order");
        }
        return view(List.of(order)).getFirst();
    }

    /** An order whoever asks: for the app's own use (mails), never for a caller's id. */
    public OrderView internal(UUID orderId) {
        return view(List.of(orders.byId(orderId).orElseThrow())).getFirst();
    }

    /** The orders of {@code userId}, newest first, each with its valid tickets. */
    @Override
    public List<BookingHistory.Order> ordersOf(UUID userId) {
        List<OrderRow> rows = orders.ofAccount(userId.toString(), HISTORY_LIMIT);
        Map<UUID, EventName> events = eventNames(rows.stream().map(OrderRow::eventId).distinct().toList());
        return view(rows).stream()
                .map(v -> {
                    EventName e = events.get(v.order().eventId());
                    return new BookingHistory.Order(v.order().id().toString(), v.order().status().name(), v.eventName(),
                        v.eventStartsAt(), v.order().totalCents(), v.order().currency(), v.order().createdAt(),
                        v.tickets().stream().filter(t -> "VALID".equals(t.status()))
                                .map(t -> new BookingHistory.Ticket(t.id().toString(), t.seat(), t.code())).toList(),
                        e == null ? null : Formats.dateTime(e.startsAt(), Formats.zone(e.timeZone())),
                        e == null ? null : e.venue());
                })
                .toList();
    }

    private List<OrderView> view(List<OrderRow> rows) {
        List<UUID> ids = rows.stream().map(OrderRow::id).toList();
        Map<UUID, List<Tickets.TicketRow>> byOrder = tickets.ofOrders(ids).stream()
                .collect(Collectors.groupingBy(Tickets.TicketRow::orderId));
        Map<UUID, EventName> events = eventNames(rows.stream().map(OrderRow::eventId).distinct().toList());
        return rows.stream().map(o -> {
            EventName e = events.get(o.eventId());
            return new OrderView(o, e == null ? null : e.name(), e == null ? null : e.startsAt(),
                    byOrder.getOrDefault(o.id(), List.of()));
        }).toList();
    }

    private record EventName(UUID id, String name, Instant startsAt, String timeZone, String venue) {
    }

    private Map<UUID, EventName> eventNames(List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT e.id, e.name, e.starts_at, e.time_zone, v.name || ', ' || v.city
                  FROM events e JOIN venues v ON v.id = e.venue_id WHERE e.id = ANY(?)""")
                .param(eventIds.toArray(UUID[]::new))
                .query((rs, n) -> new EventName(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5)))
                .list().stream().collect(Collectors.toMap(EventName::id, e -> e));
    }

}
