package org.ticketgrid.app.platform;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * A background job on its own daemon thread, run with a fixed delay between rounds. A round that
 * throws is logged and the next round runs as planned: sweepers and checks must never stop for good
 * because of one failure.
 */
public final class PeriodicTask implements AutoCloseable {

    private final ScheduledExecutorService scheduler;

    private PeriodicTask(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts {@code round} every {@code period} (first after one period) on a thread named {@code name}. */
    public static PeriodicTask every(String name, Duration period, Runnable round, Logger log) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        long millis = period.toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                round.run();
            } catch (RuntimeException e) {
                log.warn("{} failed; the next round retries", name, e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        return new PeriodicTask(scheduler);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
