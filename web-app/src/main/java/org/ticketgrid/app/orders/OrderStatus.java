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
    REFUNDED,
    /**
     * Paid, then some of its tickets refunded (an extension of the public contract): the other
     * tickets stay valid, and they can be refunded later, which makes the order REFUNDED.
     */
    PARTIALLY_REFUNDED;

    /** Paid and not wholly refunded: a refund (of what is still valid) may be asked for. */
    public boolean isRefundable() {
        return this == CONFIRMED || this == PARTIALLY_REFUNDED;
    }

    /** No payment event can move the order any further (only a refund, elsewhere). */
    public boolean isFinal() {
        return this == EXPIRED || this == CANCELLED || this == REFUNDED;
    }
}
