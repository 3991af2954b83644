package org.ticketgrid.sandbox.http;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the response to each {@code Idempotency-Key}, per API key as Stripe scopes them, so a
 * retried request gets the first answer instead of a second charge.
 *
 * <p>A key is claimed before the endpoint runs: a concurrent request with the same key gets a 409
 * (Stripe's {@code idempotency_key_in_use}) rather than running twice. Keys never expire; the
 * process is short-lived and {@code /_sandbox/reset} clears them.
 */
public final class IdempotencyStore {

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  /** What to do with a request carrying a key. */
  public sealed interface Claim {
    record Proceed() implements Claim {}

    record Replay(ApiResponse response) implements Claim {}

    record Mismatch() implements Claim {}

    record InFlight() implements Claim {}
  }

  public Claim claim(String scope, String key, String fingerprint) {
    Entry fresh = new Entry(fingerprint, null);
    Entry existing = entries.putIfAbsent(scoped(scope, key), fresh);
    if (existing == null) {
      return new Claim.Proceed();
    }
    if (!existing.fingerprint.equals(fingerprint)) {
      return new Claim.Mismatch();
    }
    return existing.response == null ? new Claim.InFlight() : new Claim.Replay(existing.response);
  }

  public void complete(String scope, String key, ApiResponse response) {
    Objects.requireNonNull(response, "response");
    entries.computeIfPresent(
        scoped(scope, key), (k, entry) -> new Entry(entry.fingerprint, response));
  }

  /** The request did not execute (it failed validation); a retry may run it for real. */
  public void release(String scope, String key) {
    entries.computeIfPresent(
        scoped(scope, key), (k, entry) -> entry.response == null ? null : entry);
  }

  public void clear() {
    entries.clear();
  }

  private static String scoped(String scope, String key) {
    return scope + "\u0000" + key;
  }

  private record Entry(String fingerprint, ApiResponse response) {}
}
