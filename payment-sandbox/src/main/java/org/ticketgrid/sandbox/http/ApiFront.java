package org.ticketgrid.sandbox.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The single HTTP handler: decodes, authenticates, applies idempotency, runs the endpoint and
 * writes Stripe-shaped JSON. Doing this once keeps endpoints to their own logic and makes every
 * endpoint behave the same on errors.
 *
 * <p>CORS is open because the browser confirms payments directly against this server with the
 * publishable key, exactly as Stripe.js does against api.stripe.com.
 */
public final class ApiFront implements HttpHandler {

  private static final System.Logger LOG = System.getLogger(ApiFront.class.getName());
  private static final int MAX_BODY_BYTES = 1 << 20;

  private final Router router;
  private final Authenticator authenticator;
  private final IdempotencyStore idempotency;
  private final String defaultApiVersion;

  public ApiFront(
      Router router,
      Authenticator authenticator,
      IdempotencyStore idempotency,
      String defaultApiVersion) {
    this.router = Objects.requireNonNull(router, "router");
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
    this.defaultApiVersion = Objects.requireNonNull(defaultApiVersion, "defaultApiVersion");
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String requestId = "req_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
      Headers out = exchange.getResponseHeaders();
      out.set("Request-Id", requestId);
      out.set("Access-Control-Allow-Origin", "*");
      out.set("Access-Control-Expose-Headers", "Request-Id, Stripe-Version, Idempotent-Replayed");
      if ("OPTIONS".equals(exchange.getRequestMethod())) {
        preflight(exchange);
        return;
      }
      String apiVersion = headerOr(exchange, "Stripe-Version", defaultApiVersion);
      out.set("Stripe-Version", apiVersion);
      ApiResponse response;
      try {
        response =
            dispatch(
                exchange,
                new RequestContext(
                    requestId,
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    apiVersion));
      } catch (ApiException e) {
        response = ApiResponse.error(e.error());
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "Unexpected failure for " + describe(exchange), e);
        response =
            ApiResponse.error(
                new ApiError(
                    500,
                    ApiError.API_ERROR,
                    null,
                    null,
                    "An unexpected error occurred in the payment sandbox: " + e,
                    null,
                    Map.of()));
      }
      write(exchange, response);
    }
  }

  private ApiResponse dispatch(HttpExchange exchange, RequestContext context) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    Router.Match match = router.match(method, path).orElseThrow(() -> unrecognized(method, path));
    Params params = readParams(exchange);
    Caller caller = authenticate(exchange, match.access());
    ApiRequest request =
        new ApiRequest(method, path, match.pathVariables(), params, caller, context);
    String key = context.idempotencyKey();
    if (!"POST".equals(method) || key == null || key.isBlank() || match.access() == Access.OPEN) {
      return match.endpoint().handle(request);
    }
    return runIdempotently(exchange, match.endpoint(), request, key);
  }

  private ApiResponse runIdempotently(
      HttpExchange exchange, Endpoint endpoint, ApiRequest request, String key) {
    String scope = request.caller().key();
    String fingerprint =
        request.method() + " " + request.path() + " " + request.params().fingerprint();
    exchange.getResponseHeaders().set("Idempotency-Key", key);
    return switch (idempotency.claim(scope, key, fingerprint)) {
      case IdempotencyStore.Claim.Replay replay -> {
        exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
        yield replay.response();
      }
      case IdempotencyStore.Claim.Mismatch mismatch ->
          ApiResponse.error(
              new ApiError(
                  400,
                  ApiError.IDEMPOTENCY_ERROR,
                  null,
                  null,
                  ("Keys for idempotent requests can only be used with the same parameters they"
                       + " were first used with. Try using a key other than '%s' if you meant to"
                       + " execute a different request.")
                      .formatted(key),
                  null,
                  Map.of()));
      case IdempotencyStore.Claim.InFlight inFlight ->
          ApiResponse.error(
              new ApiError(
                  409,
                  ApiError.IDEMPOTENCY_ERROR,
                  "idempotency_key_in_use",
                  null,
                  ("There is currently another in-progress request using this Idempotent Key (that"
                       + " probably means you submitted twice, and the other request is still going"
                       + " through): %s. Please try again later.")
                      .formatted(key),
                  null,
                  Map.of()));
      case IdempotencyStore.Claim.Proceed proceed -> {
        try {
          ApiResponse response = endpoint.handle(request);
          idempotency.complete(scope, key, response);
          yield response;
        } catch (RuntimeException e) {
          idempotency.release(scope, key);
          throw e;
        }
      }
    };
  }

  private Caller authenticate(HttpExchange exchange, Access access) {
    if (access == Access.OPEN) {
      return new Caller.Anonymous();
    }
    Caller caller =
        authenticator.authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
    if (caller instanceof Caller.PublishableKey && access != Access.CLIENT_SIDE) {
      throw Authenticator.publishableKeyNotAllowed();
    }
    return caller;
  }

  /** Query parameters, overlaid by body parameters: Stripe reads both on any method. */
  private static Params readParams(HttpExchange exchange) throws IOException {
    Map<String, Object> merged =
        new LinkedHashMap<>(FormDecoder.decode(exchange.getRequestURI().getRawQuery()));
    merged.putAll(FormDecoder.decode(readBody(exchange)));
    return new Params(merged);
  }

  private static String readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw new ApiException(ApiError.invalidRequest(413, null, "Request body too large.", null));
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static void preflight(HttpExchange exchange) throws IOException {
    Headers out = exchange.getResponseHeaders();
    out.set("Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS");
    String requested = exchange.getRequestHeaders().getFirst("Access-Control-Request-Headers");
    out.set(
        "Access-Control-Allow-Headers",
        requested != null
            ? requested
            : "Authorization, Content-Type, Stripe-Version, Idempotency-Key");
    out.set("Access-Control-Max-Age", "600");
    exchange.sendResponseHeaders(204, -1);
  }

  private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
    byte[] body = Json.write(response.body()).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(response.status(), body.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(body);
    }
  }

  private static ApiException unrecognized(String method, String path) {
    return new ApiException(
        ApiError.invalidRequest(
            404,
            null,
            ("Unrecognized request URL (%s: %s). The payment sandbox implements only part of "
                    + "Stripe's API; see payment-sandbox/README.md.")
                .formatted(method, path),
            null));
  }

  private static String headerOr(HttpExchange exchange, String name, String fallback) {
    String value = exchange.getRequestHeaders().getFirst(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String describe(HttpExchange exchange) {
    return exchange.getRequestMethod() + " " + exchange.getRequestURI();
  }
}
