package org.ticketgrid.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Requests arrive at a fixed rate whatever the store does, and latency is recorded from each
 * request's intended start ({@link ArrivalSchedule}), so a store that falls behind shows its
 * queueing delay instead of hiding it (coordinated omission).
 *
 * <p>Two ways to send: {@code workers > 0} platform threads that claim the arrivals in turn and
 * wait for each one's intended start (like wrk2; cheap, and at most {@code workers} requests
 * outstanding: if they are all busy, the next arrivals start late and that lateness is latency);
 * or {@code workers == 0}, one virtual thread per arrival, at most {@code maxInFlight} outstanding.
 *
 * <p>Bounded by the arrival count and the duration; arrivals not started by the hard stop
 * ({@code duration + grace}) are "missed" and recorded with their wait so far, a lower bound.
 * A request's follow-up (a release) runs {@code followUpMillis} after it, off the clock.
 */
public final class OpenLoop {

    /** What one request came to, and what to do later (null: nothing). */
    public record Result(Outcome outcome, Runnable followUp) {
        public static Result of(Outcome outcome) {
            return new Result(outcome, null);
        }
    }

    /** One request: the timed part only; it returns as soon as the store answered. */
    @FunctionalInterface
    public interface Task {
        Result run(long intendedNanos) throws Exception;
    }

    public record Limits(double rate, long durationNanos, long maxCount, int workers, int maxInFlight,
            long graceNanos, long drainNanos, long followUpMillis) {
    }

    private static final long MAX_LATENCY = 59_000_000_000L;

    private final String store;
    private final Limits limits;
    private final Task task;
    private final Recorder recorder = new Recorder(60_000_000_000L, 3);
    private final AtomicLong held = new AtomicLong();
    private final AtomicLong taken = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong missed = new AtomicLong();
    private final AtomicLong lastAnswer = new AtomicLong();
    private final ArrivalSchedule schedule;
    private final long start;
    private final long end;
    private final long hardStop;
    private final long total;

    private OpenLoop(String store, Limits limits, Task task) {
        this.store = store;
        this.limits = limits;
        this.task = task;
        this.start = System.nanoTime() + 2_000_000;
        this.schedule = new ArrivalSchedule(start, limits.rate());
        this.end = start + limits.durationNanos();
        this.hardStop = end + limits.graceNanos();
        this.total = Math.min(limits.maxCount(), schedule.countWithin(limits.durationNanos()));
    }

    public static RunResult run(String scenario, String store, Limits limits, Task task)
            throws InterruptedException {
        OpenLoop loop = new OpenLoop(store, limits, task);
        if (limits.workers() > 0) {
            loop.withWorkers();
        } else {
            loop.withVirtualThreads();
        }
        Histogram latency = loop.recorder.getIntervalHistogram();
        long last = Math.max(loop.lastAnswer.get(), loop.end);
        String mode = "open " + Math.round(limits.rate()) + "/s";
        return new RunResult(scenario, mode, store, limits.rate(), loop.held.get(), loop.taken.get(),
                loop.errors.get(), loop.missed.get(), (last - loop.start) / 1e9, latency);
    }

    /** Runs one arrival on the calling thread and records it; returns its follow-up, if any. */
    private Runnable execute(long intended) {
        Result result;
        try {
            result = task.run(intended);
        } catch (Exception e) {
            Errors.report(store, e);
            result = Result.of(Outcome.ERROR);
        }
        long now = System.nanoTime();
        recorder.recordValue(Math.min(now - intended, MAX_LATENCY));
        lastAnswer.accumulateAndGet(now, Math::max);
        switch (result.outcome()) {
            case HELD -> held.incrementAndGet();
            case TAKEN -> taken.incrementAndGet();
            case ERROR -> errors.incrementAndGet();
        }
        return result.followUp();
    }

    private void miss(long intended) {
        missed.incrementAndGet();
        recorder.recordValue(Math.max(0, Math.min(System.nanoTime() - intended, MAX_LATENCY)));
    }

    // ------------------------------------------------------------------ platform workers

    private record Due(long atNanos, Runnable action) {
    }

    private void withWorkers() throws InterruptedException {
        AtomicLong next = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < limits.workers(); w++) {
            threads.add(Thread.ofPlatform().name("open-" + w).daemon().start(() -> work(next)));
        }
        long joinBy = System.currentTimeMillis() + (hardStop - System.nanoTime()) / 1_000_000
                + limits.drainNanos() / 1_000_000 + limits.followUpMillis();
        for (Thread t : threads) {
            t.join(Math.max(1, joinBy - System.currentTimeMillis()));
            if (t.isAlive()) {
                System.err.println("[bench] " + store + ": a worker is still busy after the drain timeout");
            }
        }
    }

    private void work(AtomicLong next) {
        ArrayDeque<Due> later = new ArrayDeque<>();
        long delay = TimeUnit.MILLISECONDS.toNanos(limits.followUpMillis());
        for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
            long intended = schedule.intendedStart(i);
            waitUntil(intended, later);
            if (System.nanoTime() > hardStop) {
                miss(intended);
                continue;
            }
            Runnable followUp = execute(intended);
            if (followUp != null) {
                later.addLast(new Due(System.nanoTime() + delay, followUp));
            }
        }
        long drainBy = System.nanoTime() + limits.drainNanos();
        while (!later.isEmpty() && System.nanoTime() < drainBy) {
            waitUntil(later.peekFirst().atNanos(), later);
            runDue(later);
        }
    }

    /** Parks until {@code when}, doing the follow-ups that fall due meanwhile. */
    private static void waitUntil(long when, ArrayDeque<Due> later) {
        while (true) {
            runDue(later);
            long now = System.nanoTime();
            if (now >= when) {
                return;
            }
            long until = later.isEmpty() ? when : Math.min(when, later.peekFirst().atNanos());
            if (until - now > 20_000) {
                LockSupport.parkNanos(until - now - 10_000);
            } else if (until > now) {
                Thread.onSpinWait();
            }
        }
    }

    private static void runDue(ArrayDeque<Due> later) {
        while (!later.isEmpty() && later.peekFirst().atNanos() <= System.nanoTime()) {
            try {
                later.pollFirst().action().run();
            } catch (RuntimeException e) {
                Errors.report("follow-up", e);
            }
        }
    }

    // ------------------------------------------------------------------ virtual threads

    private void withVirtualThreads() throws InterruptedException {
        Semaphore slots = new Semaphore(limits.maxInFlight());
        for (long i = 0; i < total; i++) {
            long intended = schedule.intendedStart(i);
            long wait = intended - System.nanoTime();
            if (wait > 20_000) {
                LockSupport.parkNanos(wait - 10_000);
            }
            long remaining = hardStop - System.nanoTime();
            if (remaining <= 0 || !slots.tryAcquire(remaining, TimeUnit.NANOSECONDS)) {
                // The store fell so far behind that the rest cannot be sent in time.
                for (long j = i; j < total; j++) {
                    miss(schedule.intendedStart(j));
                }
                break;
            }
            Thread.ofVirtual().start(() -> {
                try {
                    Runnable followUp = execute(intended);
                    if (followUp != null) {
                        Thread.sleep(limits.followUpMillis());
                        followUp.run();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    Errors.report("follow-up", e);
                } finally {
                    slots.release();
                }
            });
        }
        if (!slots.tryAcquire(limits.maxInFlight(), limits.drainNanos(), TimeUnit.NANOSECONDS)) {
            System.err.println("[bench] " + store + ": " + (limits.maxInFlight() - slots.availablePermits())
                    + " requests still in flight after the drain timeout");
        }
    }
}
