package org.ticketgrid.sandbox.payments;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One attempt to move money for an intent. A declined confirmation still creates a charge (with
 * status {@code failed}), because Stripe's {@code latest_charge} and {@code charge.failed} events
 * point at it.
 *
 * @param failure the decline for a failed charge, otherwise {@code null}
 * @param amountRefunded refunded money, plus an authorization released by cancelling, which Stripe
 *     also reports as refunded
 */
public record Charge(
    ChargeId id,
    PaymentIntentId paymentIntent,
    Money amount,
    boolean succeeded,
    long amountCaptured,
    long amountRefunded,
    PaymentMethod paymentMethod,
    CardDecline failure,
    Map<String, String> metadata,
    Instant created) {

  public Charge {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(paymentIntent, "paymentIntent");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(paymentMethod, "paymentMethod");
    Objects.requireNonNull(created, "created");
    metadata = Metadata.copyOf(metadata);
    if (amountCaptured > amount.amount()) {
      throw new IllegalArgumentException("captured more than the charge amount");
    }
  }

  public boolean captured() {
    return amountCaptured > 0;
  }

  /** Stripe's {@code refunded} flag: everything that could be returned has been. */
  public boolean refunded() {
    long base = captured() ? amountCaptured : amount.amount();
    return succeeded && amountRefunded > 0 && amountRefunded >= base;
  }

  public long refundable() {
    return Math.max(0, amountCaptured - amountRefunded);
  }

  Charge withCaptured(long captured) {
    return new Charge(
        id,
        paymentIntent,
        amount,
        succeeded,
        captured,
        amountRefunded,
        paymentMethod,
        failure,
        metadata,
        created);
  }

  Charge withRefunded(long refunded) {
    return new Charge(
        id,
        paymentIntent,
        amount,
        succeeded,
        amountCaptured,
        refunded,
        paymentMethod,
        failure,
        metadata,
        created);
  }
}
