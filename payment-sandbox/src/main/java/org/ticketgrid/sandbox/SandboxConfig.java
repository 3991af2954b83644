package org.ticketgrid.sandbox;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sandbox's settings. Each has a default that works for local development, so {@code java
 * PaymentSandbox} with no configuration matches what the web app expects on port 12111.
 *
 * @param webhookUrls endpoints that receive every event from startup on
 * @param apiVersion stamped on events when the request sent no {@code Stripe-Version}; must be on
 *     the release train of the application's stripe-java or its event deserializer returns empty
 */
public record SandboxConfig(
    String host,
    int port,
    Set<String> apiKeys,
    Set<String> publishableKeys,
    List<URI> webhookUrls,
    String webhookSecret,
    Duration webhookRetryDelay,
    int webhookMaxAttempts,
    Duration webhookTimeout,
    String apiVersion) {

  /**
   * The version stripe-java 33.x sends; keep in step with {@code stripe.version} in the root pom.
   */
  public static final String DEFAULT_API_VERSION = "2026-07-29.dahlia";

  public SandboxConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("SANDBOX_PORT must be 0-65535, was " + port);
    }
    apiKeys = Set.copyOf(apiKeys);
    publishableKeys = Set.copyOf(publishableKeys);
    if (apiKeys.isEmpty()) {
      throw new IllegalArgumentException("SANDBOX_API_KEY must name at least one key");
    }
    webhookUrls = List.copyOf(webhookUrls);
    Objects.requireNonNull(webhookSecret, "webhookSecret");
    if (webhookRetryDelay.isNegative()) {
      throw new IllegalArgumentException("SANDBOX_WEBHOOK_RETRY_MS must not be negative");
    }
    if (webhookMaxAttempts < 1) {
      throw new IllegalArgumentException("SANDBOX_WEBHOOK_MAX_ATTEMPTS must be at least 1");
    }
    if (webhookTimeout.isZero() || webhookTimeout.isNegative()) {
      throw new IllegalArgumentException("SANDBOX_WEBHOOK_TIMEOUT_MS must be positive");
    }
    Objects.requireNonNull(apiVersion, "apiVersion");
  }

  /**
   * Reads each setting from a system property of the same name ({@code -DSANDBOX_PORT=12199}) or
   * its dotted form ({@code -Dsandbox.port=12199}), else from the environment.
   */
  public static SandboxConfig fromEnvironment() {
    return from(
        name -> {
          String dotted = name.toLowerCase(Locale.ROOT).replace('_', '.');
          String value = System.getProperty(name, System.getProperty(dotted));
          return value != null ? value : System.getenv(name);
        });
  }

  /** Reads settings through {@code lookup}, which returns {@code null} for unset names. */
  public static SandboxConfig from(Function<String, String> lookup) {
    Settings settings = new Settings(lookup);
    return new SandboxConfig(
        settings.text("SANDBOX_HOST", "127.0.0.1"),
        settings.integer("SANDBOX_PORT", 12111),
        settings.set("SANDBOX_API_KEY", "sk_test_ticketgrid_local"),
        settings.set("SANDBOX_PUBLISHABLE_KEY", "pk_test_ticketgrid_local"),
        settings.list("SANDBOX_WEBHOOK_URL").stream().map(URI::create).toList(),
        settings.text("SANDBOX_WEBHOOK_SECRET", "whsec_ticketgrid_local"),
        Duration.ofMillis(settings.integer("SANDBOX_WEBHOOK_RETRY_MS", 1000)),
        settings.integer("SANDBOX_WEBHOOK_MAX_ATTEMPTS", 8),
        Duration.ofMillis(settings.integer("SANDBOX_WEBHOOK_TIMEOUT_MS", 10_000)),
        settings.text("SANDBOX_API_VERSION", DEFAULT_API_VERSION));
  }

  private record Settings(Function<String, String> lookup) {

    String text(String name, String fallback) {
      String value = lookup.apply(name);
      return value == null || value.isBlank() ? fallback : value.strip();
    }

    int integer(String name, int fallback) {
      String value = text(name, null);
      if (value == null) {
        return fallback;
      }
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            name + " must be a whole number, was '" + value + "'", e);
      }
    }

    List<String> list(String name) {
      String value = text(name, "");
      return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    Set<String> set(String name, String fallback) {
      List<String> values = list(name);
      return values.isEmpty() ? Set.of(fallback) : values.stream().collect(Collectors.toSet());
    }
  }
}
