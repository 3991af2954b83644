package org.ticketgrid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShapeAndLoadTest {

    @Test
    void requestsAreOneToFourAdjacentSeatsInsideOneSection() {
        Shape shape = Shape.evenSpread();
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            HoldRequest r = shape.next(random);
            assertThat(r.seats().length).isBetween(1, 4);
            assertThat(r.slot()).isBetween(0, shape.sections() - 1);
            assertThat(r.sectionId()).isEqualTo(shape.sectionId(r.slot()));
            for (int s = 0; s < r.seats().length; s++) {
                assertThat(r.seats()[s]).isEqualTo(r.seats()[0] + s).isBetween(0, shape.seatsPerSection() - 1);
            }
        }
    }

    @Test
    void onTheHotEventBuyersCrowdTheFrontRows() {
        Shape hot = Shape.hotEvent();
        SplittableRandom random = new SplittableRandom(2);
        int front = 0;
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            if (hot.next(random).seats()[0] < hot.seatsPerSection() / 10) {
                front++;
            }
        }
        // u^3 < 0.1 for u < 0.46: about 46% of requests start in the first tenth of a section.
        assertThat(front).isBetween(n * 40 / 100, n * 52 / 100);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 0})
    void theOpenLoopCountsQueueingDelayWhenTheStoreFallsBehind(int workers) throws InterruptedException {
        // 1,000 arrivals per second for 0.1 s into a store that serves one request per 5 ms, one at
        // a time: service time is 5 ms, but the last arrivals wait for all before them.
        AtomicInteger calls = new AtomicInteger();
        RunResult r = OpenLoop.run("t", "slow", new OpenLoop.Limits(1000, 100_000_000L, 1_000, workers, 1,
                60_000_000_000L, 5_000_000_000L, 0), intended -> {
                    calls.incrementAndGet();
                    Thread.sleep(5);
                    return OpenLoop.Result.of(Outcome.HELD);
                });
        assertThat(calls.get()).isEqualTo(100);
        assertThat(r.held()).isEqualTo(100);
        assertThat(r.missed()).isZero();
        assertThat(r.millisAt(99)).isGreaterThan(300); // ~100 x 5 ms - 100 ms of arrivals
        // The first request carries no queue; relative, so a stall of this JVM on a busy machine
        // (which delays every request alike) cannot fail it.
        assertThat(r.millisAt(0)).isLessThan(r.millisAt(99) / 2);
        assertThat(r.keptUp()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 0})
    void theOpenLoopStopsByItselfAndCountsWhatItCouldNotSend(int workers) throws InterruptedException {
        // The first request surely starts within the 1 s grace (even on a stalled CI machine) and
        // then blocks the only sender far beyond it, so exactly the other 49 are missed.
        RunResult r = OpenLoop.run("t", "stuck", new OpenLoop.Limits(1000, 50_000_000L, 1_000, workers, 1,
                1_000_000_000L, 5_000_000_000L, 0), intended -> {
                    Thread.sleep(3_000);
                    return OpenLoop.Result.of(Outcome.TAKEN);
                });
        assertThat(r.taken()).isEqualTo(1);
        assertThat(r.missed()).isEqualTo(49);
        assertThat(r.latency().getTotalCount()).isEqualTo(50);
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 0})
    void everyArrivalIsSentAndEveryFollowUpRuns(int workers) throws InterruptedException {
        AtomicInteger followUps = new AtomicInteger();
        // A grace of 60 s: a CI machine busy with other builds may stall this JVM for over a second
        // (it once missed one arrival with a 1 s grace), and the counts must not depend on that.
        RunResult r = OpenLoop.run("t", "fast", new OpenLoop.Limits(2000, 200_000_000L, 10_000, workers, 100,
                60_000_000_000L, 2_000_000_000L, 30), intended -> new OpenLoop.Result(Outcome.HELD,
                        followUps::incrementAndGet));
        // Whether it kept up depends on this machine's load; the counts do not.
        assertThat(r.held() + r.missed()).isEqualTo(400);
        assertThat(r.held()).isEqualTo(400);
        assertThat(r.missed()).isZero();
        assertThat(followUps.get()).isEqualTo(400);
    }

    @Test
    void storesTakeTurnsInARotatedOrder() {
        assertThat(InProcessBench.rotated(java.util.List.of("a", "b", "c"), 1)).containsExactly("b", "c", "a");
        assertThat(InProcessBench.rotated(java.util.List.of("a", "b", "c"), 3)).containsExactly("a", "b", "c");
    }

    @Test
    void onlyLoopbackTargetsAreAccepted() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Options.parse("--web", "http://example.com:8080"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Options.parse("--quick").reps()).isEqualTo(1);
    }
}
