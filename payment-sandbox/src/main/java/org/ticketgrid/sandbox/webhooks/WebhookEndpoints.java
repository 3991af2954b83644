package org.ticketgrid.sandbox.webhooks;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The registered endpoints, configured and runtime ones alike. */
public final class WebhookEndpoints {

  private final Map<String, WebhookEndpoint> byId = new ConcurrentHashMap<>();

  public void add(WebhookEndpoint endpoint) {
    byId.put(endpoint.id(), Objects.requireNonNull(endpoint, "endpoint"));
  }

  public Optional<WebhookEndpoint> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Optional<WebhookEndpoint> remove(String id) {
    return Optional.ofNullable(byId.remove(id));
  }

  /** Oldest first, so deliveries of one event go out in registration order. */
  public List<WebhookEndpoint> all() {
    return byId.values().stream()
        .sorted(Comparator.comparing(WebhookEndpoint::created).thenComparing(WebhookEndpoint::id))
        .toList();
  }

  public List<WebhookEndpoint> accepting(String eventType) {
    return all().stream().filter(e -> e.accepts(eventType)).toList();
  }

  /** Forgets endpoints registered through the API; configured ones are part of the setup. */
  public void removeRegistered() {
    byId.values().removeIf(e -> !e.fromConfiguration());
  }
}
