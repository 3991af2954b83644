package org.ticketgrid.sandbox.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.ticketgrid.sandbox.http.Access;
import org.ticketgrid.sandbox.http.ApiError;
import org.ticketgrid.sandbox.http.ApiException;
import org.ticketgrid.sandbox.http.ApiRequest;
import org.ticketgrid.sandbox.http.ApiResponse;
import org.ticketgrid.sandbox.http.ListPage;
import org.ticketgrid.sandbox.http.Router;

/**
 * Stripe's {@code /v1/webhook_endpoints}: lets a test register its own random-port receiver with
 * the same stripe-java call it would use against Stripe.
 *
 * <p>Every endpoint signs with the sandbox's configured secret rather than a fresh one, so an
 * application configured with {@code SANDBOX_WEBHOOK_SECRET} verifies events from endpoints a test
 * registered. The secret is returned on creation, as Stripe does.
 */
public final class WebhookEndpointsApi {

  private final WebhookEndpoints endpoints;
  private final String secret;
  private final Clock clock;
  private final Supplier<String> ids;

  public WebhookEndpointsApi(
      WebhookEndpoints endpoints, String secret, Clock clock, Supplier<String> ids) {
    this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
    this.secret = Objects.requireNonNull(secret, "secret");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  public void register(Router router) {
    router.post("/v1/webhook_endpoints", Access.SECRET_KEY, this::create);
    router.get("/v1/webhook_endpoints", Access.SECRET_KEY, this::list);
    router.get("/v1/webhook_endpoints/{id}", Access.SECRET_KEY, this::retrieve);
    router.delete("/v1/webhook_endpoints/{id}", Access.SECRET_KEY, this::delete);
  }

  /** Builds an endpoint from configuration; it survives {@code /_sandbox/reset}. */
  public WebhookEndpoint configured(URI url) {
    WebhookEndpoint endpoint =
        new WebhookEndpoint(
            ids.get(),
            url,
            List.of(WebhookEndpoint.ALL_EVENTS),
            secret,
            "SANDBOX_WEBHOOK_URL",
            Map.of(),
            clock.instant(),
            true);
    endpoints.add(endpoint);
    return endpoint;
  }

  private ApiResponse create(ApiRequest request) {
    URI url = parseUrl(request.params().requiredString("url"));
    List<String> events = request.params().stringList("enabled_events");
    WebhookEndpoint endpoint =
        new WebhookEndpoint(
            ids.get(),
            url,
            events.isEmpty() ? List.of(WebhookEndpoint.ALL_EVENTS) : events,
            secret,
            request.params().string("description").orElse(null),
            request.params().stringMap("metadata"),
            clock.instant(),
            false);
    endpoints.add(endpoint);
    return ApiResponse.ok(view(endpoint, true));
  }

  private ApiResponse retrieve(ApiRequest request) {
    return ApiResponse.ok(view(find(request.pathVariable("id")), false));
  }

  private ApiResponse list(ApiRequest request) {
    List<WebhookEndpoint> newestFirst = endpoints.all().reversed();
    return ApiResponse.ok(
        ListPage.of(
            newestFirst,
            WebhookEndpoint::id,
            e -> view(e, false),
            request.params(),
            "/v1/webhook_endpoints"));
  }

  private ApiResponse delete(ApiRequest request) {
    WebhookEndpoint removed =
        endpoints
            .remove(request.pathVariable("id"))
            .orElseThrow(() -> notFound(request.pathVariable("id")));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", removed.id());
    body.put("object", "webhook_endpoint");
    body.put("deleted", true);
    return ApiResponse.ok(body);
  }

  private WebhookEndpoint find(String id) {
    return endpoints.find(id).orElseThrow(() -> notFound(id));
  }

  private static ApiException notFound(String id) {
    return new ApiException(ApiError.notFound("webhook_endpoint", id, "webhook_endpoint"));
  }

  private static URI parseUrl(String text) {
    try {
      URI url = new URI(text);
      if (url.getHost() == null || !List.of("http", "https").contains(url.getScheme())) {
        throw new URISyntaxException(text, "must be an absolute http or https URL");
      }
      return url;
    } catch (URISyntaxException e) {
      throw new ApiException(
          ApiError.invalidRequest(400, "url_invalid", "Invalid URL: " + e.getMessage(), "url"));
    }
  }

  /** Stripe only reveals the secret when the endpoint is created. */
  private static Map<String, Object> view(WebhookEndpoint endpoint, boolean withSecret) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", endpoint.id());
    json.put("object", "webhook_endpoint");
    json.put("api_version", null);
    json.put("application", null);
    json.put("created", endpoint.created().getEpochSecond());
    json.put("description", endpoint.description());
    json.put("enabled_events", endpoint.enabledEvents());
    json.put("livemode", false);
    json.put("metadata", endpoint.metadata());
    if (withSecret) {
      json.put("secret", endpoint.secret());
    }
    json.put("status", "enabled");
    json.put("url", endpoint.url().toString());
    return json;
  }
}
