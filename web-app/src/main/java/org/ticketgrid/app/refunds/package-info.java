/**
 * Refunds of paid orders, whole or by ticket: who may ask ({@link org.ticketgrid.app.refunds.RefundPolicy}),
 * the refund row written before the provider is called, the provider's refund with the row's
 * idempotency key, then the tickets voided, the order REFUNDED or PARTIALLY_REFUNDED, the seats
 * back on sale in the grid and a mail. ADR 0014 explains the order of steps and who finalizes.
 */
package org.ticketgrid.app.refunds;
