package org.ticketgrid.app.refunds.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code refunds} and {@code refund_tickets} tables, and the ticket and order changes a refund
 * makes. Every change of a refund's status is conditional ({@code WHERE status = 'PENDING'}): the
 * API call, the sweeper, a webhook and reconciliation may all try to finish one refund, and exactly
 * one of them does.
 */
@Repository
public class RefundStore {

    /** A ticket of an order, as a refund needs it. */
    public record OrderTicket(UUID id, long seatId, long priceCents, String status, boolean inRefund,
            boolean checkedIn) {

        /** Valid, in no refund, and not used at the door (a ticket that let someone in is spent). */
        public boolean refundable() {
            return "VALID".equals(status) && !inRefund && !checkedIn;
        }
    }

    private static final String COLUMNS = """
            r.id, r.order_id, r.payment_intent_id, r.amount_cents, r.currency, r.reason, r.requested_by, r.status,
            r.stripe_refund_id, r.failure, r.created_at, r.succeeded_at, r.released_at,
            ARRAY(SELECT rt.ticket_id FROM refund_tickets rt WHERE rt.refund_id = r.id ORDER BY rt.ticket_id) AS tickets
            """;

    private final JdbcClient jdbc;

    RefundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The order's tickets with their price, and whether a (pending or done) refund has each. */
    public List<OrderTicket> ticketsOf(UUID orderId) {
        return jdbc.sql("""
                SELECT t.id, t.seat_id, t.price_cents, t.status,
                       EXISTS (SELECT 1 FROM refund_tickets rt JOIN refunds r ON r.id = rt.refund_id
                                WHERE rt.ticket_id = t.id) AS in_refund,
                       t.checked_in_at IS NOT NULL AS checked_in
                  FROM tickets t WHERE t.order_id = ? ORDER BY t.seat_id""")
                .param(orderId)
                .query((rs, n) -> new OrderTicket(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3),
                        rs.getString(4), rs.getBoolean(5), rs.getBoolean(6)))
                .list();
    }

    /**
     * Locks the tickets (a concurrent check-in waits for the claim) and says whether any of them
     * was already used at the door.
     */
    public boolean anyCheckedIn(List<UUID> ticketIds) {
        return jdbc.sql("SELECT checked_in_at IS NOT NULL FROM tickets WHERE id = ANY(?) FOR UPDATE")
                .param(ticketIds.toArray(UUID[]::new))
                .query((rs, n) -> rs.getBoolean(1)).list().contains(true);
    }

    /**
     * Writes a PENDING refund and claims its tickets; a ticket already claimed by another refund
     * fails the insert (primary key), so the caller's transaction rolls back.
     */
    public void insert(RefundRow refund) {
        jdbc.sql("""
                INSERT INTO refunds (id, order_id, payment_intent_id, amount_cents, currency, reason, requested_by,
                                     status)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING')""")
                .params(refund.id(), refund.orderId(), refund.paymentIntentId(), refund.amountCents(),
                        refund.currency(), refund.reason(), refund.requestedBy())
                .update();
        for (UUID ticket : refund.ticketIds()) {
            jdbc.sql("INSERT INTO refund_tickets (ticket_id, refund_id) VALUES (?, ?)").params(ticket, refund.id())
                    .update();
        }
    }

    public Optional<RefundRow> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM refunds r WHERE r.id = ?").param(id).query(RefundStore::row)
                .optional();
    }

    public List<RefundRow> ofOrder(UUID orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM refunds r WHERE r.order_id = ? ORDER BY r.created_at, r.id")
                .param(orderId).query(RefundStore::row).list();
    }

    /** The refunds of the given orders (for reconciliation). */
    public List<RefundRow> ofOrders(List<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM refunds r WHERE r.order_id = ANY(?) ORDER BY r.created_at")
                .param(orderIds.toArray(UUID[]::new)).query(RefundStore::row).list();
    }

    /**
     * PENDING refunds, and succeeded ones whose seats are not back yet, older than {@code before}, of
     * orders of one payment scope (deployment).
     */
    public List<UUID> unfinishedBefore(String paymentScope, Instant before, int limit) {
        return jdbc.sql("""
                SELECT r.id FROM refunds r JOIN orders o ON o.id = r.order_id
                 WHERE (r.status = 'PENDING' OR (r.status = 'SUCCEEDED' AND r.released_at IS NULL))
                   AND r.created_at < ? AND o.payment_scope = ?
                 ORDER BY r.created_at LIMIT ?""")
                .params(Timestamp.from(before), paymentScope, limit).query(UUID.class).list();
    }

    /** PENDING to SUCCEEDED; false if someone else finished it first. */
    public boolean markSucceeded(UUID id, String stripeRefundId) {
        return jdbc.sql("""
                UPDATE refunds SET status = 'SUCCEEDED', stripe_refund_id = ?, succeeded_at = now()
                 WHERE id = ? AND status = 'PENDING'""").params(stripeRefundId, id).update() == 1;
    }

    /** PENDING to FAILED, and its tickets free for another refund; false if it was not pending. */
    public boolean markFailed(UUID id, String failure) {
        boolean failed = jdbc.sql("UPDATE refunds SET status = 'FAILED', failure = ? WHERE id = ? AND status = 'PENDING'")
                .params(failure, id).update() == 1;
        if (failed) {
            jdbc.sql("DELETE FROM refund_tickets WHERE refund_id = ?").param(id).update();
        }
        return failed;
    }

    /** Voids the refund's tickets; returns how many were still valid. */
    public int voidTickets(UUID refundId) {
        return jdbc.sql("""
                UPDATE tickets SET status = 'VOID'
                 WHERE status = 'VALID' AND id IN (SELECT ticket_id FROM refund_tickets WHERE refund_id = ?)""")
                .param(refundId).update();
    }

    /** A paid order after a refund: REFUNDED if no valid ticket is left, else PARTIALLY_REFUNDED. */
    public boolean settleOrder(UUID orderId, String reason) {
        return jdbc.sql("""
                UPDATE orders SET status = CASE WHEN EXISTS (SELECT 1 FROM tickets WHERE order_id = orders.id
                                                                AND status = 'VALID')
                                            THEN 'PARTIALLY_REFUNDED' ELSE 'REFUNDED' END,
                       status_reason = ?, updated_at = now()
                 WHERE id = ? AND status IN ('CONFIRMED', 'PARTIALLY_REFUNDED')""")
                .params(reason, orderId).update() == 1;
    }

    /** The refund's seats are back on sale; true the first time only. */
    public boolean markReleased(UUID id) {
        return jdbc.sql("UPDATE refunds SET released_at = now() WHERE id = ? AND released_at IS NULL").param(id)
                .update() == 1;
    }

    /** Claims the refund's mail; true for exactly one caller. */
    public boolean claimMail(UUID id) {
        return jdbc.sql("UPDATE refunds SET mailed_at = now() WHERE id = ? AND mailed_at IS NULL").param(id)
                .update() == 1;
    }

    /**
     * Paid, captured orders of {@code paymentScope} at CANCELLED events that still have a valid
     * ticket not claimed by a refund: what the cancellation refunds must still cover.
     */
    public List<UUID> ordersToRefundForCancelledEvents(String paymentScope, String systemRequester, int limit) {
        return jdbc.sql("""
                SELECT o.id FROM orders o JOIN events e ON e.id = o.event_id
                 WHERE e.status = 'CANCELLED' AND o.status IN ('CONFIRMED', 'PARTIALLY_REFUNDED')
                   AND o.captured_at IS NOT NULL AND o.payment_scope = ?
                   AND EXISTS (SELECT 1 FROM tickets t WHERE t.order_id = o.id AND t.status = 'VALID'
                                  AND NOT EXISTS (SELECT 1 FROM refund_tickets rt WHERE rt.ticket_id = t.id))
                   -- a provider that refused once is not asked every round: reconciliation reports it
                   AND NOT EXISTS (SELECT 1 FROM refunds r WHERE r.order_id = o.id AND r.status = 'FAILED'
                                      AND r.requested_by = ?)
                 ORDER BY o.confirmed_at NULLS LAST, o.id LIMIT ?""")
                .params(paymentScope, systemRequester, limit).query(UUID.class).list();
    }

    /** The SMTP server took the refund's mail. */
    public void markMailSent(UUID id) {
        jdbc.sql("UPDATE refunds SET mail_sent_at = now() WHERE id = ?").param(id).update();
    }

    /**
     * Claims again the refunds of {@code paymentScope} whose mail was claimed before
     * {@code claimedBefore} (after {@code notBefore}) and never sent; one conditional UPDATE, so of
     * several sweepers only one gets each.
     */
    public List<UUID> reclaimUnsentMails(String paymentScope, Instant claimedBefore, Instant notBefore, int limit) {
        return jdbc.sql("""
                UPDATE refunds SET mailed_at = now()
                 WHERE id IN (SELECT r.id FROM refunds r JOIN orders o ON o.id = r.order_id
                               WHERE r.mail_sent_at IS NULL AND r.mailed_at < ? AND r.mailed_at > ?
                                 AND o.payment_scope = ?
                               ORDER BY r.mailed_at LIMIT ? FOR UPDATE OF r SKIP LOCKED)
                   AND mail_sent_at IS NULL AND mailed_at < ?
                RETURNING id""")
                .params(Timestamp.from(claimedBefore), Timestamp.from(notBefore), paymentScope, limit,
                        Timestamp.from(claimedBefore))
                .query(UUID.class).list();
    }

    /** The seats of the refund's tickets. */
    public long[] seatsOf(UUID refundId) {
        return jdbc.sql("""
                SELECT t.seat_id FROM tickets t JOIN refund_tickets rt ON rt.ticket_id = t.id
                 WHERE rt.refund_id = ? ORDER BY t.seat_id""")
                .param(refundId).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }

    private static RefundRow row(ResultSet rs, int n) throws SQLException {
        UUID[] tickets = (UUID[]) rs.getArray("tickets").getArray();
        return new RefundRow(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                rs.getString("payment_intent_id"), rs.getLong("amount_cents"), rs.getString("currency").trim(),
                rs.getString("reason"), rs.getString("requested_by"), rs.getString("status"),
                rs.getString("stripe_refund_id"), rs.getString("failure"), Arrays.asList(tickets),
                instant(rs, "created_at"), instant(rs, "succeeded_at"), instant(rs, "released_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
