/** {@code POST /api/v1/orders/{orderId}/refund} and the refunds of an order. */
package org.ticketgrid.app.refunds.api;
