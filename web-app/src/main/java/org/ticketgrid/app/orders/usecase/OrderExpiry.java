package org.ticketgrid.app.orders.usecase;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticketgrid.app.orders.OrderStatus;
import org.ticketgrid.app.orders.PaymentState;
import org.ticketgrid.app.orders.persistence.OrderRow;
import org.ticketgrid.app.orders.persistence.Orders;
import org.ticketgrid.app.payments.stripe.PaymentIntents;
import org.ticketgrid.app.platform.TicketGridProperties;

/**
 * Expires unpaid orders whose hold ran out (plus a grace for a webhook in flight). Safe on every
 * instance at once: each order is taken with {@code FOR UPDATE SKIP LOCKED}. The intent is
 * cancelled at the provider first, so a late confirmation cannot charge anyone; an intent that is
 * already authorized is left to the booking consumer (whose webhook is on its way), which books it
 * if the seats are still the hold's or cancels the authorization otherwise. The seats need no
 * work: an expired hold is free for every reader.
 */
@Service
public class OrderExpiry implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OrderExpiry.class);

    private final Orders orders;
    private final PaymentIntents intents;
    private final TransactionTemplate transactions;
    private final TicketGridProperties.Payments settings;
    private final boolean enabled;
    private ScheduledExecutorService scheduler;

    OrderExpiry(Orders orders, PaymentIntents intents, PlatformTransactionManager transactions,
            TicketGridProperties properties) {
        this.orders = orders;
        this.intents = intents;
        this.transactions = new TransactionTemplate(transactions);
        this.settings = properties.payments();
        this.enabled = properties.runs(TicketGridProperties.BOOKING_CONSUMER);
    }

    /** Expires what is due at {@code now}; returns how many orders it expired. */
    public int sweep(Instant now) {
        int expired = 0;
        for (UUID id : orders.pendingExpiredBefore(now.minus(settings.expiryGrace()), 100)) {
            if (Boolean.TRUE.equals(transactions.execute(tx -> expire(id)))) {
                expired++;
            }
        }
        return expired;
    }

    private boolean expire(UUID id) {
        OrderRow order = orders.lockIfFree(id).orElse(null);
        if (order == null || order.status() != OrderStatus.PENDING_PAYMENT) {
            return false;
        }
        if (order.paymentIntentId() != null) {
            PaymentIntents.Intent intent = intents.retrieve(order.paymentIntentId());
            PaymentState state = PaymentState.ofStripe(intent.status());
            if (state == PaymentState.AUTHORIZED || state == PaymentState.CAPTURED) {
                return false; // paid in time or late: the booking consumer decides
            }
            if (state == PaymentState.AWAITING) {
                intent = intents.cancel(intent.id(), "ABANDONED", "expire-" + order.id());
                if (PaymentState.ofStripe(intent.status()) != PaymentState.CANCELED) {
                    return false; // authorized in the meantime: the booking consumer decides
                }
            }
        }
        return orders.transition(id, OrderStatus.PENDING_PAYMENT, OrderStatus.EXPIRED, "hold-expired");
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "order-expiry");
            t.setDaemon(true);
            return t;
        });
        long period = settings.expirySweepPeriod().toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                sweep(Instant.now());
            } catch (RuntimeException e) {
                LOG.warn("order expiry sweep failed; the next round retries", e);
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
