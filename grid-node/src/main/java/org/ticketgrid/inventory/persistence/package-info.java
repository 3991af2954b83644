/** Write-behind persistence of seat inventory to PostgreSQL, and its cold-start reload. */
package org.ticketgrid.inventory.persistence;
