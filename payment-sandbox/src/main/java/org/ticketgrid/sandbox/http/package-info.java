/**
 * The HTTP surface shared by every feature, shaped like Stripe's API: form-encoded requests with
 * nested keys, bearer API keys, {@code Idempotency-Key} replay, JSON error objects and list
 * envelopes.
 *
 * <p>Features register {@link org.ticketgrid.sandbox.http.Endpoint endpoints} on the {@link
 * org.ticketgrid.sandbox.http.Router}; {@link org.ticketgrid.sandbox.http.ApiFront} does the
 * cross-cutting work once so no endpoint repeats it. An {@link
 * org.ticketgrid.sandbox.http.ApiException} means "this request was not executed" (bad parameters,
 * unknown id) and is never stored for idempotent replay; a refused state change is an ordinary
 * {@link org.ticketgrid.sandbox.http.ApiResponse} and is replayed, as Stripe does.
 */
package org.ticketgrid.sandbox.http;
