package org.ticketgrid.inventory;

import java.util.Arrays;

/**
 * What a hold attempt on one section came to. Refusals are results, not exceptions: the caller
 * decides what a taken seat means for the buyer.
 *
 * @param kind    the outcome
 * @param seats   for {@link Kind#TAKEN} the seat indexes that were not free; otherwise empty
 */
public record HoldOutcome(Kind kind, int[] seats) {

    private static final int[] NONE = new int[0];

    public enum Kind {
        /** Every requested seat is now held by the hold. */
        HELD,
        /** At least one seat is held by someone else or sold; nothing changed. */
        TAKEN,
        /** The section has no inventory for this event (not published, or unknown section). */
        NO_INVENTORY,
        /** A seat index is outside the section or repeated; nothing changed. */
        INVALID_SEAT
    }

    public static HoldOutcome held() {
        return new HoldOutcome(Kind.HELD, NONE);
    }

    public static HoldOutcome taken(int[] seats) {
        return new HoldOutcome(Kind.TAKEN, seats);
    }

    public static HoldOutcome noInventory() {
        return new HoldOutcome(Kind.NO_INVENTORY, NONE);
    }

    public static HoldOutcome invalidSeat(int seat) {
        return new HoldOutcome(Kind.INVALID_SEAT, new int[] {seat});
    }

    public boolean isHeld() {
        return kind == Kind.HELD;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HoldOutcome other && kind == other.kind && Arrays.equals(seats, other.seats);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Arrays.hashCode(seats);
    }

    @Override
    public String toString() {
        return kind + Arrays.toString(seats);
    }
}
