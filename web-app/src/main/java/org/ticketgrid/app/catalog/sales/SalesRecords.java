package org.ticketgrid.app.catalog.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.ticketgrid.app.catalog.sales.EventSales.Day;
import org.ticketgrid.app.catalog.sales.EventSales.Revenue;

/**
 * What was sold, read from the orders and tickets tables (migration V2). The orders feature owns
 * those tables and may still change them, so every read here is defensive: if a query fails (a
 * column renamed, a table missing), the caller gets {@code null} ("not known") instead of an
 * error page, and the grid's counts still show. Sold means a VALID ticket of a paid order (CONFIRMED,
 * or PARTIALLY_REFUNDED: the tickets that were not refunded are still sold and still get in).
 */
@Repository
class SalesRecords {

    private static final Logger LOG = LoggerFactory.getLogger(SalesRecords.class);

    /** One sold ticket and who holds it. */
    record Attendee(String ticketCode, String orderId, String name, String email, String section, String row,
            Integer seat, long priceCents, String currency, Instant purchasedAt) {
    }

    private static final String SOLD = """
              FROM tickets t JOIN orders o ON o.id = t.order_id
             WHERE t.event_id = ? AND t.status = 'VALID' AND o.status IN ('CONFIRMED', 'PARTIALLY_REFUNDED')""";

    private final JdbcTemplate jdbc;

    SalesRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Revenue by currency, or null when the orders tables cannot be read. */
    List<Revenue> revenue(UUID eventId) {
        return defensively("revenue", () -> jdbc.query("SELECT o.currency, COALESCE(SUM(t.price_cents), 0), COUNT(*)"
                + SOLD + " GROUP BY o.currency ORDER BY o.currency",
                (rs, i) -> new Revenue(rs.getString(1).trim(), rs.getLong(2), rs.getLong(3)), eventId));
    }

    /** Tickets and revenue per day of sale, oldest first, or null when unreadable. */
    List<Day> byDay(UUID eventId) {
        return defensively("sales by day", () -> jdbc.query("SELECT (t.created_at AT TIME ZONE 'UTC')::date AS d,"
                + " COUNT(*), COALESCE(SUM(t.price_cents), 0)" + SOLD + " GROUP BY d ORDER BY d",
                (rs, i) -> new Day(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3)), eventId));
    }

    /** Every sold ticket with its holder and seat, in seat order, streamed; false when unreadable. */
    boolean attendees(UUID eventId, Consumer<Attendee> each) {
        Boolean done = defensively("attendees", () -> {
            jdbc.query("""
                    SELECT t.code, o.id, u.display_name, u.email, v.name, s.row_label, s.number, t.price_cents,
                           o.currency, t.created_at
                      FROM tickets t JOIN orders o ON o.id = t.order_id
                      LEFT JOIN users u ON u.id::text = o.account_id
                      LEFT JOIN venue_sections v ON v.id = t.section_id
                      LEFT JOIN seats s ON s.id = t.seat_id
                     WHERE t.event_id = ? AND t.status = 'VALID' AND o.status IN ('CONFIRMED', 'PARTIALLY_REFUNDED')
                     ORDER BY v.position, t.seat_id""", rs -> {
                    Object number = rs.getObject(7);
                    each.accept(new Attendee(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), number == null ? null : ((Number) number).intValue(),
                            rs.getLong(8), rs.getString(9).trim(),
                            rs.getTimestamp(10).toInstant()));
                }, eventId);
            return true;
        });
        return done != null;
    }

    /** The event's paid orders, newest first, at most {@code limit}; null when unreadable. */
    List<EventSales.PaidOrder> paidOrders(UUID eventId, int limit) {
        return defensively("orders", () -> jdbc.query("""
                SELECT o.id, u.display_name, u.email, o.status,
                       COUNT(t.id) FILTER (WHERE t.status = 'VALID'), COUNT(t.id), o.total_cents, o.currency,
                       o.confirmed_at
                  FROM orders o LEFT JOIN users u ON u.id::text = o.account_id
                  LEFT JOIN tickets t ON t.order_id = o.id
                 WHERE o.event_id = ? AND o.status IN ('CONFIRMED', 'PARTIALLY_REFUNDED', 'REFUNDED')
                 GROUP BY o.id, u.display_name, u.email
                 ORDER BY o.confirmed_at DESC NULLS LAST, o.id
                 LIMIT ?""", (rs, i) -> new EventSales.PaidOrder(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getString(8).trim(),
                rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()), eventId, limit));
    }

    /** Platform totals for admins: tickets sold and revenue by currency; null when unreadable. */
    List<Revenue> platformRevenue() {
        return defensively("platform revenue", () -> jdbc.query("""
                SELECT o.currency, COALESCE(SUM(t.price_cents), 0), COUNT(*)
                  FROM tickets t JOIN orders o ON o.id = t.order_id
                 WHERE t.status = 'VALID' AND o.status IN ('CONFIRMED', 'PARTIALLY_REFUNDED')
                 GROUP BY o.currency ORDER BY o.currency""",
                (rs, i) -> new Revenue(rs.getString(1).trim(), rs.getLong(2), rs.getLong(3))));
    }

    private static <T> T defensively(String what, java.util.function.Supplier<T> query) {
        try {
            return query.get();
        } catch (DataAccessException e) {
            LOG.warn("{} not readable from the orders tables: {}", what, e.getMostSpecificCause().getMessage());
            return null;
        }
    }
}
