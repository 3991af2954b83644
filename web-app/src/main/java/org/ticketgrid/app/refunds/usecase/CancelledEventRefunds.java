package org.ticketgrid.app.refunds.usecase;

import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.platform.PeriodicRounds;
import org.ticketgrid.app.platform.TicketGridProperties;
import org.ticketgrid.app.refunds.persistence.RefundStore;

/**
 * When an event is cancelled, every ticket sold for it is refunded without anybody asking: every
 * 30 s ({@code ticketgrid.refunds.cancelled-event-period}) this finds paid orders at CANCELLED
 * events with valid tickets not yet in a refund and refunds them through the ordinary refund path
 * (provider refund with its idempotency key, tickets void, seats released, the buyer mailed with
 * the reason). Safe on every instance at once: the ticket claims let one refund through per
 * ticket. It keeps finding orders confirmed after the cancellation too (a payment already on its
 * way), so nobody keeps a ticket, or pays, for an event that will not happen.
 */
@Service
public class CancelledEventRefunds extends PeriodicRounds {

    private static final Logger LOG = LoggerFactory.getLogger(CancelledEventRefunds.class);

    private final RefundStore refunds;
    private final RequestRefund requests;
    private final String paymentScope;

    CancelledEventRefunds(RefundStore refunds, RequestRefund requests, TicketGridProperties properties,
            @Value("${ticketgrid.refunds.cancelled-event-period:30s}") Duration period) {
        super("cancelled-event-refunds", period, properties.runs(TicketGridProperties.BOOKING_CONSUMER), LOG);
        this.refunds = refunds;
        this.requests = requests;
        this.paymentScope = properties.payments().scope();
    }

    /** One round: refunds what cancelled events still owe, at most 100 orders; returns how many refunds it made. */
    public int refundCancelledEvents() {
        int made = 0;
        for (UUID order : refunds.ordersToRefundForCancelledEvents(paymentScope, RequestRefund.SYSTEM, 100)) {
            try {
                if (requests.refundForCancelledEvent(order).isPresent()) {
                    made++;
                }
            } catch (RuntimeException e) {
                LOG.warn("order {} of a cancelled event could not be refunded now; the next round retries", order, e);
            }
        }
        if (made > 0) {
            LOG.info("{} order(s) of cancelled events refunded", made);
        }
        return made;
    }

    @Override
    protected void round() {
        refundCancelledEvents();
    }
}
