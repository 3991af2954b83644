package org.ticketgrid.sandbox.webhooks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Every delivery in creation order. Small and synchronized: it is touched once per attempt. */
public final class DeliveryLog {

  private final Map<String, Delivery> byId = new LinkedHashMap<>();

  public synchronized void add(Delivery delivery) {
    byId.put(delivery.id(), Objects.requireNonNull(delivery, "delivery"));
  }

  public synchronized Optional<Delivery> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Applies the change if the delivery still exists (a reset may have dropped it). */
  public synchronized Optional<Delivery> update(String id, UnaryOperator<Delivery> change) {
    Delivery current = byId.get(id);
    if (current == null) {
      return Optional.empty();
    }
    Delivery next = change.apply(current);
    byId.put(id, next);
    return Optional.of(next);
  }

  public synchronized List<Delivery> all() {
    return Collections.unmodifiableList(new ArrayList<>(byId.values()));
  }

  public synchronized int pendingFor(String eventId) {
    return (int)
        byId.values().stream()
            .filter(d -> d.eventId().equals(eventId) && d.state() == Delivery.State.PENDING)
            .count();
  }

  public synchronized void clear() {
    byId.clear();
  }
}
