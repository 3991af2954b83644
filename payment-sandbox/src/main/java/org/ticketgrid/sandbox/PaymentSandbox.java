package org.ticketgrid.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ticketgrid.sandbox.control.SandboxControlApi;
import org.ticketgrid.sandbox.events.EventLog;
import org.ticketgrid.sandbox.events.EventsApi;
import org.ticketgrid.sandbox.http.ApiFront;
import org.ticketgrid.sandbox.http.Authenticator;
import org.ticketgrid.sandbox.http.IdempotencyStore;
import org.ticketgrid.sandbox.http.Router;
import org.ticketgrid.sandbox.payments.RandomIds;
import org.ticketgrid.sandbox.payments.api.PaymentsApi;
import org.ticketgrid.sandbox.webhooks.DeliveryLog;
import org.ticketgrid.sandbox.webhooks.HttpWebhookTransport;
import org.ticketgrid.sandbox.webhooks.RetryPolicy;
import org.ticketgrid.sandbox.webhooks.WebhookDispatcher;
import org.ticketgrid.sandbox.webhooks.WebhookEndpoints;
import org.ticketgrid.sandbox.webhooks.WebhookEndpointsApi;

/**
 * Starts the sandbox: {@code java -cp ... org.ticketgrid.sandbox.PaymentSandbox}, or {@link
 * #start(SandboxConfig)} in-process from a test (port 0 picks a free port).
 *
 * <p>This class only wires the parts together; behaviour lives in the feature packages.
 */
public final class PaymentSandbox implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(PaymentSandbox.class.getName());

  private final HttpServer server;
  private final ExecutorService requestThreads;
  private final WebhookDispatcher dispatcher;
  private final Runnable reset;

  private PaymentSandbox(
      HttpServer server,
      ExecutorService requestThreads,
      WebhookDispatcher dispatcher,
      Runnable reset) {
    this.server = server;
    this.requestThreads = requestThreads;
    this.dispatcher = dispatcher;
    this.reset = reset;
  }

  public static void main(String[] args) throws IOException {
    SandboxConfig config = SandboxConfig.fromEnvironment();
    PaymentSandbox sandbox = start(config);
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "payment-sandbox-shutdown"));
    LOG.log(
        Level.INFO,
        "Payment sandbox listening on {0} (webhooks: {1}, Stripe-Version default {2})",
        sandbox.baseUri(),
        config.webhookUrls().isEmpty() ? "none configured" : config.webhookUrls(),
        config.apiVersion());
  }

  public static PaymentSandbox start(SandboxConfig config) throws IOException {
    Objects.requireNonNull(config, "config");
    Clock clock = Clock.systemUTC();
    RandomIds ids = new RandomIds();
    EventLog events = new EventLog(clock, () -> ids.next("evt"));
    WebhookEndpoints endpoints = new WebhookEndpoints();
    DeliveryLog deliveries = new DeliveryLog();
    WebhookDispatcher dispatcher =
        new WebhookDispatcher(
            endpoints,
            deliveries,
            new HttpWebhookTransport(config.webhookTimeout()),
            new RetryPolicy(config.webhookRetryDelay(), config.webhookMaxAttempts()),
            clock,
            () -> ids.next("whdel"));
    events.subscribe(dispatcher);
    WebhookEndpointsApi endpointsApi =
        new WebhookEndpointsApi(endpoints, config.webhookSecret(), clock, () -> ids.next("we"));
    config.webhookUrls().forEach(endpointsApi::configured);
    IdempotencyStore idempotency = new IdempotencyStore();
    PaymentsApi payments = new PaymentsApi(clock, ids, events);
    Runnable reset =
        () -> {
          dispatcher.reset();
          endpoints.removeRegistered();
          payments.reset();
          events.clear();
          idempotency.clear();
        };

    Router router = new Router();
    payments.register(router);
    new EventsApi(events, dispatcher).register(router);
    endpointsApi.register(router);
    new SandboxControlApi(reset, events, deliveries, dispatcher).register(router);

    HttpServer server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
    ExecutorService requestThreads = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(requestThreads);
    server.createContext(
        "/",
        new ApiFront(
            router,
            new Authenticator(config.apiKeys(), config.publishableKeys()),
            idempotency,
            config.apiVersion()));
    server.start();
    return new PaymentSandbox(server, requestThreads, dispatcher, reset);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Where stripe-java's {@code setApiBase} should point. */
  public URI baseUri() {
    return URI.create("http://" + hostForUri() + ":" + port());
  }

  /** Same as {@code POST /_sandbox/reset}. */
  public void reset() {
    reset.run();
  }

  @Override
  public void close() {
    server.stop(0);
    dispatcher.close();
    requestThreads.shutdownNow();
  }

  private String hostForUri() {
    String host = server.getAddress().getHostString();
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
