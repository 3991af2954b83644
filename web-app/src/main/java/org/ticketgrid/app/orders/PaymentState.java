package org.ticketgrid.app.orders;

/**
 * Where a PaymentIntent stands, reduced to what booking cares about. Read from the provider at
 * the time of handling, never from the (possibly stale, reordered) event that woke us up.
 */
public enum PaymentState {
    /** Not paid yet: no method, awaiting confirmation, or the last attempt was declined. */
    AWAITING,
    /** Authorized, not captured ({@code requires_capture}): money reserved, nobody charged yet. */
    AUTHORIZED,
    /** Captured ({@code succeeded}): the buyer is charged. */
    CAPTURED,
    /** Cancelled: the authorization (if any) is released. */
    CANCELED;

    /** Maps a Stripe PaymentIntent status. */
    public static PaymentState ofStripe(String status) {
        return switch (status) {
            case "requires_capture" -> AUTHORIZED;
            case "succeeded" -> CAPTURED;
            case "canceled" -> CANCELED;
            // requires_payment_method, requires_confirmation, requires_action, processing
            default -> AWAITING;
        };
    }
}
