/** Seat inventory as the web app sees it: creating it on publish, reading seat states. */
package org.ticketgrid.app.inventory;
