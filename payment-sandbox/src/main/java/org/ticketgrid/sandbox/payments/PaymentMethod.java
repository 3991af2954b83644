package org.ticketgrid.sandbox.payments;

import java.time.Instant;
import java.util.Objects;

/** A card payment method as created from a test token such as {@code pm_card_visa}. */
public record PaymentMethod(PaymentMethodId id, Card card, Instant created) {

  public PaymentMethod {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(created, "created");
  }
}
