package org.ticketgrid.sandbox.payments;

import java.time.Instant;
import java.util.Objects;

/** When and why an intent was canceled; {@code reason} may be {@code null} as in Stripe. */
public record Cancellation(String reason, Instant at) {

  public Cancellation {
    Objects.requireNonNull(at, "at");
  }
}
