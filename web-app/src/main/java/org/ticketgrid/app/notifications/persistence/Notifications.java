package org.ticketgrid.app.notifications.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The in-app side of {@code notifications} (written by the Jet pipeline): an account's list, its
 * unread count, marking read. Every query is scoped to the account: someone else's notification
 * is simply not found.
 */
@Repository
public class Notifications {

    /** A notification as the centre shows it. */
    public record Row(UUID id, String kind, String title, String body, String link, Instant createdAt,
            Instant readAt) {
    }

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's notifications, newest first (only unread ones if asked), at most {@code limit}. */
    public List<Row> ofAccount(UUID accountId, boolean unreadOnly, int limit) {
        return jdbc.sql("SELECT id, kind, title, body, link, created_at, read_at FROM notifications"
                + " WHERE account_id = ? AND in_app" + (unreadOnly ? " AND read_at IS NULL" : "")
                + " ORDER BY created_at DESC, id LIMIT ?")
                .params(accountId, limit).query(Notifications::row).list();
    }

    public long unread(UUID accountId) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE account_id = ? AND in_app AND read_at IS NULL")
                .param(accountId).query(Long.class).single();
    }

    /** Marks one of the account's notifications read (again: no change); false if it has no such one. */
    public boolean markRead(UUID accountId, UUID id) {
        return jdbc.sql("UPDATE notifications SET read_at = coalesce(read_at, now())"
                + " WHERE id = ? AND account_id = ? AND in_app").params(id, accountId).update() == 1;
    }

    /** Marks all of the account's notifications read; returns how many were unread. */
    public int markAllRead(UUID accountId) {
        return jdbc.sql("UPDATE notifications SET read_at = now() WHERE account_id = ? AND in_app AND read_at IS NULL")
                .param(accountId).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Row(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("title"),
                rs.getString("body"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
