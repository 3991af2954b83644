package org.ticketgrid.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The client's record of every successful hold of one run: which seats, under which hold id, from
 * when the store confirmed it until the client started to release it. That window is certainly
 * inside the time the store really held the seats, so two windows on one seat that overlap are a
 * double hold, whatever the store says. Thread-safe.
 */
public final class HoldLedger {

    /** One confirmed hold. {@code releaseNanos} stays {@link Long#MAX_VALUE} while it is live. */
    public static final class Entry {
        final long holdId;
        final long[] seatIds;
        final long ackNanos;
        final HoldRequest request;
        volatile long releaseNanos = Long.MAX_VALUE;

        Entry(long holdId, long[] seatIds, long ackNanos, HoldRequest request) {
            this.holdId = holdId;
            this.seatIds = seatIds;
            this.ackNanos = ackNanos;
            this.request = request;
        }

        public long holdId() {
            return holdId;
        }

        public HoldRequest request() {
            return request;
        }

        public boolean live() {
            return releaseNanos == Long.MAX_VALUE;
        }
    }

    /** A hold whose outcome is unknown (the call failed): its seats are left out of the checks. */
    public record Uncertain(long holdId, long[] seatIds, HoldRequest request) {
    }

    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Uncertain> uncertain = new ConcurrentLinkedQueue<>();

    /** Records a hold the store confirmed at {@code ackNanos} ({@link System#nanoTime()}). */
    public Entry held(long holdId, long[] seatIds, long ackNanos, HoldRequest request) {
        Entry e = new Entry(holdId, seatIds, ackNanos, request);
        entries.add(e);
        return e;
    }

    /** Call just before asking the store to release {@code entry}. */
    public void releasing(Entry entry, long nanos) {
        entry.releaseNanos = nanos;
    }

    public void uncertain(long holdId, long[] seatIds, HoldRequest request) {
        uncertain.add(new Uncertain(holdId, seatIds, request));
    }

    public List<Uncertain> uncertainHolds() {
        return List.copyOf(uncertain);
    }

    public Set<Long> uncertainSeats() {
        Set<Long> seats = new HashSet<>();
        for (Uncertain u : uncertain) {
            for (long s : u.seatIds()) {
                seats.add(s);
            }
        }
        return seats;
    }

    public int size() {
        return entries.size();
    }

    /** The confirmed windows, one per seat per hold, for {@link OversoldChecker#overlaps}. */
    public List<OversoldChecker.Interval> intervals() {
        List<OversoldChecker.Interval> out = new ArrayList<>();
        for (Entry e : entries) {
            for (long seat : e.seatIds) {
                out.add(new OversoldChecker.Interval(seat, e.holdId, e.ackNanos, e.releaseNanos));
            }
        }
        return out;
    }

    /** The holds not yet released. */
    public List<Entry> liveEntries() {
        return entries.stream().filter(Entry::live).toList();
    }

    /** What the store should show now: seat id to hold id of every live hold. */
    public Map<Long, Long> liveSeats() {
        Map<Long, Long> live = new HashMap<>();
        for (Entry e : entries) {
            if (e.live()) {
                for (long seat : e.seatIds) {
                    live.put(seat, e.holdId);
                }
            }
        }
        return live;
    }
}
