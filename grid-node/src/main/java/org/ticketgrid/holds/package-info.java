/** Hold records as kept in the grid. */
package org.ticketgrid.holds;
