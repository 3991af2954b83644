package org.ticketgrid.app.reconciliation;

import org.ticketgrid.app.orders.OrderStatus;
import org.ticketgrid.app.orders.PaymentState;

/**
 * What reconciliation makes of one payment and its order, as plain rules: nothing, a look at the
 * refunds, or a kind of mismatch (which the caller repairs or reports, see {@link Finding.Kind}).
 */
public final class ReconciliationRules {

    /** The verdict for one pair. */
    public enum Verdict {
        /** Nothing is wrong (or it is still in flight). */
        OK,
        /** Paid and captured: compare the provider's refunds with ours. */
        CHECK_REFUNDS,
        AUTHORIZED_NOT_BOOKED, CONFIRMED_NOT_CAPTURED, OPEN_AUTHORIZATION, CAPTURED_WITHOUT_ORDER, AMOUNT_MISMATCH,
        CONFIRMED_PAYMENT_CANCELED, CONFIRMED_WITHOUT_PAYMENT
    }

    /**
     * One payment and what we know of its order.
     *
     * @param order             the order's status, or null if no order of ours has this payment
     * @param settled           the payment is older than the grace (no webhook can still be in flight)
     * @param confirmedLongAgo  the order was confirmed longer than the grace ago (capture had its time)
     * @param amountMatches     the intent's amount is the order's total
     * @param captureRecorded   the order records the capture
     * @param refundOutstanding captured money not refunded yet (only asked for when it matters)
     */
    public record Pair(OrderStatus order, PaymentState payment, boolean settled, boolean confirmedLongAgo,
            boolean amountMatches, boolean captureRecorded, boolean refundOutstanding) {
    }

    private ReconciliationRules() {
    }

    /** Whether {@link #decide} needs {@code refundOutstanding} for this order and payment. */
    public static boolean needsRefundTotal(OrderStatus order, PaymentState payment) {
        return payment == PaymentState.CAPTURED
                && (order == null || order == OrderStatus.EXPIRED || order == OrderStatus.CANCELLED);
    }

    public static Verdict decide(Pair p) {
        if (p.order() == null) {
            return switch (p.payment()) {
                case CAPTURED -> p.refundOutstanding() ? Verdict.CAPTURED_WITHOUT_ORDER : Verdict.OK;
                case AUTHORIZED -> p.settled() ? Verdict.OPEN_AUTHORIZATION : Verdict.OK;
                case AWAITING, CANCELED -> Verdict.OK;
            };
        }
        if (!p.amountMatches()) {
            return Verdict.AMOUNT_MISMATCH;
        }
        return switch (p.order()) {
            case PENDING_PAYMENT -> (p.payment() == PaymentState.AUTHORIZED || p.payment() == PaymentState.CAPTURED)
                    && p.settled() ? Verdict.AUTHORIZED_NOT_BOOKED : Verdict.OK;
            case CONFIRMED, PARTIALLY_REFUNDED, REFUNDED -> switch (p.payment()) {
                case AUTHORIZED -> p.order() == OrderStatus.CONFIRMED && p.confirmedLongAgo()
                        ? Verdict.CONFIRMED_NOT_CAPTURED : Verdict.OK;
                case CAPTURED -> p.order() == OrderStatus.CONFIRMED && !p.captureRecorded()
                        ? Verdict.CONFIRMED_NOT_CAPTURED : Verdict.CHECK_REFUNDS;
                case CANCELED -> Verdict.CONFIRMED_PAYMENT_CANCELED;
                case AWAITING -> Verdict.CONFIRMED_WITHOUT_PAYMENT;
            };
            case EXPIRED, CANCELLED -> switch (p.payment()) {
                case AUTHORIZED -> p.settled() ? Verdict.OPEN_AUTHORIZATION : Verdict.OK;
                case CAPTURED -> p.refundOutstanding() ? Verdict.CAPTURED_WITHOUT_ORDER : Verdict.OK;
                case AWAITING, CANCELED -> Verdict.OK;
            };
        };
    }
}
