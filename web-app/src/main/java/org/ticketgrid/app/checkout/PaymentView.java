package org.ticketgrid.app.checkout;

import java.time.Instant;
import java.util.List;

/**
 * The payment page: what is being paid for, how long the (extended) hold still lasts, and either
 * the sandbox's test-card form or what Stripe.js needs to mount the Payment Element.
 *
 * @param notice       why the buyer is here again (the last card was declined), or null
 * @param attempt      a fresh id per rendering: the idempotency key of the confirmation it posts
 * @param clientSecret the PaymentIntent's client secret, for Stripe.js (production only, else null)
 */
record PaymentView(String orderId, String eventId, String eventName, String when, List<String> seats, String total,
        long expiresInMs, String expiresAtIso, String notice, boolean sandbox, List<TestCard> cards, String attempt,
        String publishableKey, String clientSecret) {

    static long millisLeft(Instant until, Instant now) {
        return until == null ? 0 : Math.max(0, until.toEpochMilli() - now.toEpochMilli());
    }

    /** The countdown as first drawn, before the script takes over: "4:59". */
    public String remaining() {
        return clock(expiresInMs);
    }

    static String clock(long millis) {
        long seconds = Math.max(0, (millis + 999) / 1000);
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
