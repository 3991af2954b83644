/**
 * The refund page: the buyer (inside the refund window), the event's merchant and admins choose
 * tickets of a paid order and give a reason; {@link org.ticketgrid.app.refunds.usecase.RequestRefund}
 * decides and does the refund exactly as for the API. A refusal is shown on the page, never as an
 * error page; anybody else gets the 404 page.
 */
package org.ticketgrid.app.refunds.web;
