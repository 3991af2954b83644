package org.ticketgrid.inventory;

import java.util.Arrays;

/**
 * The seats of one section of one event and who holds them: the value of an inventory entry.
 *
 * <p>Plain Java, no grid types, so the rules are tested in milliseconds; entry processors are thin
 * adapters around these methods. A hold past its {@code holdUntil} counts as free for every
 * reader at once: correctness never depends on an expiry event being delivered.
 *
 * <p>Arrays, not objects per seat: a 50,000-seat stadium section stays a few hundred kilobytes
 * and one entry-processor call touches no more than it needs.
 */
public final class SectionInventory {

    private static final byte AVAILABLE = SeatState.AVAILABLE.code();
    private static final byte RESERVED = SeatState.RESERVED.code();
    private static final byte BOOKED = SeatState.BOOKED.code();

    private final byte[] states;
    private final long[] holdUntil;
    private final long[] holdIds;

    public SectionInventory(byte[] states, long[] holdUntil, long[] holdIds) {
        if (states.length != holdUntil.length || states.length != holdIds.length) {
            throw new IllegalArgumentException("inventory arrays differ in length");
        }
        this.states = states;
        this.holdUntil = holdUntil;
        this.holdIds = holdIds;
    }

    /** A section whose seats are all available. */
    public static SectionInventory available(int capacity) {
        if (capacity <= 0 || capacity > SeatId.MAX_SEATS_PER_SECTION) {
            throw new IllegalArgumentException("capacity out of range: " + capacity);
        }
        return new SectionInventory(new byte[capacity], new long[capacity], new long[capacity]);
    }

    public int capacity() {
        return states.length;
    }

    /**
     * Holds all of {@code seats} for {@code holdId} until {@code until}, or none of them.
     *
     * @param now the caller's clock, passed in so that the backup replica decides exactly as the
     *            primary did
     */
    public HoldOutcome hold(int[] seats, long holdId, long now, long until) {
        for (int i = 0; i < seats.length; i++) {
            int seat = seats[i];
            if (seat < 0 || seat >= states.length || indexOf(seats, seat, i) >= 0) {
                return HoldOutcome.invalidSeat(seat);
            }
        }
        int[] taken = seats.clone();
        int takenCount = 0;
        for (int seat : seats) {
            if (!isFree(seat, now)) {
                taken[takenCount++] = seat;
            }
        }
        if (takenCount > 0) {
            return HoldOutcome.taken(Arrays.copyOf(taken, takenCount));
        }
        for (int seat : seats) {
            states[seat] = RESERVED;
            holdUntil[seat] = until;
            holdIds[seat] = holdId;
        }
        return HoldOutcome.held();
    }

    /**
     * Holds any {@code quantity} free places (general admission) for {@code holdId}, or none.
     * Places are taken from a rotating start so that concurrent buyers do not all scan from 0.
     *
     * @return {@link HoldOutcome.Kind#HELD} with the chosen indexes, or SOLD_OUT
     */
    public HoldOutcome holdAny(int quantity, long holdId, long now, long until) {
        if (quantity <= 0) {
            return HoldOutcome.invalidSeat(quantity);
        }
        int[] chosen = new int[quantity];
        int found = 0;
        int start = (int) Math.floorMod(holdId, (long) states.length);
        for (int i = 0; i < states.length && found < quantity; i++) {
            int seat = (start + i) % states.length;
            if (isFree(seat, now)) {
                chosen[found++] = seat;
            }
        }
        if (found < quantity) {
            return HoldOutcome.of(HoldOutcome.Kind.SOLD_OUT);
        }
        Arrays.sort(chosen);
        for (int seat : chosen) {
            states[seat] = RESERVED;
            holdUntil[seat] = until;
            holdIds[seat] = holdId;
        }
        return HoldOutcome.held(chosen);
    }

    /**
     * Moves the hold's expiry to {@code until} while its buyer pays. Allowed only while every seat
     * is still this hold's: a hold that lapsed and lost a seat cannot be revived. A lapsed hold whose
     * seats nobody took is still this hold's and is extended.
     */
    public HoldOutcome extend(long holdId, int[] seats, long until) {
        int[] lost = notHeldBy(holdId, seats);
        if (lost.length > 0) {
            return HoldOutcome.lost(lost);
        }
        for (int seat : seats) {
            holdUntil[seat] = Math.max(holdUntil[seat], until);
        }
        return HoldOutcome.of(HoldOutcome.Kind.EXTENDED);
    }

