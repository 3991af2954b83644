package org.ticketgrid.app.checkout;

/**
 * The failure page's words and next step, by what went wrong. Decline codes are Stripe's; an
 * unknown one reads as a plain decline (a buyer cannot act on "do_not_honor" anyway).
 *
 * @param retry whether the buyer can still pay this order (another card, while the hold lasts)
 */
record Failure(OrderProgress kind, String title, String message, String actionLabel, String actionPath,
        boolean retry) {

    static Failure of(OrderProgress kind, String declineCode, String orderId, String eventId) {
        return of(kind, declineCode, null, orderId, eventId);
    }

    /** @param statusReason why a cancelled order was cancelled ({@code OrderRow.statusReason}), if known */
    static Failure of(OrderProgress kind, String declineCode, String statusReason, String orderId, String eventId) {
        String event = "/events/" + eventId;
        return switch (kind) {
            case DECLINED -> new Failure(kind, "Your card was declined", declined(declineCode)
                    + " You have not been charged. Your seats are still held: try another card before the timer ends.",
                    "Try another card", "/orders/" + orderId + "/pay", true);
            case EXPIRED -> new Failure(kind, "Your hold has expired",
                    "The time to pay ran out and the seats went back on sale. You have not been charged.",
                    "Back to the event", event, false);
            case CANCELLED -> new Failure(kind, "We could not complete your order", cancelled(statusReason)
                    + " The payment was cancelled: you have not been charged.", "Back to the event", event, false);
            default -> throw new IllegalArgumentException(kind + " is not a failure");
        };
    }

    /** Why an order was cancelled, in the buyer's words. */
    static String cancelled(String statusReason) {
        if (statusReason == null) {
            return "Your seats could not be kept for you.";
        }
        return switch (statusReason) {
            case "seats-lost", "seats-sold" -> "Your hold ran out before the payment arrived, and the seats went to"
                    + " another buyer.";
            case "hold-limit-reached" -> "Your hold ran out before the payment arrived, and you now have as many"
                    + " tickets for this event as one buyer may have (held or bought).";
            case "payment-canceled" -> "The payment was stopped before it completed.";
            case "event-cancelled" -> "The event was cancelled by its organizer.";
            default -> "Your seats could not be kept for you.";
        };
    }

    static String declined(String code) {
        if (code == null) {
            return "The bank declined the payment.";
        }
        return switch (code) {
            case "insufficient_funds" -> "The bank declined the payment: not enough funds on the card.";
            case "expired_card" -> "The card has expired.";
            case "incorrect_cvc" -> "The card's security code was not accepted.";
            case "lost_card", "stolen_card" -> "The bank declined this card.";
            case "processing_error" -> "The bank could not process the payment.";
            default -> "The bank declined the payment.";
        };
    }
}
