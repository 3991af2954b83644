package org.ticketgrid.app.reconciliation.usecase;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reads reconciliation needs that the orders feature has no use for. */
@Component
class ReconciliationQueries {

    /** A valid ticket of a confirmed order, with what the grid should say about its seat. */
    record ValidTicket(UUID ticketId, UUID orderId, UUID eventId, long holdId, long seatId) {
    }

    private final JdbcClient jdbc;

    ReconciliationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of these events are ours (an intent of another system sharing the account is not). */
    Set<UUID> knownEvents(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT id FROM events WHERE id = ANY(?)")
                .param(eventIds.toArray(UUID[]::new)).query(UUID.class).list());
    }

    /** Our orders of these intents, by intent id. */
    Map<String, UUID> ordersByIntent(Collection<String> intentIds) {
        Map<String, UUID> result = new HashMap<>();
        if (intentIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT payment_intent_id, id FROM orders WHERE payment_intent_id = ANY(?)")
                .param(intentIds.toArray(String[]::new))
                .query(rs -> {
                    result.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return result;
    }

    /** Orders of a payment scope created in [from, to) that were paid or are being paid (optionally of one event). */
    List<UUID> ordersBetween(String paymentScope, Instant from, Instant to, UUID eventId) {
        return jdbc.sql("""
                SELECT id FROM orders
                 WHERE payment_scope = ? AND created_at >= ? AND created_at < ? AND (?::uuid IS NULL OR event_id = ?)
                   AND (payment_intent_id IS NOT NULL OR status IN ('CONFIRMED', 'PARTIALLY_REFUNDED', 'REFUNDED'))
                 ORDER BY created_at""")
                .params(paymentScope, Timestamp.from(from), Timestamp.from(to), eventId, eventId).query(UUID.class)
                .list();
    }

    /** The valid tickets of confirmed (or partly refunded) orders among {@code orderIds}. */
    List<ValidTicket> validTickets(Collection<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT t.id, t.order_id, t.event_id, o.hold_id, t.seat_id
                  FROM tickets t JOIN orders o ON o.id = t.order_id
                 WHERE t.order_id = ANY(?) AND t.status = 'VALID' AND o.status IN ('CONFIRMED', 'PARTIALLY_REFUNDED')
                 ORDER BY t.order_id, t.seat_id""")
                .param(orderIds.toArray(UUID[]::new))
                .query((rs, n) -> new ValidTicket(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getLong(4), rs.getLong(5)))
                .list();
    }
}
