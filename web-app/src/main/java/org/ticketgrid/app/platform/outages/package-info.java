/**
 * Outages of a backing service (the grid, PostgreSQL, Kafka, Elasticsearch, the payment provider):
 * requests that need the missing part are answered 503 at once, problem+json with
 * {@code Retry-After} on the API and a friendly page elsewhere, never a 500 or a hang; the clients
 * reconnect by themselves when the service returns (docs/adr/0032).
 */
package org.ticketgrid.app.platform.outages;
