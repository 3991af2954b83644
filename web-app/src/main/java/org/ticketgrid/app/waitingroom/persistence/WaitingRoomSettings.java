package org.ticketgrid.app.waitingroom.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An event's own waiting-room settings; null fields mean "the default". Read on every join and by
 * the admission loop, so each instance keeps them for a few seconds (a merchant's change reaches
 * every instance within that time).
 */
@Repository
public class WaitingRoomSettings {

    /** The settings as stored: any of them may be null (default). */
    public record Stored(Instant opensAt, Integer admissionsPerMinute, Integer admissionWindowSeconds) {
        static final Stored NONE = new Stored(null, null, null);
    }

    private record Cached(Stored stored, long readAt) {
    }

    private static final long CACHE_NANOS = 5_000_000_000L;

    private final JdbcClient jdbc;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    WaitingRoomSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Stored of(UUID eventId) {
        long now = System.nanoTime();
        Cached cached = cache.get(eventId);
        if (cached != null && now - cached.readAt() < CACHE_NANOS) {
            return cached.stored();
        }
        Stored stored = jdbc.sql("SELECT opens_at, admissions_per_minute, admission_window_seconds"
                        + " FROM waiting_rooms WHERE event_id = ?")
                .param(eventId)
                .query((rs, n) -> new Stored(Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant).orElse(null),
                        (Integer) rs.getObject(2), (Integer) rs.getObject(3)))
                .optional().orElse(Stored.NONE);
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(eventId, new Cached(stored, now));
        return stored;
    }

    public void save(UUID eventId, Stored settings) {
        jdbc.sql("INSERT INTO waiting_rooms (event_id, opens_at, admissions_per_minute, admission_window_seconds)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (event_id) DO UPDATE SET opens_at = EXCLUDED.opens_at,"
                        + " admissions_per_minute = EXCLUDED.admissions_per_minute,"
                        + " admission_window_seconds = EXCLUDED.admission_window_seconds, updated_at = now()")
                .param(eventId)
                .param(settings.opensAt() == null ? null : Timestamp.from(settings.opensAt()))
                .param(settings.admissionsPerMinute())
                .param(settings.admissionWindowSeconds())
                .update();
        cache.remove(eventId);
    }
}
