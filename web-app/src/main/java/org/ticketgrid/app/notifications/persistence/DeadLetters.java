package org.ticketgrid.app.notifications.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code notification_dead_letters}: mails the pipeline gave up on, for the admin view. */
@Repository
public class DeadLetters {

    /** A dead-lettered mail with what it was. */
    public record Row(UUID notificationId, String kind, String title, String emailTo, String error, int attempts,
            Instant failedAt, Instant resentAt) {
    }

    private final JdbcClient jdbc;

    DeadLetters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> newestFirst(int limit) {
        return jdbc.sql("""
                SELECT d.notification_id, n.kind, n.title, n.email_to, d.error, d.attempts, d.failed_at, d.resent_at
                  FROM notification_dead_letters d JOIN notifications n ON n.id = d.notification_id
                 ORDER BY d.failed_at DESC LIMIT ?""").param(limit)
                .query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getTimestamp(7).toInstant(),
                        instant(rs.getTimestamp(8))))
                .list();
    }

    /**
     * Claims a dead letter for a resend (once: a second click before the pipeline ran finds it
     * claimed) and resets the mail's attempts; true when claimed.
     */
    public boolean claimResend(UUID notificationId) {
        int claimed = jdbc.sql("UPDATE notification_dead_letters SET resent_at = now()"
                + " WHERE notification_id = ? AND resent_at IS NULL").param(notificationId).update();
        if (claimed == 1) {
            jdbc.sql("UPDATE notifications SET email_attempts = 0, email_error = NULL WHERE id = ?")
                    .param(notificationId).update();
        }
        return claimed == 1;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
