package org.ticketgrid.inventory;

import java.util.Arrays;

/**
 * What an inventory operation on one entry came to. Refusals are results, not exceptions: the
 * caller decides what a taken seat means for the buyer.
 *
 * @param kind    the outcome
 * @param seats   the seat indexes (local to the entry) the outcome is about: the ones taken for
 *                {@link Kind#TAKEN}, the ones chosen for a quantity hold, the ones lost for
 *                {@link Kind#LOST}; otherwise empty
 */
public record HoldOutcome(Kind kind, int[] seats) {

    private static final int[] NONE = new int[0];

    public enum Kind {
        /** Every requested seat is now held by the hold. */
        HELD,
        /** At least one seat is held by someone else or sold; nothing changed. */
        TAKEN,
        /** Not enough free places for a quantity hold; nothing changed. */
        SOLD_OUT,
        /** The entry does not exist (event not published, unknown section or stripe). */
        NO_INVENTORY,
        /** A seat index is outside the entry or repeated; nothing changed. */
        INVALID_SEAT,
        /** The hold's seats are extended until the new time. */
        EXTENDED,
        /** The hold's seats are sold (also when they already were, by this hold). */
        CONFIRMED,
        /** Some seats are no longer this hold's (expired and taken, or released); nothing changed. */
        LOST,
        /** The hold's sold seats are back in the pool (refund). */
        REVOKED
    }

    public static HoldOutcome of(Kind kind) {
        return new HoldOutcome(kind, NONE);
    }

    public static HoldOutcome held() {
        return of(Kind.HELD);
    }

    public static HoldOutcome held(int[] seats) {
        return new HoldOutcome(Kind.HELD, seats);
    }

    public static HoldOutcome taken(int[] seats) {
        return new HoldOutcome(Kind.TAKEN, seats);
    }

    public static HoldOutcome noInventory() {
        return of(Kind.NO_INVENTORY);
    }

    public static HoldOutcome invalidSeat(int seat) {
        return new HoldOutcome(Kind.INVALID_SEAT, new int[] {seat});
    }

    public static HoldOutcome lost(int[] seats) {
        return new HoldOutcome(Kind.LOST, seats);
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
