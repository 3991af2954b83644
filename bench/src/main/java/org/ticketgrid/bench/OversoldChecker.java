package org.ticketgrid.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Proves "no seat held twice at once" for one run, from two sides: the client's confirmed windows
 * must not overlap on any seat, and the store's view of who holds what must agree with the client's.
 */
public final class OversoldChecker {

    private OversoldChecker() {
    }

    /**
     * A window in which {@code holdId} certainly held {@code seatId}: from the store's confirmation
     * to the start of the release ({@link Long#MAX_VALUE} while live). Times are nanoTime values.
     */
    public record Interval(long seatId, long holdId, long from, long to) {
    }

    /** Two holds that both held one seat at the same moment. */
    public record Overlap(long seatId, long firstHoldId, long secondHoldId) {
    }

    /** Every pair of windows on one seat that overlap. Empty means no seat was held twice. */
    public static List<Overlap> overlaps(Collection<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingLong(Interval::seatId).thenComparingLong(Interval::from));
        List<Overlap> found = new ArrayList<>();
        Interval open = null; // the window on the current seat that reaches furthest
        for (Interval i : sorted) {
            if (open != null && open.seatId() == i.seatId()) {
                if (i.from() < open.to()) {
                    found.add(new Overlap(i.seatId(), open.holdId(), i.holdId()));
                }
                if (i.to() > open.to()) {
                    open = i;
                }
            } else {
                open = i;
            }
        }
        return found;
    }

    /** A seat where the store and the client disagree; a null hold id means "free". */
    public record Mismatch(long seatId, Long clientHoldId, Long storeHoldId) {
    }

    /**
     * Seats whose holder differs between the client's ledger and the store, ignoring seats whose
     * outcome the client could not know (a failed call).
     */
    public static List<Mismatch> disagreements(Map<Long, Long> client, Map<Long, Long> store, Set<Long> ignore) {
        Set<Long> seats = new TreeSet<>(client.keySet());
        seats.addAll(store.keySet());
        List<Mismatch> out = new ArrayList<>();
        for (Long seat : seats) {
            if (ignore.contains(seat)) {
                continue;
            }
            Long mine = client.get(seat);
            Long theirs = store.get(seat);
            if (!Objects.equals(mine, theirs)) {
                out.add(new Mismatch(seat, mine, theirs));
            }
        }
        return out;
    }
}
