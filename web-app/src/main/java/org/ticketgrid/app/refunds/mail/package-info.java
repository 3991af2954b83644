/** The refund confirmation mail. */
package org.ticketgrid.app.refunds.mail;
