/** The {@code refunds} and {@code refund_tickets} tables. */
package org.ticketgrid.app.refunds.persistence;
