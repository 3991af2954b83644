package org.ticketgrid.holds.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ticketgrid.grid.CountingEntry;
import org.ticketgrid.holds.quota.ep.ChangeQuotaProcessor;
import org.ticketgrid.holds.quota.ep.ReleaseQuotaProcessor;
import org.ticketgrid.holds.quota.ep.ReserveQuotaProcessor;

/** The per-account hold limit as plain Java, and its processors on a stand-in entry. */
class HoldQuotaTest {

    private static final int LIMIT = 8;

    private static CountingEntry<QuotaKey, HoldQuota> entry() {
        return new CountingEntry<>(new QuotaKey("e", "a"), null);
    }

    @Test
    void grantsUpToTheLimitAndRefusesBeyondWithoutChange() {
        HoldQuota q = HoldQuota.empty();
        HoldQuota.Decision first = q.reserve(1, 5, LIMIT, 0, 100);
        assertThat(first.granted()).isTrue();
        assertThat(first.used()).isEqualTo(5);
        HoldQuota.Decision second = first.next().reserve(2, 4, LIMIT, 10, 100);
        assertThat(second.granted()).isFalse();
        assertThat(second.used()).isEqualTo(5);
        assertThat(second.next()).isSameAs(first.next());
        HoldQuota.Decision exact = first.next().reserve(3, 3, LIMIT, 10, 100);
        assertThat(exact.granted()).isTrue();
        assertThat(exact.used()).isEqualTo(LIMIT);
    }

    @Test
    void aRetriedReservationIsNotCountedTwice() {
        HoldQuota q = HoldQuota.empty().reserve(1, 5, LIMIT, 0, 100).next();
        HoldQuota.Decision again = q.reserve(1, 5, LIMIT, 1, 100);
        assertThat(again.granted()).isTrue();
        assertThat(again.used()).isEqualTo(5);
        assertThat(again.next()).as("nothing changed: nothing to write").isSameAs(q);

        HoldQuota later = q.reserve(1, 5, LIMIT, 1, 300).next();
        assertThat(later.used(250)).as("asked again with a later end: it counts until then").isEqualTo(5);
        assertThat(later.reserve(1, 5, LIMIT, 1, 200).next().used(250)).as("never shortened").isEqualTo(5);
    }

    @Test
    void expiredHoldsStopCountingWithoutAnyProcess() {
        HoldQuota q = HoldQuota.empty().reserve(1, 8, LIMIT, 0, 100).next();
        assertThat(q.reserve(2, 1, LIMIT, 99, 200).granted()).isFalse();
        HoldQuota.Decision after = q.reserve(2, 8, LIMIT, 100, 200);
        assertThat(after.granted()).as("at its 'until' the hold no longer counts").isTrue();
        assertThat(after.next().contains(1)).as("and is dropped").isFalse();
    }

    @Test
    void releasingFreesRoomButPurchasesKeepCountingUntilRefunded() {
        HoldQuota q = HoldQuota.empty().reserve(1, 4, LIMIT, 0, 100).next().reserve(2, 4, LIMIT, 0, 100).next();
        q = q.release(1);
        assertThat(q.used(50)).isEqualTo(4);
        q = q.confirm(2);
        assertThat(q.used(1_000_000)).as("bought seats count after the hold's time").isEqualTo(4);
        assertThat(q.hasPurchases()).isTrue();
        assertThat(q.release(2).used(0)).as("a late release of a bought hold changes nothing").isEqualTo(4);
        assertThat(q.refund(2).used(0)).isZero();
    }

    @Test
    void extendingNeverShortens() {
        HoldQuota q = HoldQuota.empty().reserve(1, 2, LIMIT, 0, 100).next();
        assertThat(q.extend(1, 50)).isSameAs(q);
        assertThat(q.extend(1, 300).used(200)).isEqualTo(2);
    }

    @Test
    void processorsWriteOnlyOnChangeAndRemoveEmptyEntries() {
        var entry = entry();
        assertThat(new ReserveQuotaProcessor(1, 6, LIMIT, 0, 100).process(entry)).isEqualTo(new QuotaOutcome(true, 6));
        assertThat(entry.writes()).isOne();
        assertThat(new ReserveQuotaProcessor(2, 3, LIMIT, 0, 100).process(entry)).isEqualTo(new QuotaOutcome(false, 6));
        assertThat(entry.writes()).as("a refusal writes nothing").isOne();
        assertThat(new ChangeQuotaProcessor(9, 500, 0).process(entry)).as("unknown hold").isEqualTo(6);
        assertThat(entry.writes()).isOne();
        assertThat(ReleaseQuotaProcessor.release(1, 0).process(entry)).isZero();
        assertThat(entry.getValue()).as("an empty quota removes the entry").isNull();
        assertThat(ReleaseQuotaProcessor.release(1, 0).process(entry)).isZero();
        assertThat(entry.writes()).isEqualTo(2);
    }

    @Test
    void confirmedHoldsSurviveTheSweepersTidyUp() {
        var entry = entry();
        new ReserveQuotaProcessor(1, 3, LIMIT, 0, 100).process(entry);
        new ReserveQuotaProcessor(2, 2, LIMIT, 0, 100).process(entry);
        ChangeQuotaProcessor.confirm(2, 10).process(entry);
        assertThat(ReleaseQuotaProcessor.expiredOnly(500).process(entry)).isEqualTo(2);
        assertThat(new ReserveQuotaProcessor(3, 7, LIMIT, 500, 600).process(entry).granted()).isFalse();
        assertThat(new ReserveQuotaProcessor(3, 6, LIMIT, 500, 600).process(entry).granted()).isTrue();
    }

    /**
     * Many threads of one account race for room; the entry is used one call at a time as its
     * partition thread would. However the calls interleave, the granted seats never pass the limit.
     */
    @Test
    void parallelReservationsNeverPassTheLimit() throws InterruptedException {
        var entry = entry();
        Object partitionThread = new Object();
        AtomicInteger grantedSeats = new AtomicInteger();
        Map<Long, Integer> granted = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        for (long id = 1; id <= 200; id++) {
            long holdId = id;
            int seats = 1 + (int) (id % 4);
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                QuotaOutcome outcome;
                synchronized (partitionThread) {
                    outcome = new ReserveQuotaProcessor(holdId, seats, LIMIT, 0, 100).process(entry);
                }
                if (outcome.granted()) {
                    granted.put(holdId, seats);
                    grantedSeats.addAndGet(seats);
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(grantedSeats.get()).isLessThanOrEqualTo(LIMIT).isEqualTo(entry.getValue().used(0));
        assertThat(granted).isNotEmpty();
    }
}
