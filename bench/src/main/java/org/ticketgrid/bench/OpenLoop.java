package org.ticketgrid.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Requests arrive at a fixed rate whatever the store does, each on its own virtual thread, and
 * latency is recorded from the request's intended start ({@link ArrivalSchedule}), so a store that
 * falls behind shows its queueing delay instead of hiding it (coordinated omission).
 *
 * <p>Bounded three ways: the arrival count, the duration, and at most {@code maxInFlight} requests
 * outstanding. If the store cannot keep up, arrivals wait for a slot (their wait counts as
 * latency); arrivals still unsent at the hard stop ({@code duration + grace}) are "missed" and
 * recorded with their wait so far, a lower bound.
 */
public final class OpenLoop {

    /**
     * One request: do the hold, report its outcome through {@code done} the moment it is known
     * (that stops its clock), then do any follow-up such as a later release. Returns when the whole
     * request is finished: a blocking task returns {@code null} once done; a non-blocking task
     * returns a stage that completes then.
     */
    @FunctionalInterface
    public interface Task {
        CompletionStage<?> run(long intendedNanos, Consumer<Outcome> done) throws Exception;
    }

    public record Limits(double rate, long durationNanos, long maxCount, int maxInFlight, long graceNanos,
            long drainNanos) {
    }

    private OpenLoop() {
    }

    public static RunResult run(String scenario, String store, Limits limits, Task task)
            throws InterruptedException {
        Recorder recorder = new Recorder(60_000_000_000L, 3);
        AtomicLong held = new AtomicLong();
        AtomicLong taken = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();
        Semaphore slots = new Semaphore(limits.maxInFlight());
        long start = System.nanoTime() + 1_000_000;
        ArrivalSchedule schedule = new ArrivalSchedule(start, limits.rate());
        long end = start + limits.durationNanos();
        long hardStop = end + limits.graceNanos();
        long total = Math.min(limits.maxCount(), schedule.countWithin(limits.durationNanos()));
        long missed = 0;
        for (long i = 0; i < total; i++) {
            long intended = schedule.intendedStart(i);
            long wait = intended - System.nanoTime();
            if (wait > 20_000) {
                LockSupport.parkNanos(wait - 10_000);
            }
            long remaining = hardStop - System.nanoTime();
            if (remaining <= 0 || !slots.tryAcquire(remaining, TimeUnit.NANOSECONDS)) {
                // The store fell so far behind that the rest cannot be sent in time.
                long now = System.nanoTime();
                for (long j = i; j < total; j++) {
                    recorder.recordValue(Math.max(0, Math.min(now - schedule.intendedStart(j), 59_000_000_000L)));
                }
                missed = total - i;
                break;
            }
            Consumer<Outcome> done = new Consumer<>() {
                private final AtomicBoolean reported = new AtomicBoolean();

                @Override
                public void accept(Outcome outcome) {
                    if (!reported.compareAndSet(false, true)) {
                        return;
                    }
                    long now = System.nanoTime();
                    recorder.recordValue(Math.min(now - intended, 59_000_000_000L));
                    lastAnswer.accumulateAndGet(now, Math::max);
                    switch (outcome) {
                        case HELD -> held.incrementAndGet();
                        case TAKEN -> taken.incrementAndGet();
                        case ERROR -> errors.incrementAndGet();
                    }
                }
            };
            Thread.ofVirtual().start(() -> {
                try {
                    CompletionStage<?> stage = task.run(intended, done);
                    if (stage != null) {
                        stage.toCompletableFuture().join();
                    }
                } catch (Exception e) {
                    Errors.report(store, e);
                    done.accept(Outcome.ERROR);
                } finally {
                    slots.release();
                }
            });
        }
        // Drain: wait for what is in flight, bounded.
        if (!slots.tryAcquire(limits.maxInFlight(), limits.drainNanos(), TimeUnit.NANOSECONDS)) {
            System.err.println("[bench] " + store + ": " + (limits.maxInFlight() - slots.availablePermits())
                    + " requests still in flight after the drain timeout");
        } else {
            slots.release(limits.maxInFlight());
        }
        Histogram latency = recorder.getIntervalHistogram();
        long last = Math.max(lastAnswer.get(), end);
        double seconds = (last - start) / 1e9;
        String mode = "open " + Math.round(limits.rate()) + "/s";
        return new RunResult(scenario, mode, store, limits.rate(), held.get(), taken.get(), errors.get(), missed,
                seconds, latency);
    }
}
