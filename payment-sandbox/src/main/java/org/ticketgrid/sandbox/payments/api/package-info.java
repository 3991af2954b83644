/**
 * HTTP adapters for the payment domain: Stripe's {@code /v1/payment_intents}, {@code /v1/refunds},
 * {@code /v1/charges} and {@code /v1/payment_methods}. They parse parameters into domain commands,
 * apply the rules under a per-intent lock, record the resulting events and render Stripe JSON.
 *
 * <p>Everything except the {@link org.ticketgrid.sandbox.payments.api.PaymentsApi} facade is
 * package-private.
 */
package org.ticketgrid.sandbox.payments.api;
