package org.ticketgrid.app.reconciliation.usecase;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.platform.PeriodicRounds;
import org.ticketgrid.app.platform.TicketGridProperties;
import org.ticketgrid.app.reconciliation.ReconciliationProperties;

/**
 * Runs reconciliation every {@code period} over the last {@code lookback}, on every instance with
 * the booking-consumer role: the advisory lock in {@link Reconcile} lets one of them run at a time.
 */
@Service
class ReconciliationSchedule extends PeriodicRounds {

    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationSchedule.class);

    private final Reconcile reconcile;
    private final ReconciliationProperties settings;

    ReconciliationSchedule(Reconcile reconcile, ReconciliationProperties settings, TicketGridProperties properties) {
        super("reconciliation", settings.period(),
                settings.enabled() && properties.runs(TicketGridProperties.BOOKING_CONSUMER), LOG);
        this.reconcile = reconcile;
        this.settings = settings;
    }

    @Override
    protected void round() {
        Instant now = Instant.now();
        reconcile.run(new Reconcile.Scope(now.minus(settings.lookback()), now, null), now);
    }
}
