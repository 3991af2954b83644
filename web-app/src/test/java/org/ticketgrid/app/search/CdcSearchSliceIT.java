package org.ticketgrid.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.CatalogFixtures.aVenue;
import static org.ticketgrid.app.support.CatalogFixtures.anEventAt;
import static org.ticketgrid.testing.Eventually.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.TestAccounts;

/**
 * The thin slice end to end through the real services: an event written through the API lands in
 * PostgreSQL, Debezium captures it (pgoutput) into Kafka, the Jet job on the grid indexes it in
 * Elasticsearch, and the search API finds it, within seconds.
 */
@IntegrationTest
class CdcSearchSliceIT {

    private static final Duration CDC_DEADLINE = Duration.ofSeconds(30);

    @Value("${local.server.port}")
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = TestAccounts.asMerchant(new Api(port));
    }

    @Test
    void publishedEventIsFoundBySearchWithinSeconds() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        JsonNode venue = aVenue().named("Kesselhaus " + word).inCity("Leipzig").create(api);
        JsonNode event = anEventAt(api, venue, "Moonlight Sonata " + word, true);

        JsonNode hit = eventually(CDC_DEADLINE, () -> {
            Api.Response found = api.get("/api/v1/events?q=" + word);
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.json().get("total").asLong()).isEqualTo(1);
            return found.json().get("items").get(0);
        });
        assertThat(hit.get("id").asText()).isEqualTo(event.get("id").asText());
        assertThat(hit.get("venueName").asText()).isEqualTo("Kesselhaus " + word);
        assertThat(hit.get("city").asText()).isEqualTo("Leipzig");
        assertThat(hit.get("minPriceCents").asLong()).isEqualTo(4500);
        assertThat(hit.get("currency").asText()).isEqualTo("EUR");

        // Typo-tolerant: one letter off still finds it by its name.
        Api.Response typo = api.get("/api/v1/events?q=Moonlite%20Sonata%20" + word + "&city=leipzig");
        assertThat(typo.json().get("items").findValuesAsText("id")).contains(event.get("id").asText());
    }

    @Test
    void draftsAreNotSearchableAndCancelledEventsLeaveTheResults() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        JsonNode venue = aVenue().create(api);
        JsonNode draft = anEventAt(api, venue, "Draft Gala " + word, false);
        JsonNode published = anEventAt(api, venue, "Public Gala " + word, true);

        eventually(CDC_DEADLINE, () -> assertThat(api.get("/api/v1/events?q=" + word).json().get("items")
                .findValuesAsText("id")).containsExactly(published.get("id").asText()));
        assertThat(api.get("/api/v1/events/" + draft.get("id").asText()).status()).isEqualTo(404);

        assertThat(api.post("/api/v1/events/" + published.get("id").asText() + "/cancel", "").status())
                .isEqualTo(200);
        eventually(CDC_DEADLINE, () -> assertThat(api.get("/api/v1/events?q=" + word).json().get("total").asLong())
                .isZero());
    }

    @Test
    void badSearchParametersAreClearProblems() {
        Api.Response badSort = api.get("/api/v1/events?sort=cheapest");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.contentType()).startsWith("application/problem+json");
        assertThat(badSort.json().get("code").asText()).isEqualTo("invalid-sort");

        assertThat(api.get("/api/v1/events?size=0").json().get("code").asText()).isEqualTo("invalid-page");
        assertThat(api.get("/api/v1/events?lat=52.1").json().get("code").asText()).isEqualTo("invalid-location");
        assertThat(api.get("/api/v1/events?from=yesterday").json().get("code").asText()).isEqualTo("invalid-date");
        Api.Response badNumber = api.get("/api/v1/events?minPrice=cheap");
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
