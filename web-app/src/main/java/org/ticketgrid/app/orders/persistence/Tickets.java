package org.ticketgrid.app.orders.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code tickets} table. The partial unique index on {@code (event_id, seat_id)} for valid
 * tickets is the last line against double booking: an insert for a seat someone already has
 * fails, whatever the grid said.
 */
@Repository
public class Tickets {

    /** A ticket to write. */
    public record NewTicket(UUID id, long sectionId, long seatId, long priceCents, String code) {
    }

    /** A ticket as shown: its seat named for people ("Section 1, row A, seat 3"). */
    public record TicketRow(UUID id, UUID orderId, long seatId, String seat, String code, String status) {
    }

    private final JdbcClient jdbc;

    Tickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID orderId, UUID eventId, List<NewTicket> tickets) {
        for (NewTicket t : tickets) {
            jdbc.sql("""
                    INSERT INTO tickets (id, order_id, event_id, section_id, seat_id, status, price_cents, code)
                    VALUES (?, ?, ?, ?, ?, 'VALID', ?, ?)""")
                    .params(t.id(), orderId, eventId, t.sectionId(), t.seatId(), t.priceCents(), t.code()).update();
        }
    }

    /** Voids the order's valid tickets (their seats may be sold again). */
    public int voidAll(UUID orderId) {
        return jdbc.sql("UPDATE tickets SET status = 'VOID' WHERE order_id = ? AND status = 'VALID'").param(orderId)
                .update();
    }

    public List<TicketRow> ofOrders(Collection<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT t.id, t.order_id, t.seat_id, t.code, t.status, vs.name AS section, s.row_label, s.number,
                       (t.seat_id & 1048575) + 1 AS place
                  FROM tickets t
                  JOIN venue_sections vs ON vs.id = t.section_id
                  LEFT JOIN seats s ON s.id = t.seat_id
                 WHERE t.order_id = ANY(?)
                 ORDER BY t.order_id, t.seat_id""")
                .param(orderIds.toArray(UUID[]::new))
                .query((rs, n) -> new TicketRow(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                        rs.getLong("seat_id"), rs.getString("row_label") == null
                                ? rs.getString("section") + ", place " + rs.getLong("place")
                                : rs.getString("section") + ", row " + rs.getString("row_label") + ", seat "
                                        + rs.getInt("number"),
                        rs.getString("code"), rs.getString("status")))
                .list();
    }
}
