package org.ticketgrid.app.reconciliation.usecase;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.platform.PeriodicTask;
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
    private PeriodicTask task;

    ReconciliationSchedule(Reconcile reconcile, ReconciliationProperties settings, TicketGridProperties properties) {
        this.reconcile = reconcile;
        this.settings = settings;
        this.enabled = settings.enabled() && properties.runs(TicketGridProperties.BOOKING_CONSUMER);
    }

    @Override
    public void start() {
        if (enabled) {
            task = PeriodicTask.every("reconciliation", settings.period(), () -> {
                Instant now = Instant.now();
                reconcile.run(new Reconcile.Scope(now.minus(settings.lookback()), now, null), now);
            }, LOG);
        }
    }

    @Override
    public void stop() {
        if (task != null) {
            task.close();
            task = null;
        }
    }

    @Override
    public boolean isRunning() {
        return task != null;
    }
}
