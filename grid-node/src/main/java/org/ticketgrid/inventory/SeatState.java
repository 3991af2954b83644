package org.ticketgrid.inventory;

/** A seat's state as the API names it. {@code RESERVED} means held by an unexpired hold. */
public enum SeatState {
    AVAILABLE,
    RESERVED,
    BOOKED;

    private static final SeatState[] VALUES = values();

    public static SeatState ofCode(byte code) {
        return VALUES[code];
    }

    public byte code() {
        return (byte) ordinal();
    }
}
