package org.ticketgrid.app.reconciliation.usecase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.orders.OrderStatus;
import org.ticketgrid.app.orders.PaymentState;
import org.ticketgrid.app.orders.persistence.OrderRow;
import org.ticketgrid.app.orders.persistence.Orders;
import org.ticketgrid.app.orders.usecase.BookOrders;
import org.ticketgrid.app.payments.stripe.PaymentIntents;
import org.ticketgrid.app.payments.stripe.ProviderRefunds;
import org.ticketgrid.app.payments.stripe.ProviderRefunds.ListedIntent;
import org.ticketgrid.app.payments.stripe.ProviderRefunds.ProviderRefund;
import org.ticketgrid.app.platform.Ids;
import org.ticketgrid.app.reconciliation.Finding;
import org.ticketgrid.app.reconciliation.ReconciliationRules;
import org.ticketgrid.app.reconciliation.Finding.Kind;
import org.ticketgrid.app.refunds.persistence.RefundRow;
import org.ticketgrid.app.refunds.persistence.RefundStore;
import org.ticketgrid.app.refunds.usecase.RefundExecution;

/**
 * One PaymentIntent against its order (or the lack of one). Repairs go through the same idempotent
 * steps as the normal flows: the booking consumer's {@link BookOrders#settle} (book, capture,
 * cancel the authorization or refund, with its per-order idempotency keys), our refunds'
 * {@link RefundExecution}, and for an intent with no order at all a provider call keyed by the
 * intent. Run twice, a repair does nothing the second time.
 */
@Component
class PaymentChecks {

    private final Orders orders;
    private final BookOrders booking;
    private final PaymentIntents intents;
    private final ProviderRefunds provider;
    private final RefundStore refunds;
    private final RefundExecution refundExecution;

    PaymentChecks(Orders orders, BookOrders booking, PaymentIntents intents, ProviderRefunds provider,
            RefundStore refunds, RefundExecution refundExecution) {
        this.orders = orders;
        this.booking = booking;
        this.intents = intents;
        this.provider = provider;
        this.refunds = refunds;
        this.refundExecution = refundExecution;
    }

    /**
     * @param order the intent's order, or null if none of ours has it
     * @param now   states younger than {@code grace} before it are in flight, not mismatches
     */
    Optional<Finding> check(ListedIntent intent, OrderRow order, Instant now, Duration grace) {
        PaymentState state = PaymentState.ofStripe(intent.status());
        OrderStatus status = order == null ? null : order.status();
        long outstanding = ReconciliationRules.needsRefundTotal(status, state)
                ? intent.amountReceived() - refundedAt(intent.id()) : 0;
        var pair = new ReconciliationRules.Pair(status, state, intent.created().isBefore(now.minus(grace)),
                order != null && (order.confirmedAt() == null || order.confirmedAt().isBefore(now.minus(grace))),
                order != null && intent.amount() == order.totalCents(), order != null && order.capturedAt() != null,
                outstanding > 0);
        String pi = intent.id();
        return switch (ReconciliationRules.decide(pair)) {
            case OK -> Optional.empty();
            case CHECK_REFUNDS -> refundCheck(intent, order);
            case AUTHORIZED_NOT_BOOKED -> Optional.of(settle(Kind.AUTHORIZED_NOT_BOOKED, order, intent,
                    "The payment is " + intent.status() + " but the order was never booked (missed webhook)."));
            case CONFIRMED_NOT_CAPTURED -> Optional.of(settle(Kind.CONFIRMED_NOT_CAPTURED, order, intent,
                    state == PaymentState.AUTHORIZED ? "The order is CONFIRMED but its payment is only authorized."
                            : "The payment was captured but the order does not record it."));
            case OPEN_AUTHORIZATION -> Optional.of(order == null ? cancelOrphan(intent)
                    : settle(Kind.OPEN_AUTHORIZATION, order, intent,
                            "The order is " + status + " but its authorization is still open."));
            case CAPTURED_WITHOUT_ORDER -> Optional.of(order == null ? refundOrphan(intent, outstanding)
                    : settle(Kind.CAPTURED_WITHOUT_ORDER, order, intent,
                            "The order is " + status + " but its payment of " + intent.amountReceived()
                                    + " was captured."));
            case AMOUNT_MISMATCH -> Optional.of(Finding.reported(Kind.AMOUNT_MISMATCH, pi, order.id().toString(), pi,
                    "The intent is for " + intent.amount() + " but the order totals " + order.totalCents() + " "
                            + order.currency() + " (order " + status + ", payment " + intent.status() + ")."));
            case CONFIRMED_PAYMENT_CANCELED -> Optional.of(Finding.reported(Kind.CONFIRMED_PAYMENT_CANCELED, pi,
                    order.id().toString(), pi, "The order is " + status + " with valid tickets but its payment was "
                            + "cancelled: nobody paid for them."));
            case CONFIRMED_WITHOUT_PAYMENT -> Optional.of(Finding.reported(Kind.CONFIRMED_WITHOUT_PAYMENT, pi,
                    order.id().toString(), pi, "The order is " + status + " but its payment is " + intent.status()
                            + "."));
        };
    }

