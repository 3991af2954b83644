/** Sales of an event for its merchant and for admins: live counts, revenue, sales over time, attendees. */
package org.ticketgrid.app.catalog.sales;
