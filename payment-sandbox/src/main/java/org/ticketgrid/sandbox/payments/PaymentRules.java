package org.ticketgrid.sandbox.payments;

import static org.ticketgrid.sandbox.payments.PaymentIntentStatus.CANCELED;
import static org.ticketgrid.sandbox.payments.PaymentIntentStatus.REQUIRES_CAPTURE;
import static org.ticketgrid.sandbox.payments.PaymentIntentStatus.REQUIRES_CONFIRMATION;
import static org.ticketgrid.sandbox.payments.PaymentIntentStatus.REQUIRES_PAYMENT_METHOD;
import static org.ticketgrid.sandbox.payments.PaymentIntentStatus.SUCCEEDED;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.ticketgrid.sandbox.payments.Fact.ChargeFact;
import org.ticketgrid.sandbox.payments.Fact.IntentFact;
import org.ticketgrid.sandbox.payments.PaymentAttempt.LastPaymentError;
import org.ticketgrid.sandbox.payments.PaymentIntent.Funds;

/**
 * The payment intent state machine, following Stripe's test mode:
 *
 * <pre>
 * create             → requires_payment_method, or requires_confirmation with a method attached
 * confirm (approved) → requires_capture (manual capture) or succeeded (automatic)
 * confirm (declined) → requires_payment_method, with last_payment_error set
 * capture            → succeeded, only from requires_capture
 * cancel             → canceled, from any status before succeeded
 * </pre>
 *
 * Stateless apart from the clock and id source: it takes a snapshot and returns the next one, so
 * callers decide how to store it and tests need no storage at all.
 */
public final class PaymentRules {

  private static final Set<PaymentIntentStatus> CONFIRMABLE =
      EnumSet.of(REQUIRES_PAYMENT_METHOD, REQUIRES_CONFIRMATION);
  private static final Set<PaymentIntentStatus> CANCELABLE =
      EnumSet.of(REQUIRES_PAYMENT_METHOD, REQUIRES_CONFIRMATION, REQUIRES_CAPTURE);
  private static final Set<PaymentIntentStatus> AMOUNT_EDITABLE = CONFIRMABLE;

  private final Clock clock;
  private final IdSource ids;

  public PaymentRules(Clock clock, IdSource ids) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  public Outcome create(CreateIntent command) {
    if (command.amount().amount() < 1) {
      return new Outcome.Refused(
          new Refusal("amount_too_small", "Amount must be at least 1 minor unit.", "amount"));
    }
    if (command.confirm() && command.paymentMethod() == null) {
      return new Outcome.Refused(missingPaymentMethod());
    }
    PaymentIntentId id = new PaymentIntentId(ids.next(PaymentIntentId.PREFIX));
    PaymentIntentStatus status =
        command.paymentMethod() == null ? REQUIRES_PAYMENT_METHOD : REQUIRES_CONFIRMATION;
    PaymentIntent intent =
        new PaymentIntent(
            id,
            id.value() + "_" + ids.next("secret"),
            command.amount(),
            command.captureMethod(),
            status,
            command.details(),
            Funds.NONE,
            PaymentAttempt.NONE.withPaymentMethod(command.paymentMethod()),
            null,
            now());
    Fact created = new IntentFact(EventTypes.PAYMENT_INTENT_CREATED, intent);
    Payment payment = Payment.of(intent);
    if (!command.confirm()) {
      return new Outcome.Applied(payment, List.of(created));
    }
    return prepend(created, confirm(payment, null));
  }

  public Outcome update(Payment payment, IntentUpdate update) {
    PaymentIntent intent = payment.intent();
    if (update.amount() != null && !AMOUNT_EDITABLE.contains(intent.status())) {
      return new Outcome.Refused(
          Refusal.unexpectedState(
              ("The amount of a PaymentIntent with status %s cannot be changed. It can be "
                      + "changed while the status is %s.")
                  .formatted(intent.status().wireName(), names(AMOUNT_EDITABLE))));
    }
    if (update.amount() != null && update.amount() < 1) {
      return new Outcome.Refused(
          new Refusal("amount_too_small", "Amount must be at least 1 minor unit.", "amount"));
    }
    PaymentIntent changed = intent;
    if (update.amount() != null) {
      changed = changed.withAmount(intent.amount().withAmount(update.amount()));
    }
    IntentDetails details = changed.details();
    if (update.description() != null) {
      details =
          details.withDescription(update.description().isEmpty() ? null : update.description());
    }
    Map<String, String> base = update.clearMetadata() ? Map.of() : details.metadata();
    details = details.withMetadata(Metadata.merge(base, update.metadata()));
    return new Outcome.Applied(payment.withIntent(changed.withDetails(details)), List.of());
  }

  /**
   * Confirms with the given method, or with the one already attached when {@code method} is {@code
   * null}. The card's scripted answer decides between authorization and decline.
   */
  public Outcome confirm(Payment payment, PaymentMethod method) {
    PaymentIntent intent = payment.intent();
    if (!CONFIRMABLE.contains(intent.status())) {
      return new Outcome.Refused(
          Refusal.unexpectedState(
              ("You cannot confirm this PaymentIntent because it has a status of %s. Only a "
                      + "PaymentIntent with one of the following statuses may be confirmed: %s.")
                  .formatted(intent.status().wireName(), names(CONFIRMABLE))));
    }
    PaymentMethod chosen = method != null ? method : intent.attempt().paymentMethod();
    if (chosen == null) {
      return new Outcome.Refused(missingPaymentMethod());
    }
    ChargeId chargeId = new ChargeId(ids.next(ChargeId.PREFIX));
    return chosen
        .card()
        .scriptedDecline()
        .<Outcome>map(decline -> decline(payment, chosen, chargeId, decline))
        .orElseGet(() -> authorize(payment, chosen, chargeId));
  }

