package org.ticketgrid.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.CatalogFixtures.aVenue;
import static org.ticketgrid.app.support.CatalogFixtures.anEventAt;
import static org.ticketgrid.app.support.CatalogFixtures.seatIds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.TestAccounts;

/**
 * The merchant side of the catalog through the API: layouts are validated, a merchant's events
 * are theirs alone (sales, edits, status), status changes follow the life cycle even when raced,
 * and editing a published event never touches what is held or sold.
 */
@IntegrationTest
class MerchantCatalogApiIT {

    @Value("${local.server.port}")
    int port;
    Api api;
    Api merchantA;
    Api merchantB;
    Api admin;
    Api customer;
    JsonNode venueA;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        merchantA = api.withToken(TestAccounts.withRole(api, "MERCHANT").token());
        merchantB = api.withToken(TestAccounts.withRole(api, "MERCHANT").token());
        admin = api.withToken(TestAccounts.admin(api).token());
        customer = api.withToken(TestAccounts.customer(api).token());
        venueA = aVenue().withSections(2).withRows(3, 10).create(merchantA);
    }

    // ---- layout validation --------------------------------------------------------------------

    @Test
    void layoutsWithDuplicateSeatsEmptySectionsOrAbsurdSizesAreRefusedWith400() {
        Map<String, Object> row = Map.of("label", "A", "seats", 10);
        assertProblem(merchantA.post("/api/v1/venues", venue(List.of(
                Map.of("name", "Stalls", "rows", List.of(row, Map.of("label", "a", "seats", 5)))))),
                400, "invalid-layout", "duplicate row");
        assertProblem(merchantA.post("/api/v1/venues", venue(List.of(Map.of("name", "Stalls", "rows", List.of(row)),
                Map.of("name", "stalls ", "rows", List.of(row))))), 400, "invalid-layout", "duplicate section");
        assertProblem(merchantA.post("/api/v1/venues", venue(List.of(Map.of("name", "Nothing", "rows", List.of())))),
                400, "invalid-layout", "no rows and no capacity");
        assertProblem(merchantA.post("/api/v1/venues", venue(List.of())), 400, "invalid-request", null);
        assertProblem(merchantA.post("/api/v1/venues", venue(List.of(Map.of("name", "Wide",
                "rows", List.of(Map.of("label", "A", "seats", 1_000_000)))))), 400, "invalid-request", null);
        assertProblem(merchantA.post("/api/v1/venues", venue(List.of(Map.of("name", "Deep",
                "rows", VenueLayout.uniformRows(501, 2))))), 400, "invalid-layout", "more than 500 rows");
        assertProblem(merchantA.post("/api/v1/venues", venue(List.of(Map.of("name", "Field", "capacity",
                2_000_000)))), 400, "invalid-layout", "too large");
        List<Map<String, Object>> huge = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            huge.add(Map.of("name", "Ring " + s, "capacity", 200_000));
        }
        assertProblem(merchantA.post("/api/v1/venues", venue(huge)), 400, "invalid-layout", "at most 250000");
        assertProblem(merchantA.post("/api/v1/venues", "{\"name\": \"x\", \"sections\": [{\"name\": \"A\", "
                + "\"rows\": [{\"label\": \"A\", \"seats\": \"many\"}]}]}"), 400, "malformed-body", null);
        Api.Response wrongType = merchantA.post("/api/v1/venues", "{\"name\": \"x\", \"sections\": [{\"name\": "
                + "\"A\", \"rows\": [{\"label\": \"A\", \"seats\": \"many\"}]}]}");
        assertThat(wrongType.json().get("errors").get(0).get("field").asText()).isEqualTo("sections[0].rows[0].seats");
        assertThat(wrongType.json().get("errors").get(0).get("message").asText()).isEqualTo("must be a whole number");
    }

    @Test
    void anEventNeedsOnlyItsRequiredFieldsAndAMissingPriceIsNamedNotTakenAsFree() {
        List<Long> sections = new ArrayList<>();
        venueA.get("sections").forEach(x -> sections.add(x.get("id").asLong()));
        String starts = "2046-05-0" + (1 + new java.util.Random().nextInt(9)) + "T19:00:00Z";
        Map<String, Object> event = new HashMap<>(Map.of("venueId", venueA.get("id").asText(), "name",
                "Minimal " + UUID.randomUUID(), "category", "MUSIC", "startsAt", starts, "endsAt",
                starts.replace("T19", "T22")));

        event.put("ticketTypes", List.of(Map.of("name", "Free?", "currency", "EUR", "sectionIds", sections)));
        Api.Response noPrice = merchantA.post("/api/v1/events", event);
        assertProblem(noPrice, 400, "malformed-body", null);
        assertThat(noPrice.json().get("errors").get(0).get("field").asText()).isEqualTo("ticketTypes[0].priceCents");
        assertThat(noPrice.json().get("errors").get(0).get("message").asText()).isEqualTo("is required: a whole number");

        event.put("ticketTypes", List.of(Map.of("name", "Any", "priceCents", 1500, "currency", "EUR",
                "sectionIds", sections)));
        Api.Response created = merchantA.post("/api/v1/events", event);
        assertThat(created.status()).as("highDemand, description, timeZone, salesOpenAt and imageUrl are optional: "
                + created.body()).isEqualTo(201);
        assertThat(created.json().get("highDemand").asBoolean()).isFalse();
        assertThat(created.json().get("ticketTypes").get(0).get("priceCents").asLong()).isEqualTo(1500);
    }

    // ---- ownership ------------------------------------------------------------------------------

    @Test
    void onlyTheOwnerOrAnAdminSeesAnEventsSales() {
        String event = anEventAt(merchantA, venueA, "Sales " + UUID.randomUUID(), true).get("id").asText();
        long seat = seatIds(venueA).get(0).get(0);
        assertThat(customer.post("/api/v1/events/" + event + "/holds", Map.of("seatIds", List.of(seat))).status())
                .isEqualTo(201);

        Api.Response own = merchantA.get("/api/v1/merchant/events/" + event + "/sales");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("capacity").asLong()).isEqualTo(60);
        assertThat(own.json().get("held").asLong()).isEqualTo(1);
        assertThat(own.json().get("available").asLong()).isEqualTo(59);
        assertThat(own.json().get("sold").asLong()).isZero();
        assertThat(own.json().get("revenueCents").asLong()).isZero();
        assertThat(own.json().get("salesByDay").isArray()).isTrue();
        assertThat(admin.get("/api/v1/merchant/events/" + event + "/sales").json().get("held").asLong()).isEqualTo(1);

        Api.Response other = merchantB.get("/api/v1/merchant/events/" + event + "/sales");
        assertProblem(other, 403, "not-your-event", null);
        assertThat(other.body()).doesNotContain("Sales ");
        assertProblem(customer.get("/api/v1/merchant/events/" + event + "/sales"), 403, null, null);
        assertThat(api.get("/api/v1/merchant/events/" + event + "/sales").status()).isEqualTo(401);
        assertProblem(merchantA.get("/api/v1/merchant/events/" + UUID.randomUUID() + "/sales"), 404, "not-found", null);
        assertProblem(merchantA.get("/api/v1/merchant/events/not-a-uuid/sales"), 404, "not-found", null);
    }

    @Test
    void anotherMerchantCanNeitherEditNorChangeTheStatusOfAnEvent() {
        String draft = anEventAt(merchantA, venueA, "Mine " + UUID.randomUUID(), false).get("id").asText();
        assertProblem(merchantB.patch("/api/v1/events/" + draft, Map.of("name", "Hijacked")), 403, "not-your-event",
                null);
        assertProblem(customer.patch("/api/v1/events/" + draft, Map.of("name", "Hijacked")), 403, null, null);
        assertProblem(merchantB.post("/api/v1/admin/events/" + draft + "/unpublish", ""), 403, null, null);
        assertThat(merchantA.patch("/api/v1/events/" + draft, Map.of("name", "Still mine")).json().get("name")
                .asText()).isEqualTo("Still mine");
    }

    // ---- status transitions ----------------------------------------------------------------------

    @Test
    void illegalStatusTransitionsAre409ProblemsAndChangeNothing() {
        String event = anEventAt(merchantA, venueA, "Life " + UUID.randomUUID(), true).get("id").asText();
        assertProblem(merchantA.post("/api/v1/events/" + event + "/publish", ""), 409, "invalid-status-transition",
                null);
        assertProblem(admin.post("/api/v1/admin/events/" + anEventAt(merchantA, venueA, "Draft", false).get("id")
                .asText() + "/unpublish", ""), 409, "invalid-status-transition", null);

        assertThat(merchantA.post("/api/v1/events/" + event + "/cancel", "").json().get("status").asText())
                .isEqualTo("CANCELLED");
        assertProblem(merchantA.post("/api/v1/events/" + event + "/cancel", ""), 409, "invalid-status-transition",
                null);
        assertProblem(merchantA.post("/api/v1/events/" + event + "/publish", ""), 409, "invalid-status-transition",
                null);
        assertProblem(admin.post("/api/v1/admin/events/" + event + "/unpublish", ""), 409,
                "invalid-status-transition", null);
        assertProblem(merchantA.patch("/api/v1/events/" + event, Map.of("name", "Zombie")), 409, "event-closed",
                null);
        assertThat(api.get("/api/v1/events/" + event).json().get("status").asText()).isEqualTo("CANCELLED");
        assertProblem(merchantA.post("/api/v1/events/" + UUID.randomUUID() + "/publish", ""), 404, "not-found",
                null);
    }

    @Test
    void unpublishingHidesTheEventButKeepsItsHoldsAndRepublishingResumesTheSale() {
        String event = anEventAt(merchantA, venueA, "Moderated " + UUID.randomUUID(), true).get("id").asText();
        List<Long> seats = seatIds(venueA).get(0);
        assertThat(customer.post("/api/v1/events/" + event + "/holds", Map.of("seatIds", List.of(seats.get(0))))
                .status()).isEqualTo(201);

        Api.Response unpublished = admin.post("/api/v1/admin/events/" + event + "/unpublish", "");
        assertThat(unpublished.status()).as(unpublished.body()).isEqualTo(200);
        assertThat(unpublished.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(api.get("/api/v1/events/" + event).status()).isEqualTo(404);
        assertThat(customer.post("/api/v1/events/" + event + "/holds", Map.of("seatIds", List.of(seats.get(1))))
                .status()).isIn(404, 409);

        assertThat(merchantA.post("/api/v1/events/" + event + "/publish", "").status()).isEqualTo(200);
        JsonNode sales = merchantA.get("/api/v1/merchant/events/" + event + "/sales").json();
        assertThat(sales.get("held").asLong()).as("the hold survived moderation").isEqualTo(1);
        assertThat(sales.get("available").asLong()).isEqualTo(59);
        assertThat(customer.post("/api/v1/events/" + event + "/holds", Map.of("seatIds", List.of(seats.get(1))))
                .status()).isEqualTo(201);
    }

    @Test
    void racingPublishesAndCancelsEndInOneLegalStateWithoutA500() throws Exception {
        for (int round = 0; round < 3; round++) {
            String draft = anEventAt(merchantA, venueA, "Race " + UUID.randomUUID(), false).get("id").asText();
            List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
            ConcurrentLinkedQueue<String> bodies = new ConcurrentLinkedQueue<>();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (int i = 0; i < 8; i++) {
                String action = i % 4 == 3 ? "cancel" : "publish";
                pool.submit(() -> {
                    start.await();
                    Api.Response r = merchantA.post("/api/v1/events/" + draft + "/" + action, "");
                    statuses.add(r.status() * 10 + (action.equals("publish") ? 1 : 2));
                    bodies.add(r.body());
                    return null;
                });
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            Map<Integer, Integer> counts = new HashMap<>();
            statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
            assertThat(statuses).as(bodies.toString()).allMatch(s -> s / 10 == 200 || s / 10 == 409);
            int publishedOk = counts.getOrDefault(2001, 0);
            int cancelledOk = counts.getOrDefault(2002, 0);
            assertThat(publishedOk).as("at most one publish wins").isLessThanOrEqualTo(1);
            assertThat(cancelledOk).as("at most one cancel wins").isLessThanOrEqualTo(1);
            String finalStatus = merchantA.get("/api/v1/merchant/events/" + draft + "/sales").json().get("status")
                    .asText();
            assertThat(finalStatus).isEqualTo(cancelledOk == 1 ? "CANCELLED" : "PUBLISHED");
        }
    }

    // ---- editing ---------------------------------------------------------------------------------

    @Test
    void aPublishedEventChangesItsDescriptionAndDatesButNeverItsPricesOrHolds() {
        JsonNode created = anEventAt(merchantA, venueA, "Edit me " + UUID.randomUUID(), true);
        String event = created.get("id").asText();
        JsonNode type = created.get("ticketTypes").get(0);
        long seat = seatIds(venueA).get(1).get(3);
        Api.Response held = customer.post("/api/v1/events/" + event + "/holds", Map.of("seatIds", List.of(seat)));
        assertThat(held.status()).isEqualTo(201);
        long heldTotal = held.json().get("totalCents").asLong();

        String starts = created.get("startsAt").asText();
        Api.Response renamed = merchantA.patch("/api/v1/events/" + event, Map.of("name", "Edited night",
                "description", "Now with strings", "imageUrl", "https://img.example/x.jpg"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Edited night");
        assertThat(renamed.json().get("startsAt").asText()).isEqualTo(starts);

        assertProblem(merchantA.patch("/api/v1/events/" + event, Map.of("ticketTypes", List.of(Map.of("id",
                type.get("id").asText(), "name", type.get("name").asText(), "priceCents", 1)))), 409,
                "published-terms-locked", null);
        assertProblem(merchantA.patch("/api/v1/events/" + event, Map.of("highDemand", true)), 409,
                "published-terms-locked", null);
        assertProblem(merchantA.patch("/api/v1/events/" + event, Map.of("endsAt", starts)), 400, "invalid-event",
                null);

        JsonNode details = api.get("/api/v1/events/" + event).json();
        assertThat(details.get("name").asText()).isEqualTo("Edited night");
        assertThat(details.get("ticketTypes").get(0).get("priceCents").asLong())
                .isEqualTo(type.get("priceCents").asLong());
        assertThat(details.get("ticketTypes").get(0).get("held").asLong()).isEqualTo(1);
        String holdId = held.json().get("holdId").asText();
        JsonNode hold = customer.get("/api/v1/holds/" + holdId).json();
        assertThat(hold.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(hold.get("totalCents").asLong()).isEqualTo(heldTotal);
    }

    @Test
    void aDraftChangesItsPricesAndTermsAndRefusesClashingNames() {
        JsonNode created = anEventAt(merchantA, venueA, "Draft edit " + UUID.randomUUID(), false);
        String event = created.get("id").asText();
        String typeId = created.get("ticketTypes").get(0).get("id").asText();
        Api.Response edited = merchantA.patch("/api/v1/events/" + event, Map.of("category", "comedy",
                "highDemand", true, "ticketTypes", List.of(Map.of("id", typeId, "name", "Early bird",
                        "priceCents", 3900))));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("category").asText()).isEqualTo("COMEDY");
        assertThat(edited.json().get("highDemand").asBoolean()).isTrue();
        assertThat(edited.json().get("ticketTypes").get(0).get("priceCents").asLong()).isEqualTo(3900);
        assertProblem(merchantA.patch("/api/v1/events/" + event, Map.of("ticketTypes", List.of(Map.of("id",
                UUID.randomUUID().toString(), "name", "Ghost", "priceCents", 1)))), 400, "invalid-event", null);
        assertProblem(merchantA.patch("/api/v1/events/" + event, Map.of("timeZone", "Mars/Olympus")), 400,
                "invalid-event", null);
    }

    private static Map<String, Object> venue(List<?> sections) {
        return Map.of("name", "Bad Hall " + UUID.randomUUID(), "address", "1 Way", "city", "Berlin", "country", "DE",
                "timeZone", "Europe/Berlin", "sections", sections);
    }

    private static void assertProblem(Api.Response response, int status, String code, String detailContains) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        if (code != null) {
            assertThat(response.json().get("code").asText()).as(response.body()).isEqualTo(code);
        }
        if (detailContains != null) {
            assertThat(response.json().get("detail").asText()).contains(detailContains);
        }
    }
}
