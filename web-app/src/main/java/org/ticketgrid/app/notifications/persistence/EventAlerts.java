package org.ticketgrid.app.notifications.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code event_alerts}: "tell me when tickets are available", one per account and event. */
@Repository
public class EventAlerts {

    private final JdbcClient jdbc;

    EventAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's waiting alert for the event, created if it has none; its id. */
    public UUID subscribe(UUID eventId, UUID accountId) {
        jdbc.sql("""
                INSERT INTO event_alerts (id, event_id, account_id) VALUES (?, ?, ?)
                ON CONFLICT (event_id, account_id) DO UPDATE SET notified_at = NULL, created_at = CASE
                    WHEN event_alerts.notified_at IS NULL THEN event_alerts.created_at ELSE now() END""")
                .params(UUID.randomUUID(), eventId, accountId).update();
        return jdbc.sql("SELECT id FROM event_alerts WHERE event_id = ? AND account_id = ?")
                .params(eventId, accountId).query(UUID.class).single();
    }

    /** Removes the account's alert for the event; true if it had one. */
    public boolean unsubscribe(UUID eventId, UUID accountId) {
        return jdbc.sql("DELETE FROM event_alerts WHERE event_id = ? AND account_id = ?")
                .params(eventId, accountId).update() == 1;
    }

    public boolean subscribed(UUID eventId, UUID accountId) {
        return jdbc.sql("SELECT count(*) FROM event_alerts WHERE event_id = ? AND account_id = ? AND notified_at IS NULL")
                .params(eventId, accountId).query(Long.class).single() > 0;
    }

    /**
     * Takes the next {@code seats} waiting subscribers of the event in subscription order and marks
     * them notified (within the caller's transaction; {@code SKIP LOCKED}, so two instances never
     * take the same ones); returns their accounts in that order.
     */
    public List<UUID> takeNext(UUID eventId, int seats) {
        return jdbc.sql("""
                WITH next AS (SELECT id FROM event_alerts WHERE event_id = ? AND notified_at IS NULL
                               ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED)
                UPDATE event_alerts a SET notified_at = now() FROM next WHERE a.id = next.id
                RETURNING a.account_id, a.seq""").params(eventId, seats)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getLong(2)}).list().stream()
                .sorted(java.util.Comparator.comparingLong(r -> (Long) r[1])).map(r -> (UUID) r[0]).toList();
    }

    /** An event's status and whether it is high demand, or {@code null} when there is no such event. */
    public record EventFacts(String status, boolean highDemand) {
    }

    /**
     * Read here rather than through the catalog feature: the catalog records its events in this
     * feature's outbox, so depending back on it would make a cycle.
     */
    public EventFacts event(UUID eventId) {
        return jdbc.sql("SELECT status, high_demand FROM events WHERE id = ?").param(eventId)
                .query((rs, n) -> new EventFacts(rs.getString(1), rs.getBoolean(2))).optional().orElse(null);
    }

    /** Subscribers still waiting for the event. */
    public long waiting(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM event_alerts WHERE event_id = ? AND notified_at IS NULL")
                .param(eventId).query(Long.class).single();
    }
}
