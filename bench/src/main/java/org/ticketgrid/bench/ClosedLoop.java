package org.ticketgrid.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * N client threads, each sending its next hold as soon as the last one answered: the store's
 * maximum throughput at that concurrency. Each thread keeps its last {@code liveHolds} successful
 * holds and releases the oldest when it has more, so seats recycle and every hold costs a release.
 * Latency here is service time (it hides queueing by design; the open loop shows it). Holds still
 * live at the end stay in the ledger for the checks and are released by the caller.
 */
public final class ClosedLoop {

    /** How a run is bounded: both limits apply, the first reached stops it. */
    public record Limits(int threads, long durationNanos, long maxAttempts, int liveHolds, long holdMillis) {
    }

    private ClosedLoop() {
    }

    public static RunResult run(String scenario, HoldStore store, Shape shape, Limits limits, HoldLedger ledger,
            AtomicLong holdIds, long seed) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + limits.durationNanos();
        AtomicLong budget = new AtomicLong(limits.maxAttempts());
        List<Worker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < limits.threads(); t++) {
            Worker w = new Worker(store, shape, limits, ledger, holdIds, new SplittableRandom(seed + t), deadline,
                    budget);
            workers.add(w);
            threads.add(Thread.ofPlatform().name("closed-" + t).daemon().start(w));
        }
        for (Thread t : threads) {
            t.join(limits.durationNanos() / 1_000_000 + 60_000);
        }
        long end = 0;
        Histogram latency = new Histogram(60_000_000_000L, 3);
        long held = 0;
        long taken = 0;
        long errors = 0;
        for (Worker w : workers) {
            latency.add(w.latency);
            held += w.held;
            taken += w.taken;
            errors += w.errors;
            end = Math.max(end, w.lastAnswer);
        }
        double seconds = Math.max(1, end - start) / 1e9;
        return new RunResult(scenario, "closed " + limits.threads() + " thr", store.name(), 0, held, taken, errors,
                0, seconds, latency);
    }

    private static final class Worker implements Runnable {
        private final HoldStore store;
        private final Shape shape;
        private final Limits limits;
        private final HoldLedger ledger;
        private final AtomicLong holdIds;
        private final SplittableRandom random;
        private final long deadline;
        private final AtomicLong budget;
        private final ArrayDeque<HoldLedger.Entry> live = new ArrayDeque<>();
        final Histogram latency = new Histogram(60_000_000_000L, 3);
        long held;
        long taken;
        long errors;
        long lastAnswer;

        Worker(HoldStore store, Shape shape, Limits limits, HoldLedger ledger, AtomicLong holdIds,
                SplittableRandom random, long deadline, AtomicLong budget) {
            this.store = store;
            this.shape = shape;
            this.limits = limits;
            this.ledger = ledger;
            this.holdIds = holdIds;
            this.random = random;
            this.deadline = deadline;
            this.budget = budget;
        }

        @Override
        public void run() {
            while (System.nanoTime() < deadline && budget.decrementAndGet() >= 0) {
                HoldRequest request = shape.next(random);
                long holdId = holdIds.incrementAndGet();
                long now = System.currentTimeMillis();
                long t0 = System.nanoTime();
                Outcome outcome;
                try {
                    outcome = store.hold(shape, request, holdId, now, now + limits.holdMillis());
                } catch (RuntimeException e) {
                    outcome = Outcome.ERROR;
                    ledger.uncertain(holdId, request.seatIds(), request);
                    Errors.report(store.name(), e);
                }
                long t1 = System.nanoTime();
                lastAnswer = t1;
                latency.recordValue(Math.min(t1 - t0, latency.getHighestTrackableValue()));
                switch (outcome) {
                    case HELD -> {
                        held++;
                        live.addLast(ledger.held(holdId, request.seatIds(), t1, request));
                        if (live.size() > limits.liveHolds()) {
                            release(live.pollFirst());
                        }
                    }
                    case TAKEN -> taken++;
                    case ERROR -> errors++;
                }
            }
        }

        private void release(HoldLedger.Entry entry) {
            ledger.releasing(entry, System.nanoTime());
            try {
                store.release(shape, entry.request(), entry.holdId());
            } catch (RuntimeException e) {
                Errors.report(store.name() + " release", e);
            }
        }
    }
}
