package org.ticketgrid.sandbox.webhooks;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.ticketgrid.sandbox.events.Event;
import org.ticketgrid.sandbox.events.EventSubscriber;
import org.ticketgrid.sandbox.events.EventView;
import org.ticketgrid.sandbox.events.PendingWebhooks;
import org.ticketgrid.sandbox.http.Json;

/**
 * Turns events into deliveries and runs their attempts on virtual threads.
 *
 * <p>First attempts are chained per endpoint and ordering key (the payment intent), so a receiver
 * normally sees {@code payment_intent.created} before {@code payment_intent.succeeded}. A failed
 * attempt is retried on a timer outside that chain: one broken delivery must not hold back the
 * rest, which is also why receivers cannot rely on order.
 *
 * <p>{@link #reset()} bumps a generation number; attempts scheduled before the reset see the new
 * number and quietly stop, so one test's retries never reach the next test's receiver.
 */
public final class WebhookDispatcher implements EventSubscriber, PendingWebhooks, AutoCloseable {

  private static final System.Logger LOG = System.getLogger(WebhookDispatcher.class.getName());
  private static final String USER_AGENT = "Stripe/1.0 (+https://stripe.com/docs/webhooks)";

  private final WebhookEndpoints endpoints;
  private final DeliveryLog deliveries;
  private final WebhookSigner signer;
  private final WebhookTransport transport;
  private final RetryPolicy retryPolicy;
  private final Clock clock;
  private final Supplier<String> ids;
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("webhook-retry-timer").factory());
  private final Map<String, CompletableFuture<Void>> chains = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  public WebhookDispatcher(
      WebhookEndpoints endpoints,
      DeliveryLog deliveries,
      WebhookTransport transport,
      RetryPolicy retryPolicy,
      Clock clock,
      Supplier<String> ids) {
    this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
    this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.signer = new WebhookSigner(clock);
  }

  @Override
  public void onEvent(Event event) {
    dispatch(event);
  }

  /** Sends the event again to every endpoint that wants it; how tests produce duplicates. */
  public List<Delivery> resend(Event event) {
    return dispatch(event);
  }

  @Override
  public int pendingFor(String eventId) {
    return deliveries.pendingFor(eventId);
  }

  public void reset() {
    generation.incrementAndGet();
    chains.clear();
    deliveries.clear();
  }

  @Override
  public void close() {
    generation.incrementAndGet();
    timer.shutdownNow();
    workers.shutdownNow();
  }

  private List<Delivery> dispatch(Event event) {
    List<WebhookEndpoint> targets = endpoints.accepting(event.type());
    if (targets.isEmpty()) {
      return List.of();
    }
    String payload = Json.write(EventView.render(event, targets.size()));
    long currentGeneration = generation.get();
    List<Delivery> created = new ArrayList<>();
    for (WebhookEndpoint target : targets) {
      Delivery delivery =
          new Delivery(
              ids.get(),
              event.id(),
              event.type(),
              target.id(),
              target.url(),
              payload,
              Delivery.State.PENDING,
              List.of(),
              clock.instant());
      deliveries.add(delivery);
      created.add(delivery);
      inOrder(
          target.id() + "|" + event.orderingKey(), () -> attempt(delivery.id(), currentGeneration));
    }
    return created;
  }

  private void inOrder(String chainKey, Runnable firstAttempt) {
    CompletableFuture<Void> next =
        chains.compute(
            chainKey,
            (key, tail) ->
                (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail)
                    .exceptionally(failure -> null)
                    .thenRunAsync(firstAttempt, workers));
    next.whenComplete((ignored, failure) -> chains.remove(chainKey, next));
  }

  private void attempt(String deliveryId, long expectedGeneration) {
    if (generation.get() != expectedGeneration) {
      return;
    }
    Delivery delivery = deliveries.find(deliveryId).orElse(null);
    if (delivery == null || delivery.state() != Delivery.State.PENDING) {
      return;
    }
    WebhookEndpoint endpoint = endpoints.find(delivery.endpointId()).orElse(null);
    if (endpoint == null) {
      deliveries.update(deliveryId, Delivery::abandoned);
      return;
    }
    Delivery.Attempt attempt = send(endpoint, delivery);
    if (generation.get() != expectedGeneration) {
      return;
    }
    Delivery.State next = nextState(attempt);
    deliveries.update(deliveryId, d -> d.withAttempt(attempt, next));
    if (next == Delivery.State.PENDING) {
      scheduleRetry(deliveryId, expectedGeneration, retryPolicy.delayAfter(attempt.number()));
    } else if (next == Delivery.State.FAILED) {
      LOG.log(
          Level.WARNING,
          "Giving up on {0} of {1} to {2} after {3} attempts",
          delivery.id(),
          delivery.eventId(),
          delivery.url(),
          attempt.number());
    }
  }

  private void scheduleRetry(String deliveryId, long expectedGeneration, Duration delay) {
    try {
      timer.schedule(
          () -> workers.execute(() -> attempt(deliveryId, expectedGeneration)),
          delay.toMillis(),
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // Shutting down: an unsent retry is what closing the sandbox means.
    }
  }

  private Delivery.State nextState(Delivery.Attempt attempt) {
    if (attempt.succeeded()) {
      return Delivery.State.DELIVERED;
    }
    return retryPolicy.mayRetryAfter(attempt.number())
        ? Delivery.State.PENDING
        : Delivery.State.FAILED;
  }

  private Delivery.Attempt send(WebhookEndpoint endpoint, Delivery delivery) {
    int number = delivery.attempts().size() + 1;
    Instant started = clock.instant();
    long startNanos = System.nanoTime();
    Integer status = null;
    String error = null;
    try {
      status =
          transport.post(
              endpoint.url(),
              delivery.payload(),
              Map.of(
                  "Content-Type",
                  "application/json; charset=utf-8",
                  "Stripe-Signature",
                  signer.header(delivery.payload(), endpoint.secret()),
                  "User-Agent",
                  USER_AGENT));
    } catch (IOException e) {
      error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted";
    } catch (RuntimeException e) {
      error = e.toString();
    }
    long millis = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    return new Delivery.Attempt(number, started, status, error, millis);
  }
}
