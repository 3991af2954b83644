package org.ticketgrid.sandbox.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where events go.
 *
 * @param fromConfiguration set from {@code SANDBOX_WEBHOOK_URL}; such endpoints survive {@code
 *     /_sandbox/reset}, registered ones do not
 */
public record WebhookEndpoint(
    String id,
    URI url,
    List<String> enabledEvents,
    String secret,
    String description,
    Map<String, String> metadata,
    Instant created,
    boolean fromConfiguration) {

  public static final String ALL_EVENTS = "*";

  public WebhookEndpoint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    enabledEvents = List.copyOf(enabledEvents);
    Objects.requireNonNull(secret, "secret");
    metadata = Map.copyOf(metadata);
    Objects.requireNonNull(created, "created");
  }

  public boolean accepts(String eventType) {
    return enabledEvents.contains(ALL_EVENTS) || enabledEvents.contains(eventType);
  }
}
