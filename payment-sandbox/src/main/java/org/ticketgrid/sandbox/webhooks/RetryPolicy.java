package org.ticketgrid.sandbox.webhooks;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff: the first retry after {@code firstDelay}, then doubling. Stripe retries for
 * three days; a sandbox caps the wait at an hour so a forgotten receiver cannot pile up forever.
 */
public record RetryPolicy(Duration firstDelay, int maxAttempts) {

  private static final Duration CAP = Duration.ofHours(1);

  public RetryPolicy {
    Objects.requireNonNull(firstDelay, "firstDelay");
    if (firstDelay.isNegative()) {
      throw new IllegalArgumentException("firstDelay must not be negative");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /** The wait before attempt {@code failedAttempts + 1}. */
  public Duration delayAfter(int failedAttempts) {
    int doublings = Math.min(Math.max(0, failedAttempts - 1), 30);
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(CAP) > 0 ? CAP : delay;
  }

  public boolean mayRetryAfter(int attempts) {
    return attempts < maxAttempts;
  }
}
