package org.ticketgrid.inventory;

/**
 * How a section's places are split over inventory entries: blocks of {@value #SIZE} consecutive
 * seat indexes, so place {@code i} lives in stripe {@code i >> }{@value #BITS}. Almost every seated
 * section fits one stripe; a 20,000-place general-admission floor becomes 20 entries on as many
 * partitions instead of one hot key. Pure arithmetic: no lookup is needed to route a seat.
 */
public final class Stripes {

    public static final int BITS = 10;
    public static final int SIZE = 1 << BITS;

    private Stripes() {
    }

    public static int count(int capacity) {
        if (capacity <= 0 || capacity > SeatId.MAX_SEATS_PER_SECTION) {
            throw new IllegalArgumentException("capacity out of range: " + capacity);
        }
        return (capacity + SIZE - 1) >> BITS;
    }

    public static int stripeOf(int index) {
        return index >> BITS;
    }

    public static int localIndex(int index) {
        return index & (SIZE - 1);
    }

    public static int globalIndex(int stripe, int localIndex) {
        return (stripe << BITS) | localIndex;
    }

    /** Places in one stripe of a section of {@code capacity} places. */
    public static int capacityOf(int capacity, int stripe) {
        return Math.min(SIZE, capacity - (stripe << BITS));
    }
}
