package org.ticketgrid.sandbox.payments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stripe's metadata rules: updates merge into what is there, and an empty value deletes its key
 * (that is how clients unset a key with a form-encoded body).
 */
public final class Metadata {

  private Metadata() {}

  /** An unmodifiable copy that keeps the caller's key order, for readable JSON. */
  public static Map<String, String> copyOf(Map<String, String> metadata) {
    if (metadata == null || metadata.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  public static Map<String, String> merge(
      Map<String, String> current, Map<String, String> changes) {
    Map<String, String> merged = new LinkedHashMap<>(current);
    changes.forEach(
        (key, value) -> {
          if (value == null || value.isEmpty()) {
            merged.remove(key);
          } else {
            merged.put(key, value);
          }
        });
    return copyOf(merged);
  }
}
