/** Five-minute seat holds: placing, reading and releasing them through the grid. */
package org.ticketgrid.app.holds;
