package org.ticketgrid.holds.quota;

import java.util.Arrays;

/**
 * The seats one account has on hold or has bought at one event: the value of a quota entry.
 *
 * <p>One line per hold: its id, how many seats it covers and until when it counts. A hold that
 * ran out stops counting at its {@code until} without any process running (lazy expiry by
 * timestamp, exactly as the inventory frees its seats); a confirmed hold counts for good
 * ({@link #FOREVER}), because a real box office limits what one buyer gets, not only what one
 * buyer holds at a time. Plain Java and immutable: the entry processors are thin adapters.
 */
public final class HoldQuota {

    /** The {@code until} of a confirmed (bought) hold: it never stops counting. */
    public static final long FOREVER = Long.MAX_VALUE;

    private static final HoldQuota EMPTY = new HoldQuota(new long[0], new int[0], new long[0]);

    private final long[] holdIds;
    private final int[] seats;
    private final long[] until;

    public HoldQuota(long[] holdIds, int[] seats, long[] until) {
        if (holdIds.length != seats.length || holdIds.length != until.length) {
            throw new IllegalArgumentException("quota arrays differ in length");
        }
        this.holdIds = holdIds;
        this.seats = seats;
        this.until = until;
    }

    public static HoldQuota empty() {
        return EMPTY;
    }

    /** What a reservation came to. */
    public record Decision(boolean granted, int used, HoldQuota next) {
    }

    /**
     * Counts {@code count} more seats for {@code holdId} until {@code holdUntil} if the account then
     * has at most {@code limit} seats in live holds and purchases; otherwise changes nothing. Asking
     * again for a hold already counted grants it again without counting it twice (a retried call),
     * and moves its end to {@code holdUntil} if that is later (never earlier).
     *
     * @param now the caller's clock, so that the backup replica decides exactly as the primary did
     * @return the decision, the seats in use (after it, if granted) and the quota to store
     */
    public Decision reserve(long holdId, int count, int limit, long now, long holdUntil) {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        HoldQuota live = withoutExpired(now);
        if (live.indexOf(holdId) >= 0) {
            // Already counted (a retried call, or a booking re-counting its hold): keep it counting
            // until holdUntil if that is later, so a booking needs one call, not a reserve and an extend.
            HoldQuota extended = live.withUntil(holdId, holdUntil);
            return new Decision(true, extended.used(now), extended);
        }
        int used = live.used(now);
        if (used + count > limit) {
            return new Decision(false, used, live);
        }
        int n = live.holdIds.length;
        long[] ids = Arrays.copyOf(live.holdIds, n + 1);
        int[] counts = Arrays.copyOf(live.seats, n + 1);
        long[] untils = Arrays.copyOf(live.until, n + 1);
        ids[n] = holdId;
        counts[n] = count;
        untils[n] = holdUntil;
        return new Decision(true, used + count, new HoldQuota(ids, counts, untils));
    }

    /**
     * Stops counting a hold that was released or ran out; unknown ids are ignored, and so is a hold
     * that was bought (a late release of a sold hold must not give its buyer room for more).
     */
    public HoldQuota release(long holdId) {
        int i = indexOf(holdId);
        return i < 0 || until[i] == FOREVER ? this : without(i);
    }

    /** Stops counting a hold whatever it was, a bought one included (its purchase was refunded). */
    public HoldQuota refund(long holdId) {
        int i = indexOf(holdId);
        return i < 0 ? this : without(i);
    }

    /** The hold counts until {@code newUntil} (its buyer is paying); never shortens it. */
    public HoldQuota extend(long holdId, long newUntil) {
        return withUntil(holdId, newUntil);
    }

    /** The hold was bought: its seats count for good. */
    public HoldQuota confirm(long holdId) {
        return withUntil(holdId, FOREVER);
    }

    /** Seats in holds still live at {@code now}, plus seats bought. */
    public int used(long now) {
        int used = 0;
        for (int i = 0; i < holdIds.length; i++) {
            if (until[i] > now) {
                used += seats[i];
            }
        }
        return used;
    }

    public boolean contains(long holdId) {
        return indexOf(holdId) >= 0;
    }

    public boolean isEmpty() {
        return holdIds.length == 0;
    }

    /** True if something bought is counted: the entry must then never expire. */
    public boolean hasPurchases() {
        for (long u : until) {
            if (u == FOREVER) {
                return true;
            }
        }
        return false;
    }

    /** The latest moment any hold here counts until (0 when empty). */
    public long latestUntil() {
        long latest = 0;
        for (long u : until) {
            latest = Math.max(latest, u);
        }
        return latest;
    }

    /** This quota without the holds that ran out by {@code now}; the same object if none did. */
    public HoldQuota withoutExpired(long now) {
        HoldQuota result = this;
        for (int i = holdIds.length - 1; i >= 0; i--) {
            if (until[i] <= now) {
                result = result.without(i);
            }
        }
        return result;
    }

    private HoldQuota withUntil(long holdId, long newUntil) {
        int i = indexOf(holdId);
        if (i < 0 || until[i] >= newUntil) {
            return this;
        }
        long[] untils = until.clone();
        untils[i] = newUntil;
        return new HoldQuota(holdIds, seats, untils);
    }

    private HoldQuota without(int index) {
        int n = holdIds.length;
        long[] ids = new long[n - 1];
        int[] counts = new int[n - 1];
        long[] untils = new long[n - 1];
        for (int i = 0, j = 0; i < n; i++) {
            if (i != index) {
                ids[j] = holdIds[i];
                counts[j] = seats[i];
                untils[j] = until[i];
                j++;
            }
        }
        return new HoldQuota(ids, counts, untils);
    }

    private int indexOf(long holdId) {
        for (int i = 0; i < holdIds.length; i++) {
            if (holdIds[i] == holdId) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HoldQuota q && Arrays.equals(holdIds, q.holdIds) && Arrays.equals(seats, q.seats)
                && Arrays.equals(until, q.until);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(holdIds);
    }

    @Override
    public String toString() {
        return "HoldQuota" + Arrays.toString(holdIds) + Arrays.toString(seats);
    }

    /** Serialization access, kept out of the domain API. */
    public static final class Raw {
        private Raw() {
        }

        public static long[] holdIds(HoldQuota q) {
            return q.holdIds;
        }

        public static int[] seats(HoldQuota q) {
            return q.seats;
        }

        public static long[] until(HoldQuota q) {
            return q.until;
        }
    }
}
