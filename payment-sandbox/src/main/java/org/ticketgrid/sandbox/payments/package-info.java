/**
 * The payment domain as Stripe's test mode models it: payment intents, their charges and refunds,
 * and the rules that move an intent from one status to the next.
 *
 * <p>Plain Java only (no HTTP, no JSON, no storage), so the state machine is tested in
 * milliseconds. Every operation returns an {@link org.ticketgrid.sandbox.payments.Outcome}: a
 * refused transition or a declined card is a normal result the caller renders as Stripe does, not
 * an exception. Applied outcomes carry the {@link org.ticketgrid.sandbox.payments.Fact facts} that
 * become Stripe events, named exactly like Stripe's event types because that vocabulary is the
 * domain language here.
 */
package org.ticketgrid.sandbox.payments;
