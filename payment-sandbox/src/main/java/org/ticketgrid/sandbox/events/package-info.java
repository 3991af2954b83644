/**
 * Stripe events: every state change is recorded as an immutable {@link
 * org.ticketgrid.sandbox.events.Event}, listable through {@code /v1/events} and handed to
 * subscribers (the webhook dispatcher) in the order it was recorded.
 *
 * <p>This package knows nothing about webhooks; it reports pending deliveries through the {@link
 * org.ticketgrid.sandbox.events.PendingWebhooks} interface so that the dependency points one way.
 */
package org.ticketgrid.sandbox.events;
