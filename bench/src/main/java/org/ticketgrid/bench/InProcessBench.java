package org.ticketgrid.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-process comparison: every store, every scenario, closed loop then each open-loop rate,
 * repeated; within one repetition the stores take turns (in a rotated order), so a noisy moment
 * on the shared machine hurts all of them rather than one.
 */
final class InProcessBench {

    private final Options options;
    private final List<HoldStore> stores;
    private final List<Shape> shapes;
    private final Checks checks;
    private final AtomicLong holdIds = new AtomicLong(1_000_000);
    private final HoldStore calibration = new NoStore();

    InProcessBench(Options options, List<HoldStore> stores, List<Shape> shapes, Checks checks) {
        this.options = options;
        this.stores = stores;
        this.shapes = shapes;
        this.checks = checks;
    }

    List<RunResult> run() throws Exception {
        for (HoldStore store : stores) {
            for (Shape shape : shapes) {
                store.prepare(shape);
            }
        }
        log("warm-up: %.0f s per store and scenario, closed loop (not reported)", options.warmupSeconds());
        for (Shape shape : shapes) {
            for (HoldStore store : stores) {
                closed(store, shape, options.threads().get(0), options.warmupSeconds(), 0);
            }
        }
        List<RunResult> results = new ArrayList<>();
        for (int rep = 1; rep <= options.reps(); rep++) {
            List<HoldStore> order = rotated(stores, rep - 1);
            for (Shape shape : shapes) {
                for (int threads : options.threads()) {
                    for (HoldStore store : order) {
                        results.add(report(rep, closed(store, shape, threads, options.seconds(), rep)));
                    }
                }
                for (double rate : options.openRates()) {
                    if (shape == shapes.get(0)) {
                        results.add(report(rep, open(calibration, shape, rate, rep)));
                    }
                    for (HoldStore store : order) {
                        results.add(report(rep, open(store, shape, rate, rep)));
                    }
                }
            }
        }
        for (HoldStore store : stores) {
            for (Shape shape : shapes) {
                store.dispose(shape);
            }
        }
        return results;
    }

    private RunResult closed(HoldStore store, Shape shape, int threads, double seconds, int rep)
            throws Exception {
        HoldLedger ledger = new HoldLedger();
        RunResult r = ClosedLoop.run(shape.name(), store, shape,
                new ClosedLoop.Limits(threads, options.nanos(seconds), 50_000_000L, options.liveHolds(),
                        300_000),
                ledger, holdIds, options.seed() * 1000 + rep);
        check(store, shape, ledger, r.mode());
        return r;
    }

    private RunResult open(HoldStore store, Shape shape, double rate, int rep) throws Exception {
        HoldLedger ledger = new HoldLedger();
        AtomicLong streams = new AtomicLong(options.seed() * 1_000_000_000L + rep * 10_000_000L);
        long lifetime = options.lifetimeMillis();
        OpenLoop.Limits limits = new OpenLoop.Limits(rate, options.nanos(options.seconds()),
                (long) (rate * options.seconds()) + 1, options.openWorkers(), options.maxInFlight(),
                options.nanos(Math.min(5, options.seconds())),
                options.nanos(30), lifetime);
        RunResult r = OpenLoop.run(shape.name(), store.name(), limits, intended -> {
            HoldRequest request = shape.next(new SplittableRandom(streams.incrementAndGet()));
            long holdId = holdIds.incrementAndGet();
            long now = System.currentTimeMillis();
            Outcome outcome;
            try {
                outcome = store.hold(shape, request, holdId, now, now + 300_000);
            } catch (RuntimeException e) {
                ledger.uncertain(holdId, request.seatIds(), request);
                throw e;
            }
            if (outcome != Outcome.HELD) {
                return OpenLoop.Result.of(outcome);
            }
            HoldLedger.Entry entry = ledger.held(holdId, request.seatIds(), System.nanoTime(), request);
            return new OpenLoop.Result(outcome, () -> {
                ledger.releasing(entry, System.nanoTime());
                store.release(shape, request, holdId);
            });
        });
        check(store, shape, ledger, r.mode());
        return r;
    }

    /**
     * Windows, then agreement with live holds, then release everything and agree on "all free". A
     * store that cannot be read fails the check loudly (exit status 3) but the run goes on.
     */
    private void check(HoldStore store, Shape shape, HoldLedger ledger, String mode) {
        String what = store.name() + " " + shape.name() + " " + mode;
        try {
            verify(store, shape, ledger, what);
        } catch (Exception e) {
            checks.unverified(what, e);
        }
    }

    private void verify(HoldStore store, Shape shape, HoldLedger ledger, String what) throws Exception {
        checks.windows(what, ledger);
        checks.agreement(what, ledger.liveSeats(), store.liveHolders(shape, System.currentTimeMillis()), ledger);
        for (HoldLedger.Entry e : ledger.liveEntries()) {
            ledger.releasing(e, System.nanoTime());
            store.release(shape, e.request(), e.holdId());
        }
        for (HoldLedger.Uncertain u : ledger.uncertainHolds()) {
            store.release(shape, u.request(), u.holdId());
        }
        checks.agreement(what + " after release", Map.of(), store.liveHolders(shape, System.currentTimeMillis()),
                new HoldLedger());
    }

    private static RunResult report(int rep, RunResult r) {
        log("rep %d  %-11s %-14s %-8s %,9.0f holds/s  taken %3.0f%%  p50 %s  p99 %s  p99.9 %s ms%s", rep,
                r.scenario(), r.mode(), r.store(), r.throughput(), 100 * r.takenShare(), ResultTable.ms(r.millisAt(50)),
                ResultTable.ms(r.millisAt(99)), ResultTable.ms(r.millisAt(99.9)),
                (r.errors() > 0 ? "  errors " + r.errors() : "") + (r.keptUp() ? "" : "  (did not keep up)"));
        return r;
    }

    static <T> List<T> rotated(List<T> list, int by) {
        List<T> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(list.get((i + by) % list.size()));
        }
        return out;
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
