package org.ticketgrid.sandbox.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Stripe error object: {@code {"error": {"type", "code", "decline_code", "message", "param",
 * ...}}}. stripe-java chooses its exception class from the HTTP status and reads the rest from
 * here, so both must match what Stripe sends.
 *
 * @param extra further members such as {@code payment_intent} on a card error
 */
public record ApiError(
    int status,
    String type,
    String code,
    String declineCode,
    String message,
    String param,
    Map<String, Object> extra) {

  public static final String INVALID_REQUEST = "invalid_request_error";
  public static final String CARD_ERROR = "card_error";
  public static final String IDEMPOTENCY_ERROR = "idempotency_error";
  public static final String API_ERROR = "api_error";

  public ApiError {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(message, "message");
    extra = extra == null ? Map.of() : Map.copyOf(extra);
  }

  public static ApiError invalidRequest(int status, String code, String message, String param) {
    return new ApiError(status, INVALID_REQUEST, code, null, message, param, Map.of());
  }

  public static ApiError notFound(String resource, String id, String param) {
    return invalidRequest(
        404, "resource_missing", "No such %s: '%s'".formatted(resource, id), param);
  }

  public static ApiError missingParam(String param) {
    return invalidRequest(
        400, "parameter_missing", "Missing required param: %s.".formatted(param), param);
  }

  public static ApiError invalidParam(String param, String message) {
    return invalidRequest(400, "parameter_invalid", message, param);
  }

  public ApiError with(String member, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(extra);
    more.put(member, value);
    return new ApiError(status, type, code, declineCode, message, param, more);
  }

  /** The JSON body; absent fields are left out rather than sent as {@code null}, like Stripe. */
  public Map<String, Object> body() {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", type);
    putIfPresent(error, "code", code);
    putIfPresent(error, "decline_code", declineCode);
    if (code != null) {
      error.put("doc_url", "https://docs.stripe.com/error-codes/" + code.replace('_', '-'));
    }
    error.put("message", message);
    putIfPresent(error, "param", param);
    error.putAll(extra);
    return Map.of("error", error);
  }

  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
