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
        return view(orders.ofAccount(userId.toString(), HISTORY_LIMIT)).stream()
                .map(v -> new BookingHistory.Order(v.order().id().toString(), v.order().status().name(), v.eventName(),
                        v.eventStartsAt(), v.order().totalCents(), v.order().currency(), v.order().createdAt(),
                        v.tickets().stream().filter(t -> "VALID".equals(t.status()))
                                .map(t -> new BookingHistory.Ticket(t.id().toString(), t.seat(), t.code())).toList()))
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

    private record EventName(UUID id, String name, Instant startsAt) {
    }

    private Map<UUID, EventName> eventNames(List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT id, name, starts_at FROM events WHERE id = ANY(?)")
                .param(eventIds.toArray(UUID[]::new))
                .query((rs, n) -> new EventName(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list().stream().collect(Collectors.toMap(EventName::id, e -> e));
    }

}
