/** The order confirmation mail, text and HTML, with the tickets and their codes. */
package org.ticketgrid.app.orders.mail;
