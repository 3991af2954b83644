package org.ticketgrid.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the oversold checks after every run and keeps the tally: overlapping confirmed windows
 * (a seat held twice at once) and disagreements between the client's ledger and the store.
 */
final class Checks {

    private final AtomicLong overlaps = new AtomicLong();
    private final AtomicLong mismatches = new AtomicLong();
    private final AtomicLong holdsChecked = new AtomicLong();
    private final AtomicLong uncertain = new AtomicLong();

    /** The client's windows must not overlap on any seat. */
    void windows(String what, HoldLedger ledger) {
        List<OversoldChecker.Overlap> found = OversoldChecker.overlaps(ledger.intervals());
        holdsChecked.addAndGet(ledger.size());
        uncertain.addAndGet(ledger.uncertainHolds().size());
        overlaps.addAndGet(found.size());
        found.stream().limit(5).forEach(o -> System.err.println("[bench] OVERSOLD " + what + ": seat " + o.seatId()
                + " held by " + o.firstHoldId() + " and " + o.secondHoldId() + " at once"));
    }

    /** The store must show exactly the ledger's live holds. */
    void agreement(String what, Map<Long, Long> client, Map<Long, Long> store, HoldLedger ledger) {
        List<OversoldChecker.Mismatch> found = OversoldChecker.disagreements(client, store, ledger.uncertainSeats());
        mismatches.addAndGet(found.size());
        found.stream().limit(5).forEach(m -> System.err.println("[bench] MISMATCH " + what + ": seat " + m.seatId()
                + " client says " + m.clientHoldId() + ", store says " + m.storeHoldId()));
    }

    /** The store could not be read back: nothing is proven for this run, which counts as a failure. */
    void unverified(String what, Exception e) {
        mismatches.incrementAndGet();
        System.err.println("[bench] CHECK FAILED " + what + ": could not read the store back: " + e);
    }

    long overlaps() {
        return overlaps.get();
    }

    long mismatches() {
        return mismatches.get();
    }

    long holdsChecked() {
        return holdsChecked.get();
    }

    long uncertain() {
        return uncertain.get();
    }

    boolean clean() {
        return overlaps.get() == 0 && mismatches.get() == 0;
    }
}
