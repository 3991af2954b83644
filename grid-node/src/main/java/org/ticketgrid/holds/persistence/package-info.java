/** Write-behind persistence of holds and hold quotas to PostgreSQL, and their cold-start reload. */
package org.ticketgrid.holds.persistence;
