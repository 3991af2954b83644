package org.ticketgrid.sandbox.payments;

import java.util.Objects;

/**
 * A request to create an intent, already parsed and type-checked by the HTTP layer.
 *
 * @param paymentMethod attached at creation, or {@code null}
 * @param confirm confirm in the same call, as {@code confirm=true} does in Stripe
 */
public record CreateIntent(
    Money amount,
    CaptureMethod captureMethod,
    IntentDetails details,
    PaymentMethod paymentMethod,
    boolean confirm) {

  public CreateIntent {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(captureMethod, "captureMethod");
    Objects.requireNonNull(details, "details");
  }
}
