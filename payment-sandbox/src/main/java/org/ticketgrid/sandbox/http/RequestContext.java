package org.ticketgrid.sandbox.http;

/**
 * Facts about the request that outlive it: Stripe copies the request id and idempotency key into
 * every event the request causes, and stamps events with the API version the caller asked for.
 *
 * @param idempotencyKey the {@code Idempotency-Key} header, or {@code null}
 */
public record RequestContext(String requestId, String idempotencyKey, String apiVersion) {}
