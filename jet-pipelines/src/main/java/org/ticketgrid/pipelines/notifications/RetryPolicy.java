package org.ticketgrid.pipelines.notifications;

import java.io.Serializable;
import java.time.Duration;

/**
 * How long to wait before trying a mail again: exponential backoff from {@code firstDelay},
 * doubling up to {@code maxDelay}, for at most {@code maxAttempts} attempts; then the mail goes to
 * the dead-letter table. The defaults ride out an SMTP server that is down for about ten minutes.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) implements Serializable {

    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), 15);

    public RetryPolicy {
        if (maxAttempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("a retry policy needs attempts >= 1 and 0 <= firstDelay <= maxDelay");
        }
    }

    /** The wait after failed attempt number {@code attempt} (1-based). */
    public Duration delayAfter(int attempt) {
        long factor = 1L << Math.min(Math.max(attempt - 1, 0), 30);
        long millis = firstDelay.toMillis() * factor;
        return millis >= maxDelay.toMillis() || millis < 0 ? maxDelay : Duration.ofMillis(millis);
    }

    /** True when attempt number {@code attempt} failed and no other comes. */
    public boolean exhausted(int attempt) {
        return attempt >= maxAttempts;
    }
}
