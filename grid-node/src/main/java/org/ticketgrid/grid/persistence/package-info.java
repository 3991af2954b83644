/** Write-behind persistence of the grid's inventory and holds to PostgreSQL, and the cold-start reload. */
package org.ticketgrid.grid.persistence;
