package org.ticketgrid.app.accounts;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Throttling of guessable operations (sign-in, password reset, sign-up) by token buckets, one per
 * key ({@code login:account:<hash>}, {@code login:ip:<address>}). An attempt takes a token from
 * every bucket it concerns; if any bucket is empty the attempt is refused, the tokens already taken
 * are given back, and the caller learns how long to wait. A successful sign-in gives its token back
 * too, so only failures count against an account and an address (ASVS V2.2.1).
 *
 * <p>Plain Java over Bucket4j's {@link Bucket}: production buckets live in the grid (every
 * instance sees the same counts), the unit tests use local buckets with a hand-driven clock.
 */
public final class Throttle {

    /** A limit: {@code capacity} attempts, refilled gradually over {@code period}. */
    public record Limit(String name, long capacity, Duration period) {
    }

    /** A bucket key and the limit that applies to it. */
    public record Key(String key, Limit limit) {
    }

    /** Where buckets come from (the grid in production, memory in unit tests). */
    @FunctionalInterface
    public interface Buckets {
        Bucket bucket(String key, Limit limit);
    }

    /** The answer to an attempt. */
    public sealed interface Decision permits Allowed, Throttled {
    }

    /** Go ahead; {@link #release(List)} the keys if the attempt turns out to be legitimate. */
    public record Allowed() implements Decision {
    }

    /** Refused: try again after {@code retryAfter} (at least a second). */
    public record Throttled(Duration retryAfter, String limit) implements Decision {

        /** Whole seconds for a {@code Retry-After} header, rounded up. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private final Buckets buckets;

    public Throttle(Buckets buckets) {
        this.buckets = buckets;
    }

    /** Takes one token from the bucket of every key, or none at all. */
    public Decision attempt(List<Key> keys) {
        List<Bucket> taken = new ArrayList<>(keys.size());
        for (Key key : keys) {
            Bucket bucket = buckets.bucket(key.key(), key.limit());
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                taken.forEach(b -> b.addTokens(1));
                return new Throttled(Duration.ofNanos(probe.getNanosToWaitForRefill()), key.limit().name());
            }
            taken.add(bucket);
        }
        return new Allowed();
    }

    /** Gives back the tokens of an attempt that did not count (a correct password). */
    public void release(List<Key> keys) {
        for (Key key : keys) {
            buckets.bucket(key.key(), key.limit()).addTokens(1);
        }
    }
}
