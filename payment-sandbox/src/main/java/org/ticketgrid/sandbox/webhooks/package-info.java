/**
 * Webhook endpoints and delivery: each recorded event is POSTed, signed as Stripe signs it, to
 * every endpoint that subscribed to its type, with retries and backoff when the receiver fails.
 *
 * <p>Signing matches {@code com.stripe.net.Webhook.constructEvent}, and every attempt is signed
 * afresh because receivers reject signatures older than five minutes. First attempts for the same
 * payment intent and endpoint go out one after another; retries do not hold back later events, so
 * receivers still see events out of order sometimes, as they would from Stripe.
 */
package org.ticketgrid.sandbox.webhooks;
