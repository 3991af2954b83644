package org.ticketgrid.sandbox.payments;

/**
 * Identifies a charge (`ch_...`). Not validated beyond being non-blank: an id from a request path
 * may be anything, and an unknown one must end as Stripe's 404, not as a parsing error.
 */
public record ChargeId(String value) {

  public static final String PREFIX = "ch";

  public ChargeId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("charge id must not be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
