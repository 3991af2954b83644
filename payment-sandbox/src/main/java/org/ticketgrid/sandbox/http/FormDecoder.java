package org.ticketgrid.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes {@code application/x-www-form-urlencoded} text with Stripe's bracket syntax into nested
 * maps and lists: {@code metadata[orderId]=7} becomes {@code {metadata={orderId=7}}} and {@code
 * payment_method_types[]=card} a list.
 *
 * <p>Indexed keys ({@code a[0]=x}, which stripe-java sends for lists) are kept as a map with keys
 * "0", "1", ... because only the consumer knows whether {@code metadata[0]} is a list element or a
 * metadata key named "0"; {@link Params#stringList} accepts both shapes.
 */
public final class FormDecoder {

  private FormDecoder() {}

  public static Map<String, Object> decode(String form) {
    Map<String, Object> root = new LinkedHashMap<>();
    if (form == null || form.isEmpty()) {
      return root;
    }
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String rawKey = equals < 0 ? pair : pair.substring(0, equals);
      String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
      put(root, parseKey(urlDecode(rawKey)), urlDecode(rawValue));
    }
    return root;
  }

  /** Splits {@code a[b][]} into {@code [a, b, ""]}; an empty segment means "append to a list". */
  static List<String> parseKey(String key) {
    int open = key.indexOf('[');
    String head = open < 0 ? key : key.substring(0, open);
    if (head.isEmpty()) {
      throw malformed(key);
    }
    List<String> segments = new ArrayList<>();
    segments.add(head);
    int at = open;
    while (at >= 0 && at < key.length()) {
      int close = key.indexOf(']', at);
      if (key.charAt(at) != '[' || close < 0) {
        throw malformed(key);
      }
      segments.add(key.substring(at + 1, close));
      at = close + 1;
    }
    for (int i = 1; i < segments.size() - 1; i++) {
      if (segments.get(i).isEmpty()) {
        throw malformed(key);
      }
    }
    return segments;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> root, List<String> segments, String value) {
    Map<String, Object> container = root;
    for (int i = 0; i < segments.size() - 1; i++) {
      String segment = segments.get(i);
      boolean nextIsAppend = i == segments.size() - 2 && segments.getLast().isEmpty();
      Object existing = container.get(segment);
      if (nextIsAppend) {
        if (existing == null) {
          existing = new ArrayList<>();
          container.put(segment, existing);
        }
        if (!(existing instanceof List)) {
          throw conflict(segment);
        }
        ((List<Object>) existing).add(value);
        return;
      }
      if (existing == null) {
        existing = new LinkedHashMap<String, Object>();
        container.put(segment, existing);
      }
      if (!(existing instanceof Map)) {
        throw conflict(segment);
      }
      container = (Map<String, Object>) existing;
    }
    String last = segments.getLast();
    Object existing = container.get(last);
    if (existing instanceof Map || existing instanceof List) {
      throw conflict(last);
    }
    container.put(last, value);
  }

  private static String urlDecode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ApiException(
          ApiError.invalidRequest(400, null, "Invalid form encoding: " + e.getMessage(), null));
    }
  }

  private static ApiException malformed(String key) {
    return new ApiException(
        ApiError.invalidRequest(
            400, "parameter_invalid", "Invalid parameter name: %s".formatted(key), key));
  }

  private static ApiException conflict(String name) {
    return new ApiException(
        ApiError.invalidRequest(
            400,
            "parameter_invalid",
            "Invalid value for %s: it was sent both as a value and as a hash or array."
                .formatted(name),
            name));
  }
}
