/**
 * Seat inventory as the catalog owns it: created in the grid when an event is published (and again
 * at start for published events), read as seat states for the event page and the live feed.
 */
package org.ticketgrid.app.catalog.inventory;
