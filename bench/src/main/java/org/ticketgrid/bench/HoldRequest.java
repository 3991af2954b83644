package org.ticketgrid.bench;

import org.ticketgrid.inventory.SeatId;

/**
 * One buyer's hold attempt: some seats of one section.
 *
 * @param slot      the section's position in its {@link Shape} (0 .. sections - 1)
 * @param sectionId the section's id, unique over every shape
 * @param seats     seat indexes within the section, distinct
 */
public record HoldRequest(int slot, long sectionId, int[] seats) {

    /** The global seat id ({@link SeatId}) of the i-th requested seat. */
    public long seatId(int i) {
        return SeatId.of(sectionId, seats[i]).value();
    }

    public long[] seatIds() {
        long[] ids = new long[seats.length];
        for (int i = 0; i < seats.length; i++) {
            ids[i] = seatId(i);
        }
        return ids;
    }
}
