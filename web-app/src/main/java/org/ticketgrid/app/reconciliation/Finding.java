package org.ticketgrid.app.reconciliation;

/**
 * One mismatch between our books, the provider and the grid.
 *
 * @param subject what it is about, unique per kind (an intent id, a ticket id): a finding seen
 *                again by a later run is the same finding
 * @param repair  what was done about it (REPAIRED), or null (REPORTED: a person must look)
 */
public record Finding(Kind kind, String subject, String orderId, String paymentIntentId, String detail,
        Action action, String repair) {

    /** Repaired automatically, or reported for a person. */
    public enum Action {
        REPAIRED, REPORTED
    }

    /** The kinds of mismatch, and whether each is safe to repair. */
    public enum Kind {
        /** An authorized (or captured) payment whose order is still unpaid: a missed webhook. Repaired by the normal booking. */
        AUTHORIZED_NOT_BOOKED,
        /** A confirmed order whose payment is only authorized (or captured but not recorded). Repaired by capturing. */
        CONFIRMED_NOT_CAPTURED,
        /** An expired or cancelled order whose authorization is still open. Repaired by cancelling it. */
        OPEN_AUTHORIZATION,
        /** A captured payment with no confirmed order (none at all, or expired/cancelled). Repaired by a refund. */
        CAPTURED_WITHOUT_ORDER,
        /** A provider refund that belongs to a refund of ours still pending. Repaired by finishing our refund. */
        REFUND_NOT_RECORDED,
        /** The provider refunded a different amount than our refunds say. Reported. */
        REFUND_MISMATCH,
        /** The intent's amount differs from the order's total. Reported. */
        AMOUNT_MISMATCH,
        /** A confirmed order whose payment was cancelled: tickets out, no money. Reported. */
        CONFIRMED_PAYMENT_CANCELED,
        /** A confirmed order without any payment. Reported. */
        CONFIRMED_WITHOUT_PAYMENT,
        /** A valid ticket whose seat is not sold to its order in the grid. Reported. */
        TICKET_SEAT_NOT_BOOKED
    }

    public static Finding repaired(Kind kind, String subject, String orderId, String intentId, String detail,
            String repair) {
        return new Finding(kind, subject, orderId, intentId, detail, Action.REPAIRED, repair);
    }

    public static Finding reported(Kind kind, String subject, String orderId, String intentId, String detail) {
        return new Finding(kind, subject, orderId, intentId, detail, Action.REPORTED, null);
    }
}
