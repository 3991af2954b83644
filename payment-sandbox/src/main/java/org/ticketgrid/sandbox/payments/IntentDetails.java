package org.ticketgrid.sandbox.payments;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the merchant says about an intent, as opposed to what happened to it. Kept apart so the
 * intent record stays small and so an update touches one value.
 *
 * @param description free text or {@code null}
 */
public record IntentDetails(
    String description, Map<String, String> metadata, List<String> paymentMethodTypes) {

  public static final List<String> DEFAULT_PAYMENT_METHOD_TYPES = List.of("card");

  public IntentDetails {
    metadata = Metadata.copyOf(metadata);
    paymentMethodTypes =
        paymentMethodTypes == null || paymentMethodTypes.isEmpty()
            ? DEFAULT_PAYMENT_METHOD_TYPES
            : List.copyOf(paymentMethodTypes);
  }

  public IntentDetails withDescription(String newDescription) {
    return new IntentDetails(newDescription, metadata, paymentMethodTypes);
  }

  public IntentDetails withMetadata(Map<String, String> newMetadata) {
    Objects.requireNonNull(newMetadata, "newMetadata");
    return new IntentDetails(description, newMetadata, paymentMethodTypes);
  }
}
