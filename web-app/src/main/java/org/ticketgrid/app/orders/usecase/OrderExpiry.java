package org.ticketgrid.app.orders.usecase;

import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticketgrid.app.orders.OrderStatus;
import org.ticketgrid.app.orders.PaymentState;
import org.ticketgrid.app.orders.persistence.OrderRow;
import org.ticketgrid.app.orders.persistence.Orders;
import org.ticketgrid.app.payments.stripe.PaymentIntents;
import org.ticketgrid.app.platform.PeriodicRounds;
import org.ticketgrid.app.platform.TicketGridProperties;

/**
 * Expires unpaid orders whose hold ran out (plus a grace for a webhook in flight). Safe on every
 * instance at once: each order is taken with {@code FOR UPDATE SKIP LOCKED}. The intent is
 * cancelled at the provider first, so a late confirmation cannot charge anyone; an intent that is
 * already authorized is settled as its webhook would be (booked if the seats are still the hold's,
 * its authorization cancelled otherwise). The seats need no work: an expired hold is free for
 * every reader.
 */
@Service
public class OrderExpiry extends PeriodicRounds {

    private static final Logger LOG = LoggerFactory.getLogger(OrderExpiry.class);

    private final Orders orders;
    private final PaymentIntents intents;
    private final BookOrders booking;
    private final TransactionTemplate transactions;
    private final TicketGridProperties.Payments settings;

    private final OrderBook book;

    OrderExpiry(Orders orders, PaymentIntents intents, BookOrders booking, PlatformTransactionManager transactions,
            TicketGridProperties properties, OrderBook book) {
        super("order-expiry", properties.payments().expirySweepPeriod(),
                properties.runs(TicketGridProperties.BOOKING_CONSUMER), LOG);
        this.orders = orders;
        this.intents = intents;
        this.booking = booking;
        this.book = book;
        this.transactions = new TransactionTemplate(transactions);
        this.settings = properties.payments();
    }

    private enum Outcome { EXPIRED, PAID, BUSY }

    /**
     * Expires what is due at {@code now}; returns how many orders it expired. An order that turns
     * out to be paid is settled by {@link BookOrders} at once (outside the sweep's transaction), as
     * its webhook would: booked if the seats are still the hold's, its authorization cancelled
     * otherwise. So a lost webhook does not leave money reserved, nor an order waiting forever.
     */
    public int sweep(Instant now) {
        int expired = 0;
        for (UUID id : orders.pendingExpiredBefore(settings.scope(), now.minus(settings.expiryGrace()), 100)) {
            try {
                Outcome outcome = transactions.execute(tx -> expire(id));
                if (outcome == Outcome.EXPIRED) {
                    expired++;
                } else if (outcome == Outcome.PAID) {
                    booking.settle(orders.byId(id).orElseThrow());
                }
            } catch (RuntimeException e) {
                LOG.warn("could not expire order {} now; the next round retries", id, e);
            }
        }
        return expired;
    }

    private Outcome expire(UUID id) {
        OrderRow order = orders.lockIfFree(id).orElse(null);
        if (order == null || order.status() != OrderStatus.PENDING_PAYMENT) {
            return Outcome.BUSY;
        }
        if (order.paymentIntentId() != null && !settledAtProvider(order)) {
            return Outcome.PAID;
        }
        orders.transition(id, OrderStatus.PENDING_PAYMENT, OrderStatus.EXPIRED, "hold-expired");
        book.ended(order, OrderStatus.EXPIRED, "hold-expired");
        return Outcome.EXPIRED;
    }

    /** True once the intent cannot take money any more (cancelled, or unknown to the provider). */
    private boolean settledAtProvider(OrderRow order) {
        PaymentIntents.Intent intent;
        try {
            intent = intents.retrieve(order.paymentIntentId());
        } catch (PaymentIntents.UnknownIntent e) {
            return true; // nobody can pay an intent the provider does not know
        }
        PaymentState state = PaymentState.ofStripe(intent.status());
        if (state == PaymentState.AWAITING) {
            intent = intents.cancel(intent.id(), "ABANDONED", "expire-" + order.id());
            state = PaymentState.ofStripe(intent.status());
        }
        // Authorized or captured (in time, late, or in the meantime): the booking consumer decides.
        return state == PaymentState.CANCELED;
    }

    @Override
    protected void round() {
        sweep(Instant.now());
    }
}
