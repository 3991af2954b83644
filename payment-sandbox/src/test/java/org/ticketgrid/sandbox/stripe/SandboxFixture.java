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
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.ticketgrid.sandbox.http.Json;

/**
 * An in-process sandbox on a free port with fast webhook retries, plus the two ways to talk to it:
 * stripe-java as the application does, and raw HTTP as a browser or curl does. Registered as a
 * static JUnit extension ({@link #perClass()}) it starts before a class's tests, is emptied before
 * each test and stops after the last one.
 */
final class SandboxFixture
    implements AutoCloseable, BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  static final String SECRET_KEY = "sk_test_ticketgrid_local";
  static final String PUBLISHABLE_KEY = "pk_test_ticketgrid_local";
  static final String WEBHOOK_SECRET = "whsec_ticketgrid_local";

  private final Map<String, String> overrides;
  private final HttpClient http = HttpClient.newHttpClient();
  private PaymentSandbox sandbox;
  private StripeClient stripe;

  private SandboxFixture(Map<String, String> overrides) {
    this.overrides = overrides;
  }

  /** For {@code @RegisterExtension static final SandboxFixture sandbox = SandboxFixture.perClass();} */
  static SandboxFixture perClass() {
    return new SandboxFixture(Map.of());
  }

  static SandboxFixture start() {
    return start(Map.of());
  }

  static SandboxFixture start(Map<String, String> overrides) {
    SandboxFixture fixture = new SandboxFixture(overrides);
    fixture.open();
    return fixture;
  }

  private void open() {
    Map<String, String> settings = new HashMap<>();
    settings.put("SANDBOX_PORT", "0");
    settings.put("SANDBOX_WEBHOOK_RETRY_MS", "50");
    settings.put("SANDBOX_WEBHOOK_MAX_ATTEMPTS", "4");
    settings.putAll(overrides);
    try {
      sandbox = PaymentSandbox.start(SandboxConfig.from(settings::get));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    stripe = client(SECRET_KEY);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    open();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /** stripe-java with the sandbox's secret key, as the application uses it. */
  StripeClient stripe() {
    return stripe;
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
