package org.ticketgrid.app.holds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.CatalogFixtures.aVenue;
import static org.ticketgrid.app.support.CatalogFixtures.anEventAt;
import static org.ticketgrid.app.support.CatalogFixtures.seatIds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.TestAccounts;
import org.ticketgrid.app.holds.usecase.HoldLimits;

/**
 * The per-account, per-event limit (8 seats here, the default), over HTTP against the real grid:
 * it refuses with a stable code, frees up on release and expiry, and parallel requests of one
 * account never pass it together, not even for a moment.
 */
@IntegrationTest
class HoldLimitIT {

    private static final int LIMIT = 8;

    @Value("${local.server.port}")
    int port;
    Api api;
    @Autowired
    HoldLimits limits;
    Api buyer;
    String buyerToken;
    String eventId;
    List<Long> seats;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api merchant = TestAccounts.asMerchant(api);
        // One section of one stripe: a seat map read is then one atomic snapshot of the entry.
        JsonNode venue = aVenue().withSections(1).withRows(10, 20).create(merchant);
        eventId = anEventAt(merchant, venue, "Limit Test " + UUID.randomUUID(), true).get("id").asText();
        seats = seatIds(venue).get(0);
        buyerToken = TestAccounts.customer(api).token();
        buyer = api.withToken(buyerToken);
    }

    @Test
    void theLimitCountsEveryLiveHoldAndFreesUpOnRelease() {
        Api.Response five = hold(buyer, seats.subList(0, 5));
        assertThat(five.status()).as(five.body()).isEqualTo(201);

        Api.Response four = hold(buyer, seats.subList(5, 9));
        assertThat(four.status()).as(four.body()).isEqualTo(409);
        assertThat(four.contentType()).startsWith("application/problem+json");
        assertThat(four.json().get("code").asText()).isEqualTo("hold-limit-reached");
        assertThat(four.json().get("maxPerAccountPerEvent").asInt()).isEqualTo(LIMIT);
        assertThat(four.json().get("used").asInt()).isEqualTo(5);
        assertThat(four.json().get("requested").asInt()).isEqualTo(4);
        assertThat(reserved()).as("a refusal changes nothing").isEqualTo(5);

        assertThat(hold(buyer, seats.subList(5, 8)).status()).isEqualTo(201);
        assertThat(hold(buyer, seats.subList(8, 9)).status()).isEqualTo(409);

        Api other = api.withToken(TestAccounts.customer(api).token());
        assertThat(hold(other, seats.subList(10, 18)).status()).as("another account has its own limit")
                .isEqualTo(201);

        assertThat(buyer.delete("/api/v1/holds/" + five.json().get("holdId").asText()).status()).isEqualTo(204);
        assertThat(hold(buyer, seats.subList(20, 25)).status()).as("released seats stop counting at once")
                .isEqualTo(201);
        assertThat(hold(buyer, seats.subList(25, 26)).status()).isEqualTo(409);
    }

    @Test
    void aRefusedHoldGivesBackItsCount() {
        Api other = api.withToken(TestAccounts.customer(api).token());
        assertThat(hold(other, seats.subList(0, 1)).status()).isEqualTo(201);
        for (int i = 0; i < 5; i++) {
            // Seven free seats and one taken: refused as taken; the seven must not stay counted.
            assertThat(hold(buyer, seats.subList(0, 8)).json().get("code").asText()).isEqualTo("seats-taken");
        }
        assertThat(hold(buyer, seats.subList(1, 9)).status()).isEqualTo(201);
    }

    @Test
    void expiredHoldsStopCountingWithoutAnyProcess() throws InterruptedException {
        assertThat(hold(buyer, seats.subList(0, 8)).status()).isEqualTo(201);
        assertThat(hold(buyer, seats.subList(8, 9)).status()).isEqualTo(409);
        Thread.sleep(4_300); // holds last 4 s in the tests
        assertThat(hold(buyer, seats.subList(8, 16)).status()).isEqualTo(201);
    }

    /**
     * What the orders feature will call: a bought hold keeps counting after the hold's time (the
     * grid entry then has no TTL), a refund gives the room back.
     */
    @Test
    void boughtSeatsKeepCountingUntilRefunded() throws InterruptedException {
        Api.Response bought = hold(buyer, seats.subList(0, 6));
        assertThat(bought.status()).isEqualTo(201);
        long holdId = Long.parseUnsignedLong(bought.json().get("holdId").asText(), 16);
        String account = api.withToken(buyerToken).get("/api/v1/me").json().get("id").asText();
        limits.confirm(eventId, account, holdId);
        Thread.sleep(4_300); // past the hold's time: only the purchase still counts
        assertThat(hold(buyer, seats.subList(10, 13)).json().get("code").asText()).isEqualTo("hold-limit-reached");
        assertThat(hold(buyer, seats.subList(10, 12)).status()).isEqualTo(201);
        limits.release(eventId, account, holdId);
        assertThat(hold(buyer, seats.subList(20, 21)).status()).as("a release does not undo a purchase")
                .isEqualTo(409);
        limits.refund(eventId, account, holdId);
        assertThat(hold(buyer, seats.subList(20, 26)).status()).isEqualTo(201);
    }

    @Test
    void generalAdmissionQuantitiesCountToo() {
        Api merchant = TestAccounts.asMerchant(api);
        JsonNode venue = merchant.post("/api/v1/venues", Map.of("name", "Floor " + UUID.randomUUID(), "address",
                "1 Test Street", "city", "Berlin", "country", "DE",
                "sections", List.of(Map.of("name", "Floor", "capacity", 100)))).json();
        JsonNode event = anEventAt(merchant, venue, "GA Limit " + UUID.randomUUID(), true);
        String path = "/api/v1/events/" + event.get("id").asText() + "/holds";
        String type = event.get("ticketTypes").get(0).get("id").asText();
        assertThat(buyer.post(path, Map.of("ticketTypeId", type, "quantity", 6)).status()).isEqualTo(201);
        Api.Response three = buyer.post(path, Map.of("ticketTypeId", type, "quantity", 3));
        assertThat(three.status()).isEqualTo(409);
        assertThat(three.json().get("code").asText()).isEqualTo("hold-limit-reached");
        assertThat(buyer.post(path, Map.of("ticketTypeId", type, "quantity", 2)).status()).isEqualTo(201);
    }

    /**
     * Rounds of 24 parallel requests of one account for disjoint seats (so only the limit can refuse
     * them): the seats granted in a round never pass the limit, equal what the grid shows held,
     * and fill it. Then everything is released and the next round starts from zero.
     */
    @Test
    void parallelRequestsOfOneAccountNeverPassTheLimitTogether() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            for (int round = 0; round < 5; round++) {
                List<List<Long>> requests = new ArrayList<>();
                List<Long> shuffled = new ArrayList<>(seats);
                Collections.shuffle(shuffled);
                int next = 0;
                for (int r = 0; r < 24; r++) {
                    int size = 1 + r % 3;
                    requests.add(shuffled.subList(next, next + size));
                    next += size;
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Api.Response>> answers = new ArrayList<>();
                for (List<Long> request : requests) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return hold(buyer, request);
                    }));
                }
                start.countDown();
                int granted = 0;
                List<String> holdIds = new ArrayList<>();
                for (Future<Api.Response> answer : answers) {
                    Api.Response response = answer.get(60, TimeUnit.SECONDS);
                    if (response.status() == 201) {
                        granted += response.json().get("seats").size();
                        holdIds.add(response.json().get("holdId").asText());
                    } else {
                        assertThat(response.status()).as(response.body()).isEqualTo(409);
                        assertThat(response.json().get("code").asText()).isEqualTo("hold-limit-reached");
                    }
                }
                assertThat(granted).as("round " + round).isLessThanOrEqualTo(LIMIT).isGreaterThan(LIMIT - 3);
                assertThat(reserved()).isEqualTo(granted);
                for (String id : holdIds) {
                    assertThat(buyer.delete("/api/v1/holds/" + id).status()).isEqualTo(204);
                }
                assertThat(reserved()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Sixteen threads of one account hold and release as fast as they can for a few seconds, each
     * from its own seats, while a watcher reads the seat map: the account never has more than the
     * limit held, at any moment the watcher looks.
     */
    @Test
    void holdAndReleaseChurnNeverShowsMoreThanTheLimit() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger maxSeen = new AtomicInteger();
        AtomicInteger holdsPlaced = new AtomicInteger();
        AtomicInteger looks = new AtomicInteger();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        try {
            Future<?> watcher = pool.submit(() -> {
                while (running.get()) {
                    maxSeen.accumulateAndGet(reserved(), Math::max);
                    looks.incrementAndGet();
                }
            });
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Long> own = seats.subList(t * 12, t * 12 + 12);
                workers.add(pool.submit(() -> {
                    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(6);
                    List<String> mine = new ArrayList<>();
                    List<List<Long>> mineSeats = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        if (!mine.isEmpty() && random.nextBoolean()) {
                            int i = random.nextInt(mine.size());
                            int status = buyer.delete("/api/v1/holds/" + mine.remove(i)).status();
                            mineSeats.remove(i);
                            if (status != 204) {
                                unexpected.add("release " + status);
                            }
                            continue;
                        }
                        List<Long> free = new ArrayList<>(own);
                        mineSeats.forEach(free::removeAll);
                        Collections.shuffle(free);
                        List<Long> want = free.subList(0, Math.min(free.size(), 1 + random.nextInt(4)));
                        if (want.isEmpty()) {
                            continue;
                        }
                        Api.Response response = hold(buyer, want);
                        if (response.status() == 201) {
                            holdsPlaced.incrementAndGet();
                            mine.add(response.json().get("holdId").asText());
                            mineSeats.add(List.copyOf(want));
                        } else if (response.status() != 409
                                || !"hold-limit-reached".equals(response.json().get("code").asText())) {
                            unexpected.add(response.status() + " " + response.body());
                        }
                    }
                    mine.forEach(id -> buyer.delete("/api/v1/holds/" + id));
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }
            running.set(false);
            watcher.get(10, TimeUnit.SECONDS);
        } finally {
            running.set(false);
            pool.shutdownNow();
        }
        assertThat(unexpected).isEmpty();
        assertThat(holdsPlaced.get()).as("the churn really ran").isGreaterThan(20);
        assertThat(looks.get()).isGreaterThan(5);
        assertThat(maxSeen.get()).isLessThanOrEqualTo(LIMIT);
        assertThat(reserved()).isZero();
    }

    private Api.Response hold(Api as, List<Long> seatIds) {
        return as.post("/api/v1/events/" + eventId + "/holds", Map.of("seatIds", seatIds));
    }

    /** Seats of the event held right now, from its seat map. */
    private int reserved() {
        JsonNode map = api.get("/api/v1/events/" + eventId + "/seats").json();
        int reserved = 0;
        for (JsonNode section : map.get("sections")) {
            for (JsonNode seat : section.get("seats")) {
                if ("RESERVED".equals(seat.get("status").asText())) {
                    reserved++;
                }
            }
        }
        return reserved;
    }
}
