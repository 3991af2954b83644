package org.ticketgrid.pipelines.notifications;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ticketgrid.notifications.NotificationKind;

/**
 * The notifications in PostgreSQL. Fan-out reads who hears an event and what it says
 * ({@link NotificationTexts}), then inserts one row per recipient with an id derived from the
 * event and the recipient ({@code ON CONFLICT DO NOTHING}): a replayed event changes nothing and
 * returns what was stored.
 */
public final class JdbcNotificationStore implements NotificationStore, AutoCloseable {

    private final Jdbc jdbc;

    public JdbcNotificationStore(String url, String user, String password) {
        this.jdbc = new Jdbc(url, user, password);
    }

    @Override
    public List<Notification> fanOut(OutboxEvent event) {
        if (event.kind() == NotificationKind.RESEND) {
            return stored(UUID.fromString(event.subjectId())).map(n -> List.of(new Notification(n.id(), n.outboxId(),
                    n.accountId(), n.kind(), n.subjectId(), n.title(), n.body(), n.link(), n.inApp(), true, n.emailTo(),
                    n.createdAt(), false))).orElse(List.of());
        }
        NotificationTexts.Text text = NotificationTexts.of(event, this::eventName);
        if (text == null) {
            return List.of();
        }
        List<Notification> out = new ArrayList<>();
        for (UUID account : recipients(event)) {
            var user = jdbc.query("SELECT email FROM users WHERE id = ?", rs -> rs.getString(1), account);
            if (user.isEmpty()) {
                continue;
            }
            boolean inApp = event.kind() != NotificationKind.TICKETS_RESENT;
            boolean email = text.mailed() && (event.kind().alwaysMailed() || wantsMail(account, event.kind()));
            UUID id = Notification.idOf(event.id(), account);
            List<Timestamp> inserted = jdbc.query("""
                    INSERT INTO notifications (id, outbox_id, account_id, kind, title, body, link, in_app, email_wanted,
                                               email_to)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING created_at""",
                    rs -> rs.getTimestamp(1), id, event.id(), account, event.kind().name(), text.title(), text.body(),
                    text.link(), inApp, email, user.getFirst());
            if (inserted.isEmpty()) {
                stored(id).ifPresent(out::add);
            } else {
                out.add(new Notification(id, event.id(), account, event.kind(), event.subjectId(), text.title(),
                        text.body(), text.link(), inApp, email, user.getFirst(), inserted.getFirst().toInstant(), true));
            }
        }
        return out;
    }

    /** Who hears it: the one account it names, or the holders / subscribers the kind reaches. */
    private List<UUID> recipients(OutboxEvent event) {
        if (event.accountId() != null) {
            return List.of(event.accountId());
        }
        return switch (event.kind()) {
            // Everyone who bought for the event (refunded or not: a cancellation concerns them all).
            case EVENT_CANCELLED, EVENT_RESCHEDULED -> jdbc.query("""
                    SELECT DISTINCT account_id FROM orders
                     WHERE event_id = ? AND confirmed_at IS NOT NULL AND account_id ~ '^[0-9a-f-]{36}$'""",
                    rs -> UUID.fromString(rs.getString(1)), UUID.fromString(event.subjectId()));
            // The web app chose them, in subscription order, as many as seats came back.
            case TICKETS_AVAILABLE -> event.list("accountIds").stream().map(UUID::fromString).toList();
            default -> List.of();
        };
    }

    private boolean wantsMail(UUID account, NotificationKind kind) {
        List<Boolean> pref = jdbc.query("SELECT email FROM notification_preferences WHERE account_id = ? AND kind = ?",
                rs -> rs.getBoolean(1), account, kind.name());
        return pref.isEmpty() || pref.getFirst();
    }

    private String eventName(String eventId) {
        try {
            return jdbc.query("SELECT name FROM events WHERE id = ?", rs -> rs.getString(1), UUID.fromString(eventId))
                    .stream().findFirst().orElse("your event");
        } catch (IllegalArgumentException e) {
            return "your event";
        }
    }

    private Optional<Notification> stored(UUID id) {
        return jdbc.query("""
                SELECT n.id, n.outbox_id, n.account_id, n.kind, o.subject_id, n.title, n.body, n.link, n.in_app,
                       n.email_wanted, n.email_to, n.created_at
                  FROM notifications n LEFT JOIN notification_outbox o ON o.id = n.outbox_id
                 WHERE n.id = ?""", rs -> new Notification(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class), NotificationKind.valueOf(rs.getString(4)), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getBoolean(10),
                rs.getString(11), rs.getTimestamp(12).toInstant(), false), id).stream().findFirst();
    }

    @Override
    public boolean emailSent(UUID notificationId) {
        return jdbc.query("SELECT email_sent_at IS NOT NULL FROM notifications WHERE id = ?", rs -> rs.getBoolean(1),
                notificationId).stream().findFirst().orElse(false);
    }

    @Override
    public void markEmailSent(Notification n) {
        jdbc.update("UPDATE notifications SET email_sent_at = now(), email_error = NULL WHERE id = ?", n.id());
        // What the rest of the system keeps of these mails: "email my tickets again" waits for the
        // last one to be sent; the refunds page shows that the buyer was told.
        switch (n.kind()) {
            case ORDER_CONFIRMED, TICKETS_RESENT -> jdbc.update(
                    "UPDATE orders SET mail_sent_at = now() WHERE id = ?", UUID.fromString(n.subjectId()));
            case REFUNDED -> jdbc.update("UPDATE refunds SET mail_sent_at = now() WHERE id = ?",
                    UUID.fromString(n.subjectId()));
            default -> { }
        }
    }

    @Override
    public void emailFailed(UUID notificationId, int attempt, String error) {
        jdbc.update("UPDATE notifications SET email_attempts = email_attempts + 1, email_error = ? WHERE id = ?",
                error, notificationId);
    }

    @Override
    public void deadLetter(UUID notificationId, int attempts, String error) {
        jdbc.update("""
                INSERT INTO notification_dead_letters (notification_id, error, attempts) VALUES (?, ?, ?)
                ON CONFLICT (notification_id) DO UPDATE SET error = excluded.error, attempts = excluded.attempts,
                                                            failed_at = now(), resent_at = NULL""",
                notificationId, error, attempts);
    }

    @Override
    public void close() {
        jdbc.close();
    }
}
