/** Seat inventory rules in plain Java: sections, seat states, hold outcomes. */
package org.ticketgrid.inventory;
