package org.ticketgrid.inventory;

/**
 * A seat's id: its section id in the high bits and its index within the section in the low
 * {@value #INDEX_BITS} bits. The grid routes a seat to the inventory entry of its section with no
 * lookup, which keeps a hold to one entry-processor call per section.
 */
public record SeatId(long value) {

    public static final int INDEX_BITS = 20;
    public static final int MAX_SEATS_PER_SECTION = 1 << INDEX_BITS;
    private static final long INDEX_MASK = MAX_SEATS_PER_SECTION - 1;

    public SeatId {
        if (value <= 0) {
            throw new IllegalArgumentException("seat id must be positive: " + value);
        }
    }

    public static SeatId of(long sectionId, int index) {
        if (sectionId <= 0 || index < 0 || index >= MAX_SEATS_PER_SECTION) {
            throw new IllegalArgumentException("bad section " + sectionId + " or index " + index);
        }
        return new SeatId((sectionId << INDEX_BITS) | index);
    }

    public long sectionId() {
        return value >>> INDEX_BITS;
    }

    public int index() {
        return (int) (value & INDEX_MASK);
    }

    /** The inventory entry that owns this seat. */
    public SectionKey key(String eventId) {
        return new SectionKey(eventId, sectionId(), Stripes.stripeOf(index()));
    }

    /** This seat's index within its inventory entry. */
    public int localIndex() {
        return Stripes.localIndex(index());
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
