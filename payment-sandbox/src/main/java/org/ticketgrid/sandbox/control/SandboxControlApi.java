package org.ticketgrid.sandbox.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.ticketgrid.sandbox.events.Event;
import org.ticketgrid.sandbox.events.EventLog;
import org.ticketgrid.sandbox.http.Access;
import org.ticketgrid.sandbox.http.ApiError;
import org.ticketgrid.sandbox.http.ApiException;
import org.ticketgrid.sandbox.http.ApiRequest;
import org.ticketgrid.sandbox.http.ApiResponse;
import org.ticketgrid.sandbox.http.Params;
import org.ticketgrid.sandbox.http.Router;
import org.ticketgrid.sandbox.webhooks.Delivery;
import org.ticketgrid.sandbox.webhooks.DeliveryLog;
import org.ticketgrid.sandbox.webhooks.WebhookDispatcher;

/**
 * Health and test controls. Open without an API key: they exist for local tests and the server
 * binds to the loopback interface by default.
 */
public final class SandboxControlApi {

  private final Runnable reset;
  private final EventLog events;
  private final DeliveryLog deliveries;
  private final WebhookDispatcher dispatcher;

  /**
   * @param reset clears every piece of state a test could leave behind
   */
  public SandboxControlApi(
      Runnable reset, EventLog events, DeliveryLog deliveries, WebhookDispatcher dispatcher) {
    this.reset = Objects.requireNonNull(reset, "reset");
    this.events = Objects.requireNonNull(events, "events");
    this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
  }

  public void register(Router router) {
    router.get("/health", Access.OPEN, request -> ApiResponse.ok(Map.of("status", "UP")));
    router.post("/_sandbox/reset", Access.OPEN, this::reset);
    router.get("/_sandbox/deliveries", Access.OPEN, this::deliveries);
    router.post("/_sandbox/events/{id}/resend", Access.OPEN, this::resend);
  }

  private ApiResponse reset(ApiRequest request) {
    reset.run();
    return ApiResponse.ok(Map.of("reset", true));
  }

  /** Filters: {@code event}, {@code type}, {@code status} (pending, delivered, failed). */
  private ApiResponse deliveries(ApiRequest request) {
    Predicate<Delivery> filter = filter(request.params());
    List<Map<String, Object>> data =
        deliveries.all().stream().filter(filter).map(SandboxControlApi::view).toList();
    return ApiResponse.ok(Map.of("object", "list", "data", data));
  }

  private ApiResponse resend(ApiRequest request) {
    String id = request.pathVariable("id");
    Event event =
        events.find(id).orElseThrow(() -> new ApiException(ApiError.notFound("event", id, "id")));
    List<Map<String, Object>> sent =
        dispatcher.resend(event).stream().map(SandboxControlApi::view).toList();
    return ApiResponse.ok(Map.of("event", id, "deliveries", sent));
  }

  private static Predicate<Delivery> filter(Params params) {
    Optional<String> event = params.string("event").filter(s -> !s.isEmpty());
    Optional<String> type = params.string("type").filter(s -> !s.isEmpty());
    Optional<String> status = params.string("status").filter(s -> !s.isEmpty());
    return d ->
        event.map(d.eventId()::equals).orElse(true)
            && type.map(d.eventType()::equals).orElse(true)
            && status.map(d.state().wireName()::equals).orElse(true);
  }

  private static Map<String, Object> view(Delivery delivery) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", delivery.id());
    json.put("event", delivery.eventId());
    json.put("type", delivery.eventType());
    json.put("endpoint", delivery.endpointId());
    json.put("url", delivery.url().toString());
    json.put("status", delivery.state().wireName());
    json.put("created", delivery.created().toString());
    json.put("attempts", delivery.attempts().stream().map(SandboxControlApi::view).toList());
    return json;
  }

  private static Map<String, Object> view(Delivery.Attempt attempt) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("number", attempt.number());
    json.put("at", attempt.at().toString());
    json.put("status_code", attempt.statusCode());
    json.put("error", attempt.error());
    json.put("duration_ms", attempt.millis());
    return json;
  }
}
