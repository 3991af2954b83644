package org.ticketgrid.app.checkout;

/**
 * Production payments with Stripe.js: the Payment Element collects the card in Stripe's own
 * iframe, so card data never touches our servers (PCI DSS SAQ A). Stripe.js must be loaded from
 * js.stripe.com (Stripe forbids self-hosting it), which the page CSP does not allow; only the
 * payment page, and only when the sandbox is off, answers with this wider policy: script and
 * frames from Stripe, calls to its API. Offline (the sandbox) no page ever names Stripe's hosts.
 * See docs/adr/0016-payment-page-modes.md.
 */
final class StripeJs {

    static final String SCRIPT = "https://js.stripe.com/v3/";

    /** The page CSP plus what Stripe documents for the Payment Element; still no inline script. */
    static final String PAYMENT_PAGE_CSP = "default-src 'self'; script-src 'self' https://js.stripe.com; "
            + "style-src 'self'; img-src 'self' data: https://*.stripe.com; font-src 'self'; "
            + "connect-src 'self' https://api.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private StripeJs() {
    }
}
