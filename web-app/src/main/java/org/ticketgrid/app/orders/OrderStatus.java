package org.ticketgrid.app.orders;

/** The lifecycle of an order, as stored in {@code orders.status} and shown by the API. */
public enum OrderStatus {
    /** Created at checkout; the buyer pays within the (frozen) hold. */
    PENDING_PAYMENT,
    /** Tickets written, seats sold; the payment is captured (or being captured). */
    CONFIRMED,
    /** The hold ran out without a payment. */
    EXPIRED,
    /** The seats could not be had (or the payment was cancelled); nobody was charged. */
    CANCELLED,
    /** Paid, then refunded. */
    REFUNDED;

    /** No payment event can move the order any further (only a refund, elsewhere). */
    public boolean isFinal() {
        return this == EXPIRED || this == CANCELLED || this == REFUNDED;
    }
}
