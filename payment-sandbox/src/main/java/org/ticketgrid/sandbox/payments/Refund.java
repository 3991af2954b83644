package org.ticketgrid.sandbox.payments;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Money returned from a captured charge. Card refunds in test mode succeed at once, so there is no
 * status field to move: the rendered status is always {@code succeeded}.
 *
 * @param reason one of Stripe's refund reasons, or {@code null}
 */
public record Refund(
    RefundId id,
    ChargeId charge,
    PaymentIntentId paymentIntent,
    Money amount,
    String reason,
    Map<String, String> metadata,
    Instant created) {

  public Refund {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(charge, "charge");
    Objects.requireNonNull(paymentIntent, "paymentIntent");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(created, "created");
    metadata = Metadata.copyOf(metadata);
  }
}
