package org.ticketgrid.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Throttling rules on local buckets with a hand-driven clock (the grid holds them in production). */
class ThrottleTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Map<String, Bucket> buckets = new HashMap<>();
    private final Throttle throttle = new Throttle((key, limit) -> buckets.computeIfAbsent(key, k -> Bucket.builder()
            .withCustomTimePrecision(clock())
            .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period())).build()));

    private final Throttle.Limit fivePer15Minutes = new Throttle.Limit("login-per-account", 5, Duration.ofMinutes(15));
    private final Throttle.Limit twentyPer15Minutes = new Throttle.Limit("login-per-ip", 20, Duration.ofMinutes(15));

    @Test
    void theSixthQuickFailureIsThrottledWithATimeToWait() {
        List<Throttle.Key> keys = List.of(new Throttle.Key("login:account:a", fivePer15Minutes));
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.attempt(keys)).as("attempt " + (i + 1)).isInstanceOf(Throttle.Allowed.class);
        }
        var sixth = throttle.attempt(keys);
        assertThat(sixth).isInstanceOf(Throttle.Throttled.class);
        Throttle.Throttled throttled = (Throttle.Throttled) sixth;
        // One token comes back every 3 minutes.
        assertThat(throttled.retryAfterSeconds()).isEqualTo(180);
        assertThat(throttled.limit()).isEqualTo("login-per-account");
    }

    @Test
    void attemptsAreAllowedAgainAfterTheRefill() {
        List<Throttle.Key> keys = List.of(new Throttle.Key("login:account:b", fivePer15Minutes));
        for (int i = 0; i < 5; i++) {
            throttle.attempt(keys);
        }
        assertThat(throttle.attempt(keys)).isInstanceOf(Throttle.Throttled.class);
        nanos.addAndGet(Duration.ofMinutes(3).toNanos());
        assertThat(throttle.attempt(keys)).isInstanceOf(Throttle.Allowed.class);
        assertThat(throttle.attempt(keys)).isInstanceOf(Throttle.Throttled.class);
    }

    @Test
    void releasedAttemptsDoNotCount() {
        List<Throttle.Key> keys = List.of(new Throttle.Key("login:account:c", fivePer15Minutes));
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.attempt(keys)).isInstanceOf(Throttle.Allowed.class);
            throttle.release(keys); // a correct password
        }
    }

    @Test
    void aRefusalByOneKeyTakesNothingFromTheOthers() {
        Throttle.Key ip = new Throttle.Key("login:ip:10.0.0.1", twentyPer15Minutes);
        Throttle.Key account = new Throttle.Key("login:account:d", fivePer15Minutes);
        for (int i = 0; i < 5; i++) {
            throttle.attempt(List.of(ip, account));
        }
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.attempt(List.of(ip, account))).isInstanceOf(Throttle.Throttled.class);
        }
        // The address lost 5 tokens, not 15: the refused attempts were given back.
        assertThat(buckets.get("login:ip:10.0.0.1").getAvailableTokens()).isEqualTo(15);
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottledByItsAddress() {
        Throttle.Key ip = new Throttle.Key("login:ip:10.0.0.2", twentyPer15Minutes);
        for (int i = 0; i < 20; i++) {
            var account = new Throttle.Key("login:account:victim" + i, fivePer15Minutes);
            assertThat(throttle.attempt(List.of(account, ip))).isInstanceOf(Throttle.Allowed.class);
        }
        var next = throttle.attempt(List.of(new Throttle.Key("login:account:victim20", fivePer15Minutes), ip));
        assertThat(next).isInstanceOf(Throttle.Throttled.class);
        assertThat(((Throttle.Throttled) next).limit()).isEqualTo("login-per-ip");
        // The fresh account's own bucket was given its token back.
        assertThat(buckets.get("login:account:victim20").getAvailableTokens()).isEqualTo(5);
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        assertThat(new Throttle.Throttled(Duration.ofMillis(1), "x").retryAfterSeconds()).isEqualTo(1);
        assertThat(new Throttle.Throttled(Duration.ofMillis(1001), "x").retryAfterSeconds()).isEqualTo(2);
    }

    private TimeMeter clock() {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanos.get();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
    }
}
