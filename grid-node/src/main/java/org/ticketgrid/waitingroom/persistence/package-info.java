/**
 * Write-behind stores of the waiting room's maps in PostgreSQL, loaded eagerly on a cold start
 * (ADR 0033). Places of synthetic events (ids that are not UUIDs: grid-only tests, benchmarks
 * without a catalog) are not written, as for holds.
 */
package org.ticketgrid.waitingroom.persistence;
