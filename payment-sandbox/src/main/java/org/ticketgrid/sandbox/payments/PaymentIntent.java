package org.ticketgrid.sandbox.payments;

import java.time.Instant;
import java.util.Objects;

/**
 * An immutable snapshot of a payment intent. Transitions live in {@link PaymentRules}; the {@code
 * with...} methods only copy, so a snapshot handed to an event can never change under it.
 *
 * @param cancellation {@code null} unless the intent was canceled
 */
public record PaymentIntent(
    PaymentIntentId id,
    String clientSecret,
    Money amount,
    CaptureMethod captureMethod,
    PaymentIntentStatus status,
    IntentDetails details,
    Funds funds,
    PaymentAttempt attempt,
    Cancellation cancellation,
    Instant created) {

  public PaymentIntent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(captureMethod, "captureMethod");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(funds, "funds");
    Objects.requireNonNull(attempt, "attempt");
    Objects.requireNonNull(created, "created");
  }

  /**
   * Money the intent has authorized but not yet captured, and money actually received. Stripe
   * reports both on the intent; grouping them keeps the invariant "never both non-zero" in one
   * place.
   */
  public record Funds(long capturable, long received) {

    public static final Funds NONE = new Funds(0, 0);

    public static Funds authorized(long amount) {
      return new Funds(amount, 0);
    }

    public static Funds captured(long amount) {
      return new Funds(0, amount);
    }
  }

  public boolean is(PaymentIntentStatus expected) {
    return status == expected;
  }

  PaymentIntent withStatus(PaymentIntentStatus newStatus) {
    return new PaymentIntent(
        id,
        clientSecret,
        amount,
        captureMethod,
        newStatus,
        details,
        funds,
        attempt,
        cancellation,
        created);
  }

  PaymentIntent withAmount(Money newAmount) {
    return new PaymentIntent(
        id,
        clientSecret,
        newAmount,
        captureMethod,
        status,
        details,
        funds,
        attempt,
        cancellation,
        created);
  }

  PaymentIntent withDetails(IntentDetails newDetails) {
    return new PaymentIntent(
        id,
        clientSecret,
        amount,
        captureMethod,
        status,
        newDetails,
        funds,
        attempt,
        cancellation,
        created);
  }

  PaymentIntent withFunds(Funds newFunds) {
    return new PaymentIntent(
        id,
        clientSecret,
        amount,
        captureMethod,
        status,
        details,
        newFunds,
        attempt,
        cancellation,
        created);
  }

  PaymentIntent withAttempt(PaymentAttempt newAttempt) {
    return new PaymentIntent(
        id,
        clientSecret,
        amount,
        captureMethod,
        status,
        details,
        funds,
        newAttempt,
        cancellation,
        created);
  }

  PaymentIntent withCancellation(Cancellation newCancellation) {
    return new PaymentIntent(
        id,
        clientSecret,
        amount,
        captureMethod,
        status,
        details,
        funds,
        attempt,
        newCancellation,
        created);
  }
}
