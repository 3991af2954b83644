package org.ticketgrid.sandbox.payments;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ticketgrid.sandbox.payments.Fact.ChargeFact;
import org.ticketgrid.sandbox.payments.Fact.RefundFact;

/**
 * Refunds against an intent's captured charge. Separate from {@link PaymentRules} because refunds
 * do not move the intent: a fully refunded intent stays {@code succeeded} in Stripe, only its
 * charge records the money going back.
 */
public final class RefundRules {

  private final Clock clock;
  private final IdSource ids;

  public RefundRules(Clock clock, IdSource ids) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  public Outcome refund(Payment payment, RefundRequest request) {
    Optional<Charge> captured =
        payment.intent().is(PaymentIntentStatus.SUCCEEDED)
            ? payment.latestCharge().filter(Charge::captured)
            : Optional.empty();
    if (captured.isEmpty()) {
      return new Outcome.Refused(
          new Refusal(
              "charge_not_refundable",
              ("This PaymentIntent (%s) does not have a successful charge to refund. Its "
                      + "status is %s.")
                  .formatted(payment.id(), payment.intent().status().wireName()),
              "payment_intent"));
    }
    Charge charge = captured.get();
    long refundable = charge.refundable();
    if (refundable == 0) {
      return new Outcome.Refused(
          new Refusal(
              "charge_already_refunded",
              "Charge %s has already been refunded.".formatted(charge.id()),
              null));
    }
    long amount = request.amount() == null ? refundable : request.amount();
    if (amount < 1) {
      return new Outcome.Refused(
          new Refusal("amount_too_small", "Refund amount must be at least 1.", "amount"));
    }
    if (amount > refundable) {
      return new Outcome.Refused(
          new Refusal(
              "amount_too_large",
              "Refund amount (%s) is greater than unrefunded amount on charge (%s)."
                  .formatted(
                      charge.amount().withAmount(amount).display(),
                      charge.amount().withAmount(refundable).display()),
              "amount"));
    }
    Refund refund =
        new Refund(
            new RefundId(ids.next(RefundId.PREFIX)),
            charge.id(),
            payment.id(),
            charge.amount().withAmount(amount),
            request.reason(),
            request.metadata(),
            clock.instant());
    Charge refunded = charge.withRefunded(charge.amountRefunded() + amount);
    return new Outcome.Applied(
        payment.withCharge(refunded).withRefund(refund),
        List.of(
            new RefundFact(EventTypes.REFUND_CREATED, refund),
            new ChargeFact(EventTypes.CHARGE_REFUNDED, refunded)));
  }
}
