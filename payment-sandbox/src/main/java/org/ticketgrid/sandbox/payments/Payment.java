package org.ticketgrid.sandbox.payments;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An intent with the charges and refunds it owns: the unit that changes atomically. Capturing
 * touches the intent and its charge; refunding touches the charge and adds a refund. Keeping them
 * together means one lock and one snapshot per change.
 */
public record Payment(PaymentIntent intent, List<Charge> charges, List<Refund> refunds) {

  public Payment {
    Objects.requireNonNull(intent, "intent");
    charges = List.copyOf(charges);
    refunds = List.copyOf(refunds);
  }

  public static Payment of(PaymentIntent intent) {
    return new Payment(intent, List.of(), List.of());
  }

  public PaymentIntentId id() {
    return intent.id();
  }

  public Optional<Charge> latestCharge() {
    ChargeId latest = intent.attempt().latestCharge();
    return charges.stream().filter(c -> c.id().equals(latest)).findFirst();
  }

  public Optional<Charge> charge(ChargeId id) {
    return charges.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Optional<Refund> refund(RefundId id) {
    return refunds.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The refund most recently added; what a refund request answers with. */
  public Optional<Refund> newestRefund() {
    return refunds.isEmpty() ? Optional.empty() : Optional.of(refunds.getLast());
  }

  Payment withIntent(PaymentIntent newIntent) {
    return new Payment(newIntent, charges, refunds);
  }

  /** Adds the charge, or replaces the one with the same id. */
  Payment withCharge(Charge charge) {
    List<Charge> updated = new ArrayList<>(charges);
    updated.removeIf(c -> c.id().equals(charge.id()));
    updated.add(charge);
    return new Payment(intent, updated, refunds);
  }

  Payment withRefund(Refund refund) {
    List<Refund> updated = new ArrayList<>(refunds);
    updated.add(refund);
    return new Payment(intent, charges, updated);
  }
}
