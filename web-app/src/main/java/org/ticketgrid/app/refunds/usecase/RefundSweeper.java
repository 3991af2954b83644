package org.ticketgrid.app.refunds.usecase;

import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.platform.PeriodicRounds;
import org.ticketgrid.app.platform.TicketGridProperties;
import org.ticketgrid.app.refunds.RefundProperties;
import org.ticketgrid.app.refunds.persistence.RefundStore;

/**
 * Finishes refunds left unfinished (a crash after the refund row was written, an unreachable
 * provider, a crash before the seats went back), of this deployment's payment scope. Safe on every instance at once without a lock:
 * the provider call carries the refund's idempotency key and every database step is conditional,
 * so two sweepers finishing one refund make one provider refund and one transition.
 */
@Service
public class RefundSweeper extends PeriodicRounds {

    private static final Logger LOG = LoggerFactory.getLogger(RefundSweeper.class);

    private final RefundExecution execution;
    private final RefundStore refunds;
    private final RefundProperties settings;
    private final String paymentScope;

    RefundSweeper(RefundExecution execution, RefundStore refunds,
            RefundProperties settings, TicketGridProperties properties) {
        super("refund-sweeper", settings.sweepPeriod(), properties.runs(TicketGridProperties.BOOKING_CONSUMER), LOG);
        this.execution = execution;
        this.refunds = refunds;
        this.settings = settings;
        this.paymentScope = properties.payments().scope();
    }

    /** Finishes what was unfinished for longer than the retry delay at {@code now}; returns how many. */
    public int sweep(Instant now) {
        int done = 0;
        for (UUID id : refunds.unfinishedBefore(paymentScope, now.minus(settings.retryAfter()), 100)) {
            try {
                var refund = execution.execute(id);
                if (!"PENDING".equals(refund.status()) && refund.releasedAt() != null
                        || "FAILED".equals(refund.status())) {
                    done++;
                }
            } catch (RuntimeException e) {
                LOG.warn("refund {} could not be finished now; the next round retries", id, e);
            }
        }
        return done;
    }

    @Override
    protected void round() {
        Instant now = Instant.now();
        sweep(now);
    }
}
