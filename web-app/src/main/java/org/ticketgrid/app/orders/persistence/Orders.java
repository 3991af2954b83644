package org.ticketgrid.app.orders.persistence;

import java.sql.Array;
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
import org.ticketgrid.app.orders.OrderStatus;

/**
 * The {@code orders} table. Every change of status is a conditional {@code UPDATE ... WHERE
 * status = ?}: two actors (the booking consumer, the expiry sweeper, a redelivery) racing on one
 * order cannot both win.
 */
@Repository
public class Orders {

    private static final String COLUMNS = "id, event_id, account_id, hold_id, status, total_cents, currency, seat_ids,"
            + " payment_intent_id, hold_expires_at, status_reason, payment_error, created_at, confirmed_at, captured_at,"
            + " payment_scope";

    private final JdbcClient jdbc;

    Orders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new PENDING_PAYMENT order unless the hold already has one; true when inserted. */
    public boolean insertPending(UUID id, UUID eventId, String accountId, long holdId, long totalCents,
            String currency, long[] seatIds, Instant holdExpiresAt, String paymentScope) {
        return jdbc.sql("""
                INSERT INTO orders (id, event_id, account_id, hold_id, status, total_cents, currency, seat_ids,
                                    hold_expires_at, payment_scope)
                VALUES (?, ?, ?, ?, 'PENDING_PAYMENT', ?, ?, ?, ?, ?) ON CONFLICT (hold_id) DO NOTHING""")
                .params(id, eventId, accountId, holdId, totalCents, currency,
                        Arrays.stream(seatIds).boxed().toArray(Long[]::new), Timestamp.from(holdExpiresAt),
                        paymentScope)
                .update() == 1;
    }

