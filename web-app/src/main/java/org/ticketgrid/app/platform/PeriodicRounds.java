package org.ticketgrid.app.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.springframework.context.SmartLifecycle;

/**
 * A component that runs {@link #round()} every {@code period} on a thread of its own while the
 * application runs (started and stopped with the Spring context), if it is enabled here and the
 * period is positive (0 turns the rounds off; tests then call the round's method themselves). A
 * round that throws is logged and the next one retries ({@link PeriodicTask}).
 */
public abstract class PeriodicRounds implements SmartLifecycle {

    private final String name;
    private final Duration period;
    private final boolean enabled;
    private final Logger log;
    private PeriodicTask task;

    protected PeriodicRounds(String name, Duration period, boolean enabled, Logger log) {
        this.name = name;
        this.period = period;
        this.enabled = enabled;
        this.log = log;
    }

    /** One round of the work. */
    protected abstract void round();

    @Override
    public synchronized void start() {
        if (enabled && period.isPositive() && task == null) {
            task = PeriodicTask.every(name, period, this::round, log);
        }
    }

    @Override
    public synchronized void stop() {
        if (task != null) {
            task.close();
            task = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return task != null;
    }
}
