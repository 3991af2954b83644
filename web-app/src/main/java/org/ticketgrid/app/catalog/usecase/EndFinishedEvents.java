package org.ticketgrid.app.catalog.usecase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.app.platform.PeriodicRounds;

/**
 * Moves published events whose end has passed to ENDED, once a minute
 * ({@code ticketgrid.catalog.end-sweep-period}). One conditional UPDATE per round, so any number of
 * instances may run it at once: each event changes once, and every instance that changed one tells
 * the others to forget its sale terms. Customers see an event as ENDED from its end time on even
 * before the sweep (the status is computed), and no hold is taken after its start anyway; the sweep
 * makes the stored status true for the merchant's screens, search (through CDC) and reports.
 */
@Service
public class EndFinishedEvents extends PeriodicRounds {

    private static final Logger LOG = LoggerFactory.getLogger(EndFinishedEvents.class);

    private final JdbcClient jdbc;
    private final SaleCatalog catalog;

    EndFinishedEvents(JdbcClient jdbc, SaleCatalog catalog,
            @Value("${ticketgrid.catalog.end-sweep-period:1m}") Duration period) {
        super("event-ending", period, true, LOG);
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** Ends what is over at {@code now}; returns the events it ended. */
    public List<UUID> endAt(Instant now) {
        // The version bump makes a merchant's edit that read the event before this fail, not revive it.
        List<UUID> ended = jdbc.sql("UPDATE events SET status = 'ENDED', version = version + 1, updated_at = now()"
                + " WHERE status = 'PUBLISHED' AND ends_at <= ? RETURNING id")
                .param(java.sql.Timestamp.from(now)).query(UUID.class).list();
        ended.forEach(catalog::evict);
        if (!ended.isEmpty()) {
            LOG.info("{} event(s) ended: {}", ended.size(), ended);
        }
        return ended;
    }

    @Override
    protected void round() {
        endAt(Instant.now());
    }
}
