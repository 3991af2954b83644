package org.ticketgrid.sandbox.stripe;

import com.stripe.StripeClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.ticketgrid.sandbox.PaymentSandbox;
import org.ticketgrid.sandbox.SandboxConfig;
import org.ticketgrid.sandbox.http.Json;

/**
 * An in-process sandbox on a free port with fast webhook retries, plus the two ways to talk to it:
 * stripe-java as the application does, and raw HTTP as a browser or curl does.
 */
final class SandboxFixture implements AutoCloseable {

  static final String SECRET_KEY = "sk_test_ticketgrid_local";
  static final String PUBLISHABLE_KEY = "pk_test_ticketgrid_local";
  static final String WEBHOOK_SECRET = "whsec_ticketgrid_local";

  private final PaymentSandbox sandbox;
  private final HttpClient http = HttpClient.newHttpClient();

  private SandboxFixture(PaymentSandbox sandbox) {
    this.sandbox = sandbox;
  }

  static SandboxFixture start() {
    return start(Map.of());
  }

  static SandboxFixture start(Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>();
    settings.put("SANDBOX_PORT", "0");
    settings.put("SANDBOX_WEBHOOK_RETRY_MS", "50");
    settings.put("SANDBOX_WEBHOOK_MAX_ATTEMPTS", "4");
    settings.putAll(overrides);
    try {
      return new SandboxFixture(PaymentSandbox.start(SandboxConfig.from(settings::get)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  StripeClient client() {
    return client(SECRET_KEY);
  }

  StripeClient client(String apiKey) {
    return StripeClient.builder().setApiKey(apiKey).setApiBase(baseUri().toString()).build();
  }

  URI baseUri() {
    return sandbox.baseUri();
  }

  void reset() {
    sandbox.reset();
  }

  /** A request as a browser or curl sends it: form body, any key, any extra headers. */
  RawResponse post(String path, String apiKey, String form, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(baseUri().resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  RawResponse get(String path, String apiKey) {
    HttpRequest.Builder request = HttpRequest.newBuilder(baseUri().resolve(path)).GET();
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    return send(request.build());
  }

  RawResponse send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new RawResponse(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    sandbox.close();
  }

  record RawResponse(HttpResponse<String> response) {

    int status() {
      return response.statusCode();
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    Map<String, Object> json() {
      return Json.readObject(response.body());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> error() {
      return (Map<String, Object>) json().get("error");
    }
  }
}
