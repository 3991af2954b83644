package org.ticketgrid.sandbox.payments;

import java.util.Map;

/**
 * Changes to an intent's amount or merchant details. {@code null} means "leave as is"; an empty
 * description clears it and an empty metadata value deletes that key, following Stripe.
 *
 * @param clearMetadata {@code metadata=} (empty) was sent: drop all keys before merging
 */
public record IntentUpdate(
    Long amount, String description, Map<String, String> metadata, boolean clearMetadata) {

  public IntentUpdate {
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }
}
