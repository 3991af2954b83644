package org.ticketgrid.sandbox.payments;

/**
 * Identifies a refund (`re_...`). Not validated beyond being non-blank: an id from a request path
 * may be anything, and an unknown one must end as Stripe's 404, not as a parsing error.
 */
public record RefundId(String value) {

  public static final String PREFIX = "re";

  public RefundId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("refund id must not be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
