/** Wires each feature's write-behind map store (and cold-start reload) to its map. */
package org.ticketgrid.grid.persistence;
