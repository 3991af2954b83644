package org.ticketgrid.app.reconciliation.usecase;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.platform.TicketGridProperties;
import org.ticketgrid.app.reconciliation.ReconciliationProperties;

/**
 * Runs reconciliation every {@code period} over the last {@code lookback}, on every instance with
 * the booking-consumer role: the advisory lock in {@link Reconcile} lets one of them run at a time.
 */
@Service
class ReconciliationSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationSchedule.class);

    private final Reconcile reconcile;
    private final ReconciliationProperties settings;
    private final boolean enabled;
    private ScheduledExecutorService scheduler;

    ReconciliationSchedule(Reconcile reconcile, ReconciliationProperties settings, TicketGridProperties properties) {
        this.reconcile = reconcile;
        this.settings = settings;
        this.enabled = settings.enabled() && properties.runs(TicketGridProperties.BOOKING_CONSUMER);
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "reconciliation");
            t.setDaemon(true);
            return t;
        });
        long period = settings.period().toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                Instant now = Instant.now();
                reconcile.run(new Reconcile.Scope(now.minus(settings.lookback()), now, null), now);
            } catch (RuntimeException e) {
                LOG.warn("reconciliation failed; the next round retries", e);
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
