package org.ticketgrid.sandbox.payments;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builders and fixed collaborators for domain tests: a fixed clock and predictable ids. */
final class PaymentFixtures {

  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private PaymentFixtures() {}

  static IdSource sequentialIds() {
    AtomicInteger counter = new AtomicInteger();
    return prefix -> prefix + "_test" + counter.incrementAndGet();
  }

  static PaymentMethod card(String token) {
    Card card = TestCards.byToken(token).orElseThrow();
    return new PaymentMethod(new PaymentMethodId("pm_" + token.substring(3)), card, NOW);
  }

  static IntentBuilder anIntent() {
    return new IntentBuilder();
  }

  /** The payment an outcome produced; fails the test if the outcome was a refusal. */
  static Payment paymentOf(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Applied applied -> applied.payment();
      case Outcome.Declined declined -> declined.payment();
      case Outcome.Refused refused -> throw new AssertionError("refused: " + refused.refusal());
    };
  }

  static final class IntentBuilder {
    private long amount = 5_000;
    private String currency = "eur";
    private CaptureMethod captureMethod = CaptureMethod.MANUAL;
    private final Map<String, String> metadata = new LinkedHashMap<>(Map.of("orderId", "ord_1"));
    private PaymentMethod paymentMethod;
    private boolean confirm;

    IntentBuilder amount(long value) {
      this.amount = value;
      return this;
    }

    IntentBuilder currency(String value) {
      this.currency = value;
      return this;
    }

    IntentBuilder automaticCapture() {
      this.captureMethod = CaptureMethod.AUTOMATIC;
      return this;
    }

    IntentBuilder paidWith(String token) {
      this.paymentMethod = card(token);
      return this;
    }

    IntentBuilder confirmed() {
      this.confirm = true;
      return this;
    }

    CreateIntent build() {
      return new CreateIntent(
          new Money(amount, currency),
          captureMethod,
          new IntentDetails("Tickets", metadata, null),
          paymentMethod,
          confirm);
    }
  }
}
