package org.ticketgrid.sandbox.events;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A recorded Stripe event.
 *
 * @param dataObject the JSON snapshot of the object as it was when the event happened; rendered at
 *     that moment so later changes never leak into an old event
 * @param orderingKey events with the same key are delivered in order (the payment intent id)
 */
public record Event(
    String id,
    String type,
    Instant created,
    String apiVersion,
    Map<String, Object> dataObject,
    Origin origin,
    String orderingKey) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(dataObject, "dataObject");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(orderingKey, "orderingKey");
  }

  /**
   * The API request that caused the event; Stripe reports it so receivers can tell their own
   * actions from others'.
   *
   * @param idempotencyKey {@code null} when the request had none
   */
  public record Origin(String requestId, String idempotencyKey) {}
}