    public Optional<OrderRow> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM orders WHERE id = ?").param(id).query(Orders::row).optional();
    }

    public Optional<OrderRow> byHold(long holdId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM orders WHERE hold_id = ?").param(holdId).query(Orders::row)
                .optional();
    }

    /** Locks the order's row until the end of the caller's transaction. */
    public Optional<OrderRow> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM orders WHERE id = ? FOR UPDATE").param(id)
                .query(Orders::row).optional();
    }

    /** Locks the order unless another transaction holds it (sweepers on several instances). */
    public Optional<OrderRow> lockIfFree(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM orders WHERE id = ? FOR UPDATE SKIP LOCKED").param(id)
                .query(Orders::row).optional();
    }

    /** The payment intent of an order that has none yet; false if it already had one. */
    public boolean attachPaymentIntent(UUID id, String paymentIntentId) {
        return jdbc.sql("UPDATE orders SET payment_intent_id = ?, updated_at = now() WHERE id = ?"
                + " AND payment_intent_id IS NULL").params(paymentIntentId, id).update() == 1;
    }

    public void holdExpiresAt(UUID id, Instant at) {
        jdbc.sql("UPDATE orders SET hold_expires_at = greatest(hold_expires_at, ?), updated_at = now() WHERE id = ?")
                .params(Timestamp.from(at), id).update();
    }

    /**
     * Moves the order from {@code from} to {@code to}; false if it was not in {@code from}. A
     * confirmation forgets the decline of an earlier attempt: the order is paid.
     */
    public boolean transition(UUID id, OrderStatus from, OrderStatus to, String reason) {
        return jdbc.sql("""
                UPDATE orders SET status = ?, status_reason = ?, updated_at = now(),
                       confirmed_at = CASE WHEN ? = 'CONFIRMED' THEN now() ELSE confirmed_at END,
                       payment_error = CASE WHEN ? = 'CONFIRMED' THEN NULL ELSE payment_error END
                 WHERE id = ? AND status = ?""")
                .params(to.name(), reason, to.name(), to.name(), id, from.name()).update() == 1;
    }

    /** Notes a declined attempt on an unpaid order (it stays payable). */
    public void noteDecline(UUID id, String code) {
        jdbc.sql("UPDATE orders SET payment_error = ?, updated_at = now() WHERE id = ? AND status = 'PENDING_PAYMENT'")
                .params(code, id).update();
    }

    /**
     * Records the capture; true only the first time. The confirmation mail counts as claimed with it
     * ({@code mailed_at}): the notifications pipeline sends it and sets {@code mail_sent_at}.
     */
    public boolean markCaptured(UUID id) {
        return jdbc.sql("UPDATE orders SET captured_at = now(), mailed_at = coalesce(mailed_at, now()),"
                + " updated_at = now() WHERE id = ? AND captured_at IS NULL").param(id).update() == 1;
    }

    /** Claims the confirmation mail; true for exactly one caller. */
    public boolean claimMail(UUID id) {
        return jdbc.sql("UPDATE orders SET mailed_at = now() WHERE id = ? AND mailed_at IS NULL").param(id)
                .update() == 1;
    }

    /**
     * Claims the confirmation mail of a paid order again, for a buyer who asks for it: only once the
     * last one was sent, and not within a minute of it (a button pressed twice sends one mail).
     */
    public boolean claimMailAgain(UUID id) {
        return jdbc.sql("""
                UPDATE orders SET mailed_at = now(), mail_sent_at = NULL
                 WHERE id = ? AND status IN ('CONFIRMED', 'PARTIALLY_REFUNDED')
                   AND mail_sent_at IS NOT NULL AND mail_sent_at < now() - interval '1 minute'""")
                .param(id).update() == 1;
    }

    /** The SMTP server took the order's confirmation mail. */
    public void markMailSent(UUID id) {
        jdbc.sql("UPDATE orders SET mail_sent_at = now() WHERE id = ?").param(id).update();
    }

    /**
     * Claims again the paid orders of {@code paymentScope} whose confirmation mail was claimed before
     * {@code claimedBefore} (but after {@code notBefore}) and never sent, at most {@code limit}; one
     * conditional UPDATE, so of several instances only one gets each order.
     */
    public List<UUID> reclaimUnsentMails(String paymentScope, Instant claimedBefore, Instant notBefore, int limit) {
        return jdbc.sql("""
                UPDATE orders SET mailed_at = now()
                 WHERE id IN (SELECT id FROM orders
                               WHERE mail_sent_at IS NULL AND mailed_at < ? AND mailed_at > ? AND payment_scope = ?
                                 AND status IN ('CONFIRMED', 'PARTIALLY_REFUNDED')
                               ORDER BY mailed_at LIMIT ? FOR UPDATE SKIP LOCKED)
                   AND mail_sent_at IS NULL AND mailed_at < ?
                RETURNING id""")
                .params(Timestamp.from(claimedBefore), Timestamp.from(notBefore), paymentScope, limit,
                        Timestamp.from(claimedBefore))
                .query(UUID.class).list();
    }

    /** Unpaid orders of {@code paymentScope} whose hold ran out before {@code before}, oldest first. */
    public List<UUID> pendingExpiredBefore(String paymentScope, Instant before, int limit) {
        return jdbc.sql("""
                SELECT id FROM orders WHERE status = 'PENDING_PAYMENT' AND payment_scope = ? AND hold_expires_at < ?
                 ORDER BY hold_expires_at LIMIT ?""")
                .params(paymentScope, Timestamp.from(before), limit).query(UUID.class).list();
    }

    /** The orders of an account, newest first. */
    public List<OrderRow> ofAccount(String accountId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM orders WHERE account_id = ? ORDER BY created_at DESC, id LIMIT ?")
                .params(accountId, limit).query(Orders::row).list();
    }

    private static OrderRow row(ResultSet rs, int n) throws SQLException {
        Array seats = rs.getArray("seat_ids");
        long[] seatIds = seats == null ? new long[0]
                : Arrays.stream((Long[]) seats.getArray()).mapToLong(Long::longValue).toArray();
        return new OrderRow(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                rs.getString("account_id"), rs.getLong("hold_id"), OrderStatus.valueOf(rs.getString("status")),
                rs.getLong("total_cents"), rs.getString("currency").trim(), seatIds,
                rs.getString("payment_intent_id"), instant(rs, "hold_expires_at"), rs.getString("status_reason"),
                rs.getString("payment_error"), instant(rs, "created_at"), instant(rs, "confirmed_at"),
                instant(rs, "captured_at"), rs.getString("payment_scope"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
