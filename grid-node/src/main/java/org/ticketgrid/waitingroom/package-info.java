/**
 * The virtual waiting room in the grid: one queue entry per event (its number counter, how many
 * places were served, the pre-queue draw, sold-out flag and the admission lease), one ticket entry
 * per place, and one place entry per (event, account). Plain Java rules here; entry processors in
 * {@code ep}, Compact serializers in {@code serialization}, write-behind stores in {@code persistence}.
 */
package org.ticketgrid.waitingroom;
