package org.ticketgrid.app.refunds.usecase;

import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticketgrid.app.holds.usecase.HoldLimits;
import org.ticketgrid.app.orders.OrderStatus;
import org.ticketgrid.app.holds.usecase.HoldSeats;
import org.ticketgrid.app.orders.persistence.OrderRow;
import org.ticketgrid.app.platform.Ids;
import org.ticketgrid.app.orders.persistence.Orders;
import org.ticketgrid.app.payments.stripe.PaymentIntents;
import org.ticketgrid.app.payments.stripe.ProviderRefunds;
import org.ticketgrid.app.platform.TicketGridProperties;
import org.ticketgrid.app.notifications.persistence.Outbox;
import org.ticketgrid.app.notifications.usecase.NotifyMe;
import org.ticketgrid.notifications.NotificationKind;
import org.ticketgrid.app.refunds.persistence.RefundRow;
import org.ticketgrid.app.refunds.persistence.RefundStore;

/**
 * Takes a written refund as far as it can go, in this order (ADR 0014):
 *
 * <ol>
 *   <li>the provider's refund, idempotency key {@code refund-<refund id>} (a retry replays it);</li>
 *   <li>one PostgreSQL transaction: the refund SUCCEEDED, its tickets VOID, the order REFUNDED or
 *       PARTIALLY_REFUNDED, all conditional on the refund still being PENDING;</li>
 *   <li>the seats back on sale in the grid ({@code RevokeSeats}, idempotent);</li>
 *   <li>(with step 2, in its transaction: REFUNDED in the notifications outbox; the pipeline mails)</li>
 * </ol>
 *
 * Whoever gets there first finishes: the API call, the sweeper (after a crash or an unreachable
 * provider), the provider's webhook or reconciliation. Every step is safe to repeat.
 */
@Service
public class RefundExecution {

    private static final Logger LOG = LoggerFactory.getLogger(RefundExecution.class);

    private final RefundStore refunds;
    private final Orders orders;
    private final ProviderRefunds provider;
    private final HoldSeats holdSeats;
    private final HoldLimits limits;
    private final Outbox outbox;
    private final NotifyMe notifyMe;
    private final TransactionTemplate transactions;
    private final String paymentScope;

    RefundExecution(RefundStore refunds, Orders orders, ProviderRefunds provider, HoldSeats holdSeats,
            HoldLimits limits, Outbox outbox, PlatformTransactionManager transactions,
            TicketGridProperties properties, NotifyMe notifyMe) {
        this.notifyMe = notifyMe;
        this.refunds = refunds;
        this.orders = orders;
        this.provider = provider;
        this.holdSeats = holdSeats;
        this.limits = limits;
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactions);
        this.paymentScope = properties.payments().scope();
    }

    /** Finishes what is missing of one refund; returns it as it stands afterwards. */
    public RefundRow execute(UUID refundId) {
        RefundRow refund = refunds.byId(refundId).orElseThrow();
        if ("PENDING".equals(refund.status())) {
            if (refund.amountCents() == 0) {
                complete(refund, null); // free tickets: nothing to give back at the provider
            } else {
                try {
                    ProviderRefunds.ProviderRefund done = provider.refund(refund.paymentIntentId(),
                            refund.amountCents(), Map.of("refundId", refund.id().toString(),
                                    "orderId", refund.orderId().toString(), "scope", paymentScope),
                            "refund-" + refund.id());
                    if (done.accepted()) {
                        complete(refund, done.id());
                    } else {
                        refunds.markFailed(refund.id(), "provider-" + done.status());
                    }
                } catch (ProviderRefunds.RefundRefused e) {
                    LOG.warn("refund {} refused by the provider: {}", refund.id(), e.getMessage());
                    refunds.markFailed(refund.id(), e.code());
                } catch (PaymentIntents.ProviderUnavailable e) {
                    LOG.warn("refund {} not sent yet; the sweeper retries: {}", refund.id(), e.getMessage());
                    return refunds.byId(refundId).orElseThrow();
                }
            }
        }
        RefundRow now = refunds.byId(refundId).orElseThrow();
        if ("SUCCEEDED".equals(now.status()) && now.releasedAt() == null) {
            release(now);
            now = refunds.byId(refundId).orElseThrow();
        }
        return now;
    }

    /**
     * The provider reports a refund (webhook, reconciliation): finishes our refund it belongs to, if
     * it is still pending. Returns false if the refund is not one of ours (of this deployment's
     * payment scope).
     */
    public boolean providerRefunded(ProviderRefunds.ProviderRefund refund) {
        UUID refundId = Ids.orNull(refund.metadata().get("refundId"));
        RefundRow row = refundId == null ? null : refunds.byId(refundId).orElse(null);
        if (row == null || !row.paymentIntentId().equals(refund.paymentIntentId())
                || !paymentScope.equals(orders.byId(row.orderId()).map(OrderRow::paymentScope).orElse(null))) {
            return false;
        }
        if ("PENDING".equals(row.status()) && refund.accepted()) {
            complete(row, refund.id());
        }
        execute(row.id());
        return true;
    }

    private void complete(RefundRow refund, String stripeRefundId) {
        transactions.executeWithoutResult(tx -> {
            OrderRow order = orders.lock(refund.orderId()).orElseThrow();
            if (refunds.markSucceeded(refund.id(), stripeRefundId)) {
                refunds.voidTickets(refund.id());
                refunds.settleOrder(refund.orderId(), "refunded: " + refund.reason());
                refunds.claimMail(refund.id()); // the pipeline sends it and sets mail_sent_at
                outbox.record(NotificationKind.REFUNDED, java.util.UUID.fromString(order.accountId()),
                        refund.id().toString(), Map.of("orderId", refund.orderId().toString(),
                                "eventId", order.eventId().toString()));
            }
        });
    }

    private void release(RefundRow refund) {
        OrderRow order = orders.byId(refund.orderId()).orElseThrow();
        long[] seats = refunds.seatsOf(refund.id());
        holdSeats.revoke(order.eventId().toString(), order.holdId(), seats);
        if (order.status() == OrderStatus.REFUNDED) {
            // Fully refunded: the buyer may buy that many again. A partial refund keeps the whole
            // purchase counted against the per-event limit (the quota counts holds, not tickets).
            limits.refund(order.eventId().toString(), order.accountId(), order.holdId());
        }
        // The seats are on sale again: the next "notify me" subscribers, as many as seats, are
        // told in the same transaction that records the release (once).
        transactions.executeWithoutResult(tx -> {
            if (refunds.markReleased(refund.id())) {
                notifyMe.seatsCameBack(order.eventId(), seats.length);
            }
        });
    }

}
