/**
 * Reconciliation: a scheduled job (one run at a time across all instances, by a PostgreSQL
 * advisory lock; every repair idempotent anyway) compares, for a period, our orders, tickets and
 * refunds with the provider's PaymentIntents and Refunds and with the seats in the grid. It repairs
 * what is safe (a missed webhook, an uncaptured confirmed order, an open authorization of a dead
 * order, a captured payment without an order, a provider refund we did not record) and reports
 * the rest on {@code /admin/reconciliation}, as CSV and on {@code /api/v1/admin/reconciliation}.
 * ADR 0015 lists the kinds and why each is repaired or only reported.
 */
package org.ticketgrid.app.reconciliation;
