package org.ticketgrid.sandbox.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed reads over decoded form parameters. A bad value becomes the same 400 Stripe sends (for
 * example {@code parameter_invalid_integer} naming the parameter), so endpoints never build those
 * errors themselves.
 */
public final class Params {

  private final String prefix;
  private final Map<String, Object> values;

  public Params(Map<String, Object> values) {
    this("", values);
  }

  private Params(String prefix, Map<String, Object> values) {
    this.prefix = prefix;
    this.values = Map.copyOf(values);
  }

  public static Params empty() {
    return new Params(Map.of());
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  public Set<String> names() {
    return values.keySet();
  }

  public Optional<String> string(String name) {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof String text)) {
      throw invalid(name, "Invalid string: %s must be a single value.".formatted(qualified(name)));
    }
    return Optional.of(text);
  }

  /** A string that must be present and non-empty. */
  public String requiredString(String name) {
    return string(name)
        .filter(s -> !s.isEmpty())
        .orElseThrow(() -> new ApiException(ApiError.missingParam(qualified(name))));
  }

  public Optional<Long> integer(String name) {
    Optional<String> text = string(name).filter(s -> !s.isEmpty());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(text.get()));
    } catch (NumberFormatException e) {
      throw new ApiException(
          ApiError.invalidRequest(
              400,
              "parameter_invalid_integer",
              "Invalid integer: %s".formatted(text.get()),
              qualified(name)));
    }
  }

  public long requiredInteger(String name) {
    return integer(name)
        .orElseThrow(() -> new ApiException(ApiError.missingParam(qualified(name))));
  }

  public Optional<Boolean> bool(String name) {
    Optional<String> text = string(name).filter(s -> !s.isEmpty());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return switch (text.get()) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default ->
          throw new ApiException(
              ApiError.invalidRequest(
                  400,
                  "parameter_invalid_boolean",
                  "Invalid boolean: %s".formatted(text.get()),
                  qualified(name)));
    };
  }

  /** A value restricted to a fixed set, like Stripe's enums. */
  public Optional<String> oneOf(String name, Set<String> allowed) {
    Optional<String> value = string(name).filter(s -> !s.isEmpty());
    value
        .filter(v -> !allowed.contains(v))
        .ifPresent(
            v -> {
              throw invalid(
                  name,
                  "Invalid %s: must be one of %s"
                      .formatted(
                          qualified(name), String.join(", ", allowed.stream().sorted().toList())));
            });
    return value;
  }

  /** A hash of strings such as {@code metadata}; empty when absent or sent as {@code name=}. */
  public Map<String, String> stringMap(String name) {
    Object value = values.get(name);
    if (value == null || "".equals(value)) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw invalid(name, "Invalid hash: %s".formatted(qualified(name)));
    }
    Map<String, String> result = new LinkedHashMap<>();
    map.forEach(
        (key, item) -> {
          if (!(item instanceof String text)) {
            throw invalid(name, "Invalid value for %s[%s]".formatted(qualified(name), key));
          }
          result.put((String) key, text);
        });
    return result;
  }

  /** True when the parameter was sent empty ({@code metadata=}), Stripe's way to unset it. */
  public boolean sentEmpty(String name) {
    return "".equals(values.get(name));
  }

  /**
   * A list of strings sent as {@code a[]=x}, {@code a[0]=x} (stripe-java's form) or a single {@code
   * a=x}.
   */
  public List<String> stringList(String name) {
    Object value = values.get(name);
    if (value == null || "".equals(value)) {
      return List.of();
    }
    List<Object> items =
        switch (value) {
          case String text -> List.of(text);
          case List<?> list -> new ArrayList<>(list);
          case Map<?, ?> map -> indexed(name, map);
          default -> throw invalid(name, "Invalid array: %s".formatted(qualified(name)));
        };
    List<String> result = new ArrayList<>();
    for (Object item : items) {
      if (!(item instanceof String text)) {
        throw invalid(name, "Invalid array: %s must hold strings".formatted(qualified(name)));
      }
      result.add(text);
    }
    return result;
  }

  /** The parameters under a hash such as {@code payment_method_data}; empty when absent. */
  @SuppressWarnings("unchecked")
  public Params nested(String name) {
    Object value = values.get(name);
    if (value == null) {
      return new Params(qualified(name), Map.of());
    }
    if (!(value instanceof Map<?, ?>)) {
      throw invalid(name, "Invalid hash: %s".formatted(qualified(name)));
    }
    return new Params(qualified(name), (Map<String, Object>) value);
  }

  /** A stable text form of all parameters, used to tell idempotent retries from reuse. */
  public String fingerprint() {
    return Json.canonical(values);
  }

  private List<Object> indexed(String name, Map<?, ?> map) {
    List<Map.Entry<Integer, Object>> entries = new ArrayList<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      try {
        entries.add(Map.entry(Integer.parseInt((String) entry.getKey()), entry.getValue()));
      } catch (NumberFormatException e) {
        throw invalid(name, "Invalid array: %s has a non-numeric index".formatted(qualified(name)));
      }
    }
    entries.sort(Comparator.comparing(Map.Entry::getKey));
    return entries.stream().map(Map.Entry::getValue).toList();
  }

  private String qualified(String name) {
    return prefix.isEmpty() ? name : prefix + "[" + name + "]";
  }

  private ApiException invalid(String name, String message) {
    return new ApiException(ApiError.invalidParam(qualified(name), message));
  }
}