    /**
     * Sells the hold's seats: all or nothing, and only if every seat is still this hold's (held by
     * it, even if its time ran out but nobody took the seat, or already sold to it: confirming twice
     * is harmless). Returns LOST with the seats that belong to someone else now.
     */
    public HoldOutcome confirm(long holdId, int[] seats) {
        int[] lost = notHeldBy(holdId, seats);
        if (lost.length > 0) {
            return HoldOutcome.lost(lost);
        }
        for (int seat : seats) {
            states[seat] = BOOKED;
            holdUntil[seat] = 0;
        }
        return HoldOutcome.of(HoldOutcome.Kind.CONFIRMED);
    }

    /** Puts seats sold to {@code holdId} back in the pool (a refund); others are left alone. */
    public int revoke(long holdId, int[] seats) {
        int revoked = 0;
        for (int seat : seats) {
            if (inRange(seat) && states[seat] == BOOKED && holdIds[seat] == holdId) {
                states[seat] = AVAILABLE;
                holdIds[seat] = 0;
                revoked++;
            }
        }
        return revoked;
    }

    /** Marks a seat sold whatever its state: used when rebuilding from the tickets table. */
    public void markBooked(int seat, long holdId) {
        states[seat] = BOOKED;
        holdUntil[seat] = 0;
        holdIds[seat] = holdId;
    }

    /** True if the seat is held by {@code holdId} or already sold to it. */
    public boolean belongsTo(int seat, long holdId) {
        return inRange(seat) && holdIds[seat] == holdId && (states[seat] == RESERVED || states[seat] == BOOKED);
    }

    private int[] notHeldBy(long holdId, int[] seats) {
        int[] lost = new int[seats.length];
        int count = 0;
        for (int seat : seats) {
            if (!belongsTo(seat, holdId)) {
                lost[count++] = seat;
            }
        }
        return Arrays.copyOf(lost, count);
    }

    private boolean inRange(int seat) {
        return seat >= 0 && seat < states.length;
    }

    /**
     * Frees the seats that {@code holdId} still holds and returns how many it freed. Seats the
     * hold lost (expired and taken by someone else, or sold) are left alone.
     */
    public int release(long holdId, int[] seats) {
        int released = 0;
        for (int seat : seats) {
            if (inRange(seat) && states[seat] == RESERVED && holdIds[seat] == holdId) {
                states[seat] = AVAILABLE;
                holdUntil[seat] = 0;
                holdIds[seat] = 0;
                released++;
            }
        }
        return released;
    }

    public SeatState stateOf(int seat, long now) {
        byte s = states[seat];
        if (s == RESERVED && holdUntil[seat] <= now) {
            return SeatState.AVAILABLE;
        }
        return SeatState.ofCode(s);
    }

    /** The state code of every seat at {@code now}, expired holds counted as available. */
    public byte[] stateCodes(long now) {
        byte[] codes = new byte[states.length];
        for (int seat = 0; seat < states.length; seat++) {
            codes[seat] = stateOf(seat, now).code();
        }
        return codes;
    }

    /** Counts per state at {@code now}: index = {@link SeatState#ordinal()}. */
    public int[] counts(long now) {
        int[] counts = new int[SeatState.values().length];
        for (int seat = 0; seat < states.length; seat++) {
            counts[stateOf(seat, now).ordinal()]++;
        }
        return counts;
    }

    private boolean isFree(int seat, long now) {
        byte s = states[seat];
        return s == AVAILABLE || (s == RESERVED && holdUntil[seat] <= now);
    }

    private static int indexOf(int[] seats, int seat, int before) {
        for (int i = 0; i < before; i++) {
            if (seats[i] == seat) {
                return i;
            }
        }
        return -1;
    }

    /** Serialization access, kept out of the public API of the domain type. */
    public static final class Raw {
        private Raw() {
        }

        public static byte[] states(SectionInventory inv) {
            return inv.states;
        }

        public static long[] holdUntil(SectionInventory inv) {
            return inv.holdUntil;
        }

        public static long[] holdIds(SectionInventory inv) {
            return inv.holdIds;
        }
    }
}
