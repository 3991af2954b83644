package org.ticketgrid.sandbox.payments;

import java.util.Objects;

/**
 * A request the rules turned down, in Stripe's terms: {@code code} is Stripe's error code (for
 * example {@code payment_intent_unexpected_state}), {@code param} the offending parameter or {@code
 * null}.
 */
public record Refusal(String code, String message, String param) {

  public Refusal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  static Refusal unexpectedState(String message) {
    return new Refusal("payment_intent_unexpected_state", message, null);
  }
}