  public Outcome capture(Payment payment, Long amountToCapture) {
    PaymentIntent intent = payment.intent();
    if (!intent.is(REQUIRES_CAPTURE)) {
      return new Outcome.Refused(
          Refusal.unexpectedState(
              ("This PaymentIntent could not be captured because it has a status of %s. Only a "
                      + "PaymentIntent with one of the following statuses may be captured: "
                      + "requires_capture.")
                  .formatted(intent.status().wireName())));
    }
    long capturable = intent.funds().capturable();
    long amount = amountToCapture == null ? capturable : amountToCapture;
    if (amount < 1 || amount > capturable) {
      return new Outcome.Refused(
          new Refusal(
              amount < 1 ? "amount_too_small" : "amount_too_large",
              "The amount_to_capture must be between 1 and the amount_capturable (%d)."
                  .formatted(capturable),
              "amount_to_capture"));
    }
    Charge charge = payment.latestCharge().orElseThrow().withCaptured(amount);
    PaymentIntent captured = intent.withStatus(SUCCEEDED).withFunds(Funds.captured(amount));
    return new Outcome.Applied(
        payment.withIntent(captured).withCharge(charge),
        List.of(
            new ChargeFact(EventTypes.CHARGE_CAPTURED, charge),
            new IntentFact(EventTypes.PAYMENT_INTENT_SUCCEEDED, captured)));
  }

  /**
   * Cancels the intent. An authorization is released, which Stripe shows as the whole charge being
   * refunded; no {@code charge.refunded} event is raised for it, so receivers can treat that event
   * as "money went back after a sale".
   */
  public Outcome cancel(Payment payment, String reason) {
    PaymentIntent intent = payment.intent();
    if (!CANCELABLE.contains(intent.status())) {
      return new Outcome.Refused(
          Refusal.unexpectedState(
              ("You cannot cancel this PaymentIntent because it has a status of %s. Only a "
                      + "PaymentIntent with one of the following statuses may be canceled: %s.")
                  .formatted(intent.status().wireName(), names(CANCELABLE))));
    }
    Payment updated = payment;
    if (intent.is(REQUIRES_CAPTURE)) {
      Charge authorized = payment.latestCharge().orElseThrow();
      updated = updated.withCharge(authorized.withRefunded(authorized.amount().amount()));
    }
    PaymentIntent canceled =
        intent
            .withStatus(CANCELED)
            .withFunds(Funds.NONE)
            .withCancellation(new Cancellation(reason, now()));
    return new Outcome.Applied(
        updated.withIntent(canceled),
        List.of(new IntentFact(EventTypes.PAYMENT_INTENT_CANCELED, canceled)));
  }

  private Outcome authorize(Payment payment, PaymentMethod method, ChargeId chargeId) {
    PaymentIntent intent = payment.intent();
    long amount = intent.amount().amount();
    boolean capture = intent.captureMethod().capturesOnConfirm();
    Charge charge =
        new Charge(
            chargeId,
            intent.id(),
            intent.amount(),
            true,
            capture ? amount : 0,
            0,
            method,
            null,
            intent.details().metadata(),
            now());
    PaymentIntent next =
        intent
            .withStatus(capture ? SUCCEEDED : REQUIRES_CAPTURE)
            .withFunds(capture ? Funds.captured(amount) : Funds.authorized(amount))
            .withAttempt(new PaymentAttempt(method, chargeId, null));
    String intentEvent =
        capture
            ? EventTypes.PAYMENT_INTENT_SUCCEEDED
            : EventTypes.PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED;
    return new Outcome.Applied(
        payment.withIntent(next).withCharge(charge),
        List.of(
            new ChargeFact(EventTypes.CHARGE_SUCCEEDED, charge),
            new IntentFact(intentEvent, next)));
  }

  /** Stripe detaches a declined method from the intent but keeps it in the error for display. */
  private Outcome decline(
      Payment payment, PaymentMethod method, ChargeId chargeId, CardDecline decline) {
    PaymentIntent intent = payment.intent();
    Charge failed =
        new Charge(
            chargeId,
            intent.id(),
            intent.amount(),
            false,
            0,
            0,
            method,
            decline,
            intent.details().metadata(),
            now());
    PaymentIntent next =
        intent
            .withStatus(REQUIRES_PAYMENT_METHOD)
            .withAttempt(new PaymentAttempt(null, chargeId, new LastPaymentError(decline, method)));
    return new Outcome.Declined(
        payment.withIntent(next).withCharge(failed),
        List.of(
            new ChargeFact(EventTypes.CHARGE_FAILED, failed),
            new IntentFact(EventTypes.PAYMENT_INTENT_PAYMENT_FAILED, next)),
        decline);
  }

  private static Outcome prepend(Fact first, Outcome outcome) {
    return switch (outcome) {
      case Outcome.Applied applied ->
          new Outcome.Applied(applied.payment(), withFirst(first, applied.facts()));
      case Outcome.Declined declined ->
          new Outcome.Declined(
              declined.payment(), withFirst(first, declined.facts()), declined.decline());
      case Outcome.Refused refused -> refused;
    };
  }

  private static List<Fact> withFirst(Fact first, List<Fact> rest) {
    List<Fact> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private static Refusal missingPaymentMethod() {
    return new Refusal(
        "payment_intent_unexpected_state",
        "You cannot confirm this PaymentIntent because it's missing a payment method. To confirm"
            + " the PaymentIntent, pass a payment_method.",
        "payment_method");
  }

  private static String names(Set<PaymentIntentStatus> statuses) {
    return statuses.stream().map(PaymentIntentStatus::wireName).collect(Collectors.joining(", "));
  }

  private Instant now() {
    return clock.instant();
  }
}
