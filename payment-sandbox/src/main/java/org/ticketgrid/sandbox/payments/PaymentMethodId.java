package org.ticketgrid.sandbox.payments;

/**
 * Identifies a payment method (`pm_...`). Not validated beyond being non-blank: an id from a
 * request path may be anything, and an unknown one must end as Stripe's 404, not as a parsing
 * error.
 */
public record PaymentMethodId(String value) {

  public static final String PREFIX = "pm";

  public PaymentMethodId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("payment method id must not be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
