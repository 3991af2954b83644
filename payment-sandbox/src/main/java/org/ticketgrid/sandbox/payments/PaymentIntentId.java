package org.ticketgrid.sandbox.payments;

/**
 * Identifies a payment intent (`pi_...`). Not validated beyond being non-blank: an id from a
 * request path may be anything, and an unknown one must end as Stripe's 404, not as a parsing
 * error.
 */
public record PaymentIntentId(String value) {

  public static final String PREFIX = "pi";

  public PaymentIntentId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("payment intent id must not be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
