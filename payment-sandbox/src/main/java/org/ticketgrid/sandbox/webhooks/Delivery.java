package org.ticketgrid.sandbox.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One event on its way to one endpoint, with every attempt so far. Tests read these through {@code
 * /_sandbox/deliveries} to see what a receiver was sent and how it answered.
 *
 * @param payload the exact JSON sent on every attempt
 */
public record Delivery(
    String id,
    String eventId,
    String eventType,
    String endpointId,
    URI url,
    String payload,
    State state,
    List<Attempt> attempts,
    Instant created) {

  public Delivery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(endpointId, "endpointId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(state, "state");
    attempts = List.copyOf(attempts);
    Objects.requireNonNull(created, "created");
  }

  public enum State {
    PENDING,
    DELIVERED,
    FAILED;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * @param statusCode the receiver's HTTP status, or {@code null} when it could not be reached
   * @param error why the receiver could not be reached, or {@code null}
   */
  public record Attempt(int number, Instant at, Integer statusCode, String error, long millis) {

    public boolean succeeded() {
      return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
  }

  Delivery withAttempt(Attempt attempt, State next) {
    List<Attempt> more = new ArrayList<>(attempts);
    more.add(attempt);
    return new Delivery(id, eventId, eventType, endpointId, url, payload, next, more, created);
  }

  Delivery abandoned() {
    return new Delivery(
        id, eventId, eventType, endpointId, url, payload, State.FAILED, attempts, created);
  }
}
