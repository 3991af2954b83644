package org.ticketgrid.sandbox.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ticketgrid.sandbox.events.Event;
import org.ticketgrid.sandbox.http.Json;

class WebhookDispatcherTest {

  private static final URI RECEIVER = URI.create("http://receiver.test/hook");
  private static final URI OTHER = URI.create("http://other.test/hook");

  private final AtomicInteger ids = new AtomicInteger();
  private final WebhookEndpoints endpoints = new WebhookEndpoints();
  private final DeliveryLog deliveries = new DeliveryLog();
  private final ScriptedTransport transport = new ScriptedTransport();
  private final WebhookDispatcher dispatcher =
      new WebhookDispatcher(
          endpoints,
          deliveries,
          transport,
          new RetryPolicy(Duration.ofMillis(10), 3),
          Clock.systemUTC(),
          () -> "whdel_" + ids.incrementAndGet());

  @AfterEach
  void close() {
    dispatcher.close();
  }

  private void endpoint(URI url, String... events) {
    endpoints.add(
        new WebhookEndpoint(
            "we_" + url.getHost(),
            url,
            List.of(events),
            "whsec_test",
            null,
            Map.of(),
            Instant.now(),
            false));
  }

  private static Event event(String id, String type, String intent) {
    return new Event(
        id,
        type,
        Instant.now(),
        "2026-07-29.dahlia",
        Map.of("id", intent),
        new Event.Origin("req_1", null),
        intent);
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 5 s");
      }
      Thread.sleep(5);
    }
  }

  @Test
  void each_event_goes_signed_to_the_endpoints_that_subscribed_to_its_type() throws Exception {
    endpoint(RECEIVER, "*");
    endpoint(OTHER, "charge.refunded");

    dispatcher.onEvent(event("evt_1", "payment_intent.succeeded", "pi_1"));

    await(() -> transport.sent.size() == 1);
    Sent sent = transport.sent.getFirst();
    assertThat(sent.url()).isEqualTo(RECEIVER);
    assertThat(sent.headers().get("Stripe-Signature")).startsWith("t=");
    Map<String, Object> payload = Json.readObject(sent.payload());
    assertThat(payload).containsEntry("id", "evt_1").containsEntry("pending_webhooks", 1);
    await(() -> deliveries.all().getFirst().state() == Delivery.State.DELIVERED);
  }

  @Test
  void a_failing_receiver_is_retried_until_it_answers_2xx() throws Exception {
    endpoint(RECEIVER, "*");
    transport.script(RECEIVER, 500, 503, 200);

    dispatcher.onEvent(event("evt_1", "payment_intent.succeeded", "pi_1"));

    await(() -> deliveries.all().getFirst().state() == Delivery.State.DELIVERED);
    assertThat(deliveries.all().getFirst().attempts())
        .extracting(Delivery.Attempt::statusCode)
        .containsExactly(500, 503, 200);
    assertThat(transport.sent)
        .extracting(Sent::payload)
        .containsOnly(transport.sent.getFirst().payload());
  }

  @Test
  void an_unreachable_receiver_is_given_up_after_the_last_attempt() throws Exception {
    endpoint(RECEIVER, "*");
    transport.unreachable.add(RECEIVER);

    dispatcher.onEvent(event("evt_1", "payment_intent.succeeded", "pi_1"));

    await(() -> deliveries.all().getFirst().state() == Delivery.State.FAILED);
    Delivery delivery = deliveries.all().getFirst();
    assertThat(delivery.attempts()).hasSize(3);
    assertThat(delivery.attempts().getFirst().error()).contains("ConnectException");
    assertThat(dispatcher.pendingFor("evt_1")).isZero();
  }

  @Test
  void first_attempts_for_one_intent_arrive_in_event_order_even_when_the_first_is_slow()
      throws Exception {
    endpoint(RECEIVER, "*");
    transport.slowFor.put("evt_1", Duration.ofMillis(200));

    dispatcher.onEvent(event("evt_1", "payment_intent.created", "pi_1"));
    dispatcher.onEvent(event("evt_2", "payment_intent.succeeded", "pi_1"));

    await(() -> transport.sent.size() == 2);
    assertThat(transport.sent)
        .extracting(s -> Json.readObject(s.payload()).get("id"))
        .containsExactly("evt_1", "evt_2");
  }

  @Test
  void resending_delivers_the_same_event_again() throws Exception {
    endpoint(RECEIVER, "*");
    Event event = event("evt_1", "payment_intent.succeeded", "pi_1");
    dispatcher.onEvent(event);

    dispatcher.resend(event);

    await(() -> transport.sent.size() == 2);
    assertThat(transport.sent)
        .extracting(s -> Json.readObject(s.payload()).get("id"))
        .containsExactly("evt_1", "evt_1");
  }

  @Test
  void a_reset_stops_retries_that_were_already_scheduled() throws Exception {
    endpoint(RECEIVER, "*");
    transport.script(RECEIVER, 500, 500, 500);
    dispatcher.onEvent(event("evt_1", "payment_intent.succeeded", "pi_1"));
    await(() -> transport.sent.size() == 1);

    dispatcher.reset();
    Thread.sleep(100);

    assertThat(transport.sent).hasSize(1);
    assertThat(deliveries.all()).isEmpty();
  }

  private record Sent(URI url, String payload, Map<String, String> headers) {}

  /** Answers from a per-URL script (200 once the script runs out), recording every request. */
  private static final class ScriptedTransport implements WebhookTransport {
    final List<Sent> sent = new CopyOnWriteArrayList<>();
    final List<URI> unreachable = new CopyOnWriteArrayList<>();
    final Map<String, Duration> slowFor = new ConcurrentHashMap<>();
    private final Map<URI, Deque<Integer>> scripts = new ConcurrentHashMap<>();

    void script(URI url, Integer... statuses) {
      scripts.put(url, new ArrayDeque<>(List.of(statuses)));
    }

    @Override
    public int post(URI url, String payload, Map<String, String> headers)
        throws IOException, InterruptedException {
      Duration delay = slowFor.get((String) Json.readObject(payload).get("id"));
      if (delay != null) {
        Thread.sleep(delay.toMillis());
      }
      sent.add(new Sent(url, payload, headers));
      if (unreachable.contains(url)) {
        throw new ConnectException("Connection refused");
      }
      Deque<Integer> script = scripts.get(url);
      synchronized (this) {
        return script == null || script.isEmpty() ? 200 : script.poll();
      }
    }
  }
}
