/**
 * The event page's model: details in the event's time zone, live ticket counts, the seat map drawn
 * server-side as one lean SVG. Read-only views of the catalog and its inventory, shaped for people;
 * used by the event page, the hold form and the checkout step.
 */
package org.ticketgrid.app.catalog.eventpage;
