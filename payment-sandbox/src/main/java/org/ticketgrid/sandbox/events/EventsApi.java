package org.ticketgrid.sandbox.events;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.ticketgrid.sandbox.http.Access;
import org.ticketgrid.sandbox.http.ApiError;
import org.ticketgrid.sandbox.http.ApiException;
import org.ticketgrid.sandbox.http.ApiRequest;
import org.ticketgrid.sandbox.http.ApiResponse;
import org.ticketgrid.sandbox.http.ListPage;
import org.ticketgrid.sandbox.http.Router;

/**
 * {@code GET /v1/events} and {@code GET /v1/events/{id}}. Lets a receiver that missed a webhook
 * catch up the way Stripe recommends: list events and process what it has not seen.
 */
public final class EventsApi {

  private final EventLog log;
  private final PendingWebhooks pending;

  public EventsApi(EventLog log, PendingWebhooks pending) {
    this.log = Objects.requireNonNull(log, "log");
    this.pending = Objects.requireNonNull(pending, "pending");
  }

  public void register(Router router) {
    router.get("/v1/events", Access.SECRET_KEY, this::list);
    router.get("/v1/events/{id}", Access.SECRET_KEY, this::retrieve);
  }

  private ApiResponse retrieve(ApiRequest request) {
    String id = request.pathVariable("id");
    Event event =
        log.find(id).orElseThrow(() -> new ApiException(ApiError.notFound("event", id, "id")));
    return ApiResponse.ok(EventView.render(event, pending.pendingFor(id)));
  }

  private ApiResponse list(ApiRequest request) {
    Predicate<Event> filter = typeFilter(request);
    List<Event> matching = log.newestFirst().stream().filter(filter).toList();
    return ApiResponse.ok(
        ListPage.of(
            matching,
            Event::id,
            e -> EventView.render(e, pending.pendingFor(e.id())),
            request.params(),
            "/v1/events"));
  }

  /**
   * {@code type} matches one type, or a family with a trailing wildcard ({@code payment_intent.*});
   * {@code types[]} matches any of several, as in Stripe.
   */
  private static Predicate<Event> typeFilter(ApiRequest request) {
    List<String> wanted =
        request.params().has("types")
            ? request.params().stringList("types")
            : request
                .params()
                .string("type")
                .filter(s -> !s.isEmpty())
                .map(List::of)
                .orElse(List.of());
    if (wanted.isEmpty()) {
      return e -> true;
    }
    return e -> wanted.stream().anyMatch(w -> matches(w, e.type()));
  }

  private static boolean matches(String pattern, String type) {
    return pattern.endsWith(".*")
        ? type.startsWith(pattern.substring(0, pattern.length() - 1))
        : pattern.equals(type);
  }
}
