package org.ticketgrid.app.notifications.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.ticketgrid.notifications.NotificationKind;

/** {@code notification_preferences}: which optional kinds reach an account by email (no row: yes). */
@Repository
public class Preferences {

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every kind a buyer hears of, with whether it goes out by email for this account. */
    public Map<NotificationKind, Boolean> of(UUID accountId) {
        Map<NotificationKind, Boolean> out = new LinkedHashMap<>();
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.alwaysMailed() || kind.optional()) {
                out.put(kind, true);
            }
        }
        jdbc.sql("SELECT kind, email FROM notification_preferences WHERE account_id = ?").param(accountId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBoolean(2))).list()
                .forEach(e -> {
                    NotificationKind kind = NotificationKind.parse(e.getKey());
                    if (kind != null && kind.optional()) {
                        out.put(kind, e.getValue());
                    }
                });
        return out;
    }

    public void set(UUID accountId, NotificationKind kind, boolean email) {
        jdbc.sql("""
                INSERT INTO notification_preferences (account_id, kind, email) VALUES (?, ?, ?)
                ON CONFLICT (account_id, kind) DO UPDATE SET email = excluded.email""")
                .params(accountId, kind.name(), email).update();
    }
}
