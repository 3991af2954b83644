package org.ticketgrid.app.waitingroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.CatalogFixtures.aVenue;
import static org.ticketgrid.app.support.CatalogFixtures.seatIds;
import static org.ticketgrid.app.support.WaitingRooms.admitted;
import static org.ticketgrid.app.support.WaitingRooms.awaitState;
import static org.ticketgrid.app.support.WaitingRooms.highDemandEvent;
import static org.ticketgrid.app.support.WaitingRooms.hold;
import static org.ticketgrid.app.support.WaitingRooms.join;
import static org.ticketgrid.app.support.WaitingRooms.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.EventStream;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.Orders;
import org.ticketgrid.app.support.TestAccounts;
import org.ticketgrid.inventory.SeatId;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;
import org.ticketgrid.inventory.ep.ConfirmSeatsProcessor;
import org.ticketgrid.inventory.ep.RevokeSeatsProcessor;
import org.ticketgrid.testing.Eventually;
import org.ticketgrid.waitingroom.DrawOrder;

/** The waiting room against the real stack: join, FIFO admission that follows the inventory, tokens, draw. */
@IntegrationTest
class WaitingRoomIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    IMap<SectionKey, SectionInventory> inventory;
    Api api;
    Api merchant;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        merchant = TestAccounts.asMerchant(api);
    }

    Api buyer() {
        return api.withToken(TestAccounts.customer(api).token()).from(TestAccounts.randomIp());
    }

    List<Api> buyers(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Api>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                made.add(pool.submit(this::buyer));
            }
            List<Api> out = new ArrayList<>();
            for (Future<Api> f : made) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void twoHundredConcurrentJoinsAreAdmittedInNumberOrderAndEachAccountHasOnePlace() throws Exception {
        JsonNode venue = aVenue().withSections(2).withRows(10, 20).create(merchant); // 400 seats
        String event = highDemandEvent(merchant, venue, null, 600, 1_200);
        List<Api> buyers = buyers(200);
        Map<Api, String> places = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<?>> joins = new ArrayList<>();
            for (Api b : buyers) {
                joins.add(pool.submit(() -> places.put(b, join(b, event).get("queueTicketId").asText())));
            }
            for (Future<?> f : joins) {
                f.get();
            }
            // Joining again (ten at once for one account) gives the same place back, never a second one.
            Api again = buyers.get(7);
            List<Future<Api.Response>> repeats = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                repeats.add(pool.submit(() -> again.post("/api/v1/events/" + event + "/queue", "")));
            }
            for (Future<Api.Response> r : repeats) {
                assertThat(r.get().status()).isEqualTo(200);
                assertThat(r.get().json().get("queueTicketId").asText()).isEqualTo(places.get(again));
            }
        } finally {
            pool.shutdown();
        }
        List<Long> numbers = places.values().stream().map(id -> Long.parseLong(id.substring(id.lastIndexOf('_') + 1)))
                .sorted().toList();
        assertThat(numbers).as("dense, unique numbers").isEqualTo(LongStream.rangeClosed(1, 200).boxed().toList());

        // Everyone is admitted (400 seats, 1,200 a minute), and nobody before a smaller number:
        // each round stamps its admissions with the same window end, so the ends never decrease.
        Map<Long, Instant> admittedUntil = new ConcurrentHashMap<>();
        Eventually.eventually(Duration.ofSeconds(60), () -> {
            for (Api b : buyers) {
                String id = places.get(b);
                long number = Long.parseLong(id.substring(id.lastIndexOf('_') + 1));
                if (!admittedUntil.containsKey(number)) {
                    JsonNode s = status(b, id);
                    if ("ADMITTED".equals(s.get("state").asText())) {
                        admittedUntil.put(number, Instant.parse(s.get("admittedUntil").asText()));
                    }
                }
            }
            assertThat(admittedUntil).hasSize(200);
        });
        List<Instant> byNumber = admittedUntil.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue).toList();
        assertThat(byNumber).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(new HashSet<>(byNumber).size()).as("admitted over several rounds").isGreaterThan(1);
    }

    @Test
    void admissionFollowsTheInventoryAndAReleaseAdmitsTheNextWithinSeconds() throws Exception {
        JsonNode venue = aVenue().withSections(1).withRows(1, 2).create(merchant); // 2 seats: one buyer at a time
        List<Long> seats = seatIds(venue).get(0);
        String event = highDemandEvent(merchant, venue, null, 120, 6_000);
        List<Api> b = buyers(3);
        String first = join(b.get(0), event).get("queueTicketId").asText();
        String second = join(b.get(1), event).get("queueTicketId").asText();
        String third = join(b.get(2), event).get("queueTicketId").asText();
        String token = awaitState(b.get(0), first, "ADMITTED", Duration.ofSeconds(10)).get("admissionToken").asText();
        Api.Response held = hold(b.get(0), event, seats, token);
        assertThat(held.status()).as(held.body()).isEqualTo(201);

        Thread.sleep(2_000); // several rounds: every seat is held, so nobody else is let in
        assertThat(status(b.get(1), second).get("state").asText()).isEqualTo("WAITING");
        assertThat(status(b.get(1), second).get("position").asLong()).isEqualTo(1);
        assertThat(status(b.get(2), third).get("position").asLong()).isEqualTo(2);

        long released = System.nanoTime();
        assertThat(b.get(0).delete("/api/v1/holds/" + held.json().get("holdId").asText()).status()).isEqualTo(204);
        awaitState(b.get(1), second, "ADMITTED", Duration.ofSeconds(5));
        System.out.printf("release -> next admitted: %d ms%n", (System.nanoTime() - released) / 1_000_000);
        assertThat(status(b.get(2), third).get("state").asText()).isEqualTo("WAITING");
        assertThat(status(b.get(2), third).get("position").asLong()).isEqualTo(1);
    }

    @Test
    void holdsWithoutTheBuyersOwnLiveTokenAreRefusedAndHoldNothing() throws Exception {
        JsonNode venue = aVenue().withSections(1).withRows(2, 5).create(merchant);
        List<Long> seats = seatIds(venue).get(0);
        String event = highDemandEvent(merchant, venue, null, 120, 6_000);
        List<Api> b = buyers(2);
        String token = admitted(b.get(0), event);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        String[] parts = token.split("\\.");
        String otherPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[0])).replaceAll("\\|\\d+$", "|9999999999999")
                        .getBytes());
        String extended = otherPayload + "." + parts[1];

        assertNotAdmitted(hold(b.get(0), event, List.of(seats.get(0)), null));
        assertNotAdmitted(hold(b.get(0), event, List.of(seats.get(0)), "not-a-token"));
        assertNotAdmitted(hold(b.get(0), event, List.of(seats.get(0)), tampered));
        assertNotAdmitted(hold(b.get(0), event, List.of(seats.get(0)), extended));
        assertNotAdmitted(hold(b.get(1), event, List.of(seats.get(0)), token)); // borrowed
        for (Long seat : seats) {
            assertThat(Orders.seatStatus(api, event, seat)).isEqualTo("AVAILABLE");
        }
        Api.Response own = hold(b.get(0), event, List.of(seats.get(0)), token);
        assertThat(own.status()).as(own.body()).isEqualTo(201);
    }

    @Test
    void anAdmittedBuyerWhoLetsTheWindowPassExpiresTheTokenDiesAndTheNextIsAdmitted() throws Exception {
        JsonNode venue = aVenue().withSections(1).withRows(1, 2).create(merchant);
        List<Long> seats = seatIds(venue).get(0);
        String event = highDemandEvent(merchant, venue, null, 2, 6_000);
        List<Api> b = buyers(2);
        String first = join(b.get(0), event).get("queueTicketId").asText();
        String second = join(b.get(1), event).get("queueTicketId").asText();
        String token = awaitState(b.get(0), first, "ADMITTED", Duration.ofSeconds(10)).get("admissionToken").asText();
        assertThat(status(b.get(1), second).get("state").asText()).isEqualTo("WAITING");

        awaitState(b.get(0), first, "EXPIRED", Duration.ofSeconds(5));
        assertThat(status(b.get(0), first).get("admissionToken").isNull()).isTrue();
        assertNotAdmitted(hold(b.get(0), event, List.of(seats.get(0)), token)); // expired
        String next = awaitState(b.get(1), second, "ADMITTED", Duration.ofSeconds(5)).get("admissionToken").asText();
        assertThat(hold(b.get(1), event, List.of(seats.get(0)), next).status()).isEqualTo(201);
    }

    @Test
    void noAdmissionAfterSellOutAndTheLineResumesWhenSeatsComeBack() throws Exception {
        JsonNode venue = aVenue().withSections(1).withRows(1, 1).create(merchant); // one seat
        long seat = seatIds(venue).get(0).get(0);
        String event = highDemandEvent(merchant, venue, null, 120, 6_000);
        List<Api> b = buyers(3);
        String token = admitted(b.get(0), event);
        String second = join(b.get(1), event).get("queueTicketId").asText();
        Api.Response held = hold(b.get(0), event, List.of(seat), token);
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        long holdId = org.ticketgrid.holds.Hold.parseId(held.json().get("holdId").asText());
        SeatId seatId = new SeatId(seat);
        SectionKey key = seatId.key(event);
        try (EventStream stream = EventStream.open(api.base() + "/api/v1/queue/" + second + "/stream",
                "Authorization", "Bearer " + bearerOf(b.get(1)))) {
            // The seat is bought (as the booking consumer confirms it): sold out.
            assertThat(inventory.executeOnKey(key, new ConfirmSeatsProcessor(new int[] {seatId.localIndex()}, holdId))
                    .kind()).isEqualTo(org.ticketgrid.inventory.HoldOutcome.Kind.CONFIRMED);
            stream.await(e -> e.name().equals("sold-out"), Duration.ofSeconds(5));
            awaitState(b.get(1), second, "SOLD_OUT", Duration.ofSeconds(5));
            Api.Response late = b.get(2).post("/api/v1/events/" + event + "/queue", "");
            assertThat(late.status()).as(late.body()).isEqualTo(409);
            assertThat(late.json().get("code").asText()).isEqualTo("sold-out");
            Thread.sleep(1_500);
            assertThat(status(b.get(1), second).get("state").asText()).isEqualTo("SOLD_OUT");

            // The purchase is refunded: the seat is back, the line moves again.
            inventory.executeOnKey(key, new RevokeSeatsProcessor(new int[] {seatId.localIndex()}, holdId));
            stream.await(e -> e.name().equals("reopened"), Duration.ofSeconds(5));
            stream.await(e -> e.name().equals("admitted"), Duration.ofSeconds(5));
        }
        awaitState(b.get(1), second, "ADMITTED", Duration.ofSeconds(5));
    }

    @Test
    void thePrequeueIsDrawnOnceAtOpeningAndThePublishedSeedReproducesTheOrder() throws Exception {
        JsonNode venue = aVenue().withSections(1).withRows(2, 5).create(merchant);
        // The buyers exist before the event does: signing six people up must not eat into the
        // pre-queue's few seconds before sales open.
        List<Api> early = buyers(6);
        Api late = buyers(1).get(0);
        Instant opens = Instant.now().plusSeconds(8);
        String event = highDemandEvent(merchant, venue, opens, 600, 1);
        Map<Long, Api> byNumber = new ConcurrentHashMap<>();
        Map<Long, String> idOf = new ConcurrentHashMap<>();
        for (Api b : early) {
            JsonNode joined = join(b, event);
            assertThat(joined.get("state").asText()).isEqualTo("PREQUEUE");
            assertThat(joined.get("position").isNull()).isTrue();
            byNumber.put(joined.get("number").asLong(), b);
            idOf.put(joined.get("number").asLong(), joined.get("queueTicketId").asText());
        }
        assertThat(api.get("/api/v1/events/" + event + "/queue/draw").status()).isEqualTo(404);
        JsonNode draw = Eventually.eventually(Duration.ofSeconds(20), () -> {
            Api.Response r = api.get("/api/v1/events/" + event + "/queue/draw");
            assertThat(r.status()).isEqualTo(200);
            return r.json();
        });
        assertThat(draw.get("participants").asLong()).isEqualTo(6);
        assertThat(draw.get("algorithm").asText()).isEqualTo(DrawOrder.ALGORITHM);
        assertThat(Instant.parse(draw.get("drawnAt").asText())).isAfterOrEqualTo(opens);
        JsonNode lateJoin = join(late, event);
        assertThat(lateJoin.get("number").asLong()).isEqualTo(7);

        // Re-run the draw from what was published: place 1 was admitted first (one a minute), the
        // others stand at their drawn places, the late arrival behind them all.
        DrawOrder rerun = DrawOrder.of(draw.get("seed").asLong(), 6);
        Set<Long> places = new HashSet<>();
        for (long n = 1; n <= 6; n++) {
            places.add(rerun.placeOf(n));
        }
        assertThat(places).as("a permutation").isEqualTo(LongStream.rangeClosed(1, 6).boxed().collect(Collectors.toSet()));
        long winner = rerun.numberAt(1);
        awaitState(byNumber.get(winner), idOf.get(winner), "ADMITTED", Duration.ofSeconds(10));
        for (long n = 1; n <= 6; n++) {
            if (n != winner) {
                JsonNode s = status(byNumber.get(n), idOf.get(n));
                assertThat(s.get("state").asText()).isEqualTo("WAITING");
                assertThat(s.get("position").asLong()).as("number " + n).isEqualTo(rerun.placeOf(n) - 1);
            }
        }
        assertThat(status(late, lateJoin.get("queueTicketId").asText()).get("position").asLong()).isEqualTo(6);
    }

    @Test
    void placesAreTheirOwnersOnlyAndJoinsNeedAHighDemandEvent() throws Exception {
        JsonNode venue = aVenue().withSections(1).withRows(1, 5).create(merchant);
        String event = highDemandEvent(merchant, venue, null, 120, 6_000);
        List<Api> b = buyers(2);
        String mine = join(b.get(0), event).get("queueTicketId").asText();
        assertThat(b.get(1).get("/api/v1/queue/" + mine).status()).isEqualTo(404);
        assertThat(b.get(1).delete("/api/v1/queue/" + mine).status()).isEqualTo(404);
        assertThat(b.get(1).get("/api/v1/queue/nonsense").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/events/" + event + "/queue", "").status()).as("signed in only").isEqualTo(401);
        String normal = org.ticketgrid.app.support.CatalogFixtures.anEventAt(merchant,
                aVenue().create(merchant), "Normal " + java.util.UUID.randomUUID(), true).get("id").asText();
        Api.Response refused = b.get(0).post("/api/v1/events/" + normal + "/queue", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("no-waiting-room");
        assertThat(b.get(0).delete("/api/v1/queue/" + mine).status()).isEqualTo(204);
        assertThat(status(b.get(0), mine).get("state").asText()).isEqualTo("LEFT");
        JsonNode rejoined = join(b.get(0), event);
        assertThat(rejoined.get("queueTicketId").asText()).as("a new place at the back").isNotEqualTo(mine);
        Api flood = b.get(1).from("10.9.9.9");
        int throttled = 0;
        for (int i = 0; i < 30; i++) {
            if (flood.post("/api/v1/events/" + event + "/queue", "").status() == 429) {
                throttled++;
            }
        }
        assertThat(throttled).as("joins are throttled per client address").isPositive();
    }

    private static void assertNotAdmitted(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo("not-admitted");
    }

    private static String bearerOf(Api api) {
        return api.bearer();
    }
}
