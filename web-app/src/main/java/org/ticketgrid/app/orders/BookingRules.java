package org.ticketgrid.app.orders;

/**
 * The booking state machine: given where the order and its payment stand <em>now</em>, what to
 * do. Because the payment's state is read from the provider when an event is handled (not taken
 * from the event), events may arrive late, twice or out of order: each handling looks at the
 * current pair and does what is still missing, and a pair that needs nothing does nothing.
 */
public final class BookingRules {

    /** What the booking consumer does for one (order, payment) pair. */
    public enum Action {
        /** Nothing is missing (or nothing can be done yet). */
        NOTHING,
        /** Note the declined attempt on the order; it stays payable while the hold lasts. */
        NOTE_DECLINE,
        /** Write the order CONFIRMED with tickets, sell the seats in the grid, then capture. */
        BOOK,
        /** The order is CONFIRMED: make sure the seats are sold and the payment captured. */
        FINISH,
        /** The order can no longer be fulfilled and money is only reserved: release it. */
        CANCEL_AUTHORIZATION,
        /** The order can no longer be fulfilled but the money was taken: give it back. */
        REFUND,
        /** The payment was cancelled before the order was paid: the order is cancelled. */
        CANCEL_ORDER,
        /** A confirmed order whose payment was cancelled: a human (reconciliation) must look. */
        FLAG
    }

    private BookingRules() {
    }

    public static Action decide(OrderStatus order, PaymentState payment, boolean declined) {
        return switch (order) {
            case PENDING_PAYMENT -> switch (payment) {
                case AWAITING -> declined ? Action.NOTE_DECLINE : Action.NOTHING;
                case AUTHORIZED, CAPTURED -> Action.BOOK;
                case CANCELED -> Action.CANCEL_ORDER;
            };
            case CONFIRMED -> switch (payment) {
                case AUTHORIZED, CAPTURED -> Action.FINISH;
                case AWAITING -> Action.NOTHING; // cannot happen: confirmation needs an authorization
                case CANCELED -> Action.FLAG;
            };
            case EXPIRED, CANCELLED -> switch (payment) {
                case AUTHORIZED -> Action.CANCEL_AUTHORIZATION;
                case CAPTURED -> Action.REFUND;
                case AWAITING, CANCELED -> Action.NOTHING;
            };
            // Refunds are their own flow; a late payment event changes nothing here.
            case REFUNDED, PARTIALLY_REFUNDED -> Action.NOTHING;
        };
    }
}