    /** A captured payment for one of our events with no order of ours: give the money back. */
    private Finding refundOrphan(ListedIntent intent, long outstanding) {
        ProviderRefund refund = provider.refund(intent.id(), outstanding, Map.of("reason", "reconciliation"),
                "reconcile-refund-" + intent.id());
        return Finding.repaired(Kind.CAPTURED_WITHOUT_ORDER, intent.id(), claimedOrder(intent), intent.id(),
                "A payment of " + intent.amountReceived() + " was captured with no order of ours.",
                "refunded " + outstanding + " (" + refund.id() + ")");
    }

    /** An open authorization for one of our events with no order of ours: release it. */
    private Finding cancelOrphan(ListedIntent intent) {
        PaymentIntents.Intent after = intents.cancel(intent.id(), "ABANDONED", "reconcile-cancel-" + intent.id());
        return Finding.repaired(Kind.OPEN_AUTHORIZATION, intent.id(), claimedOrder(intent), intent.id(),
                "An authorization of " + intent.amount() + " is open with no order of ours.",
                "authorization cancelled (intent " + after.status() + ")");
    }

    /** The order the intent's metadata names, if it exists (it has another payment then). */
    private String claimedOrder(ListedIntent intent) {
        java.util.UUID id = Ids.orNull(intent.metadata().get("orderId"));
        return id != null && orders.byId(id).isPresent() ? id.toString() : null;
    }

    /** Our refunds against the provider's for a paid order. */
    private Optional<Finding> refundCheck(ListedIntent intent, OrderRow order) {
        List<ProviderRefund> theirs = provider.refundsOf(intent.id()).stream().filter(ProviderRefund::accepted)
                .toList();
        long theirSum = theirs.stream().mapToLong(ProviderRefund::amount).sum();
        if (theirSum == ourRefunded(order)) {
            return Optional.empty();
        }
        Set<String> pending = refunds.ofOrder(order.id()).stream().filter(r -> "PENDING".equals(r.status()))
                .map(r -> r.id().toString()).collect(Collectors.toSet());
        boolean finished = false;
        for (ProviderRefund refund : theirs) {
            if (pending.contains(refund.metadata().get("refundId"))) {
                finished |= refundExecution.providerRefunded(refund);
            }
        }
        String orderId = order.id().toString();
        long ours = ourRefunded(order);
        if (finished && ours == theirSum) {
            return Optional.of(Finding.repaired(Kind.REFUND_NOT_RECORDED, intent.id(), orderId, intent.id(),
                    "The provider refunded " + theirSum + " of which our books had not recorded all.",
                    "finished our pending refund(s); order now "
                            + orders.byId(order.id()).orElseThrow().status()));
        }
        return Optional.of(Finding.reported(Kind.REFUND_MISMATCH, intent.id(), orderId, intent.id(),
                "The provider refunded " + theirSum + " " + order.currency() + " but our refunds total " + ours
                        + " (order " + order.status() + ")."));
    }

    private long ourRefunded(OrderRow order) {
        return refunds.ofOrder(order.id()).stream().filter(r -> "SUCCEEDED".equals(r.status()))
                .mapToLong(RefundRow::amountCents).sum();
    }

    private long refundedAt(String intentId) {
        return provider.refundsOf(intentId).stream().filter(ProviderRefund::accepted)
                .mapToLong(ProviderRefund::amount).sum();
    }

    /** Repairs through the booking consumer's own idempotent steps, and says where it left things. */
    private Finding settle(Kind kind, OrderRow order, ListedIntent intent, String detail) {
        booking.settle(order);
        OrderRow after = orders.byId(order.id()).orElseThrow();
        PaymentIntents.Intent payment = intents.retrieve(intent.id());
        return Finding.repaired(kind, intent.id(), order.id().toString(), intent.id(), detail,
                "settled by the booking steps: order " + after.status() + ", payment " + payment.status());
    }
}
