package org.ticketgrid.sandbox.stripe;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.ticketgrid.sandbox.http.Json;

/**
 * A tiny application stand-in that receives webhooks on a random port, records them, and answers
 * with scripted status codes (200 once the script is used up).
 */
final class WebhookReceiver implements AutoCloseable {

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Deque<Integer> script = new ArrayDeque<>();

  WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(
        "/webhook",
        exchange -> {
          try (exchange;
              InputStream in = exchange.getRequestBody()) {
            String payload = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = nextStatus();
            received.add(
                new Received(
                    payload,
                    exchange.getRequestHeaders().getFirst("Stripe-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    status));
            exchange.sendResponseHeaders(status, -1);
          }
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhook";
  }

  synchronized void respondWith(Integer... statuses) {
    script.addAll(List.of(statuses));
  }

  private synchronized int nextStatus() {
    Integer next = script.poll();
    return next == null ? 200 : next;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  /** Waits until a request matching {@code condition} has arrived, and returns all so far. */
  List<Received> awaitReceived(Predicate<List<Received>> condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.test(received())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("webhooks not received in time; got " + received());
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    return received();
  }

  Received awaitEvent(String type) {
    return awaitReceived(all -> all.stream().anyMatch(r -> r.type().equals(type))).stream()
        .filter(r -> r.type().equals(type))
        .findFirst()
        .orElseThrow();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  record Received(String payload, String signature, String contentType, int answeredWith) {

    String type() {
      return (String) Json.readObject(payload).get("type");
    }

    String eventId() {
      return (String) Json.readObject(payload).get("id");
    }
  }
}
