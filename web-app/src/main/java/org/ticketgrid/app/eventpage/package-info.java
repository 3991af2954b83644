/**
 * The customer's event page: details in the event's time zone, live ticket counts, the seat map
 * drawn server-side as one lean SVG, and holds placed and released through page routes. Grid and
 * catalog work is done by {@code catalog} and {@code holds}; this package only shapes it for
 * people.
 */
package org.ticketgrid.app.eventpage;
