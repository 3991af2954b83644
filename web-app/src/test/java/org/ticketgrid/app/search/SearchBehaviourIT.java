package org.ticketgrid.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.testing.Eventually.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.TestAccounts;

/**
 * Search behaviour on a fixed data set through the real pipeline (PostgreSQL, Debezium, Kafka,
 * Jet, Elasticsearch): every filter, every sort, combinations, paging and facets return exactly
 * the expected events.
 *
 * <pre>
 *  event        city   days  category  prices
 *  jazzNight    Alpha   10   MUSIC     2500
 *  rock         Alpha   20   MUSIC     6000, 12000
 *  comedy       Beta     5   COMEDY    1500
 *  nightOfJazz  Beta    40   MUSIC     3000
 *  football     Gamma   15   SPORTS    8000, 20000
 *  theatre      Gamma   60   THEATRE   4500
 *  cancelled    Alpha   12   MUSIC     2000   (published, then cancelled: never shown)
 *  draft        Alpha    8   MUSIC     2000   (never published: never shown)
 * </pre>
 * Alpha is at Berlin's coordinates, Beta at Munich's, Gamma at Hamburg's.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBehaviourIT {

    private static final Duration CDC_DEADLINE = Duration.ofSeconds(60);
    private static final double[] BERLIN = {52.52, 13.40};
    private static final double[] MUNICH = {48.14, 11.58};

    @Value("${local.server.port}")
    int port;
    Api api;
    SearchFixture data;
    final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    void createDataSet() {
        api = TestAccounts.asMerchant(new Api(port));
        data = new SearchFixture(api);
        JsonNode alpha = data.venue("Alpha", BERLIN[0], BERLIN[1]);
        JsonNode beta = data.venue("Beta", MUNICH[0], MUNICH[1]);
        JsonNode gamma = data.venue("Gamma", 53.55, 9.99);
        ids.put("jazzNight", data.event(alpha, "Jazz Night " + data.token, "MUSIC", 10, 2500));
        ids.put("rock", data.event(alpha, "Rock Festival", "MUSIC", 20, 6000, 12000));
        ids.put("comedy", data.event(beta, "Comedy Hour", "COMEDY", 5, 1500));
        ids.put("nightOfJazz", data.event(beta, "Night of Jazz " + data.token, "MUSIC", 40, 3000));
        ids.put("football", data.event(gamma, "Football Final", "SPORTS", 15, 8000, 20000));
        ids.put("theatre", data.event(gamma, "Theatre Classic", "THEATRE", 60, 4500));
        String cancelled = data.event(alpha, "Jazz Night Cancelled " + data.token, "MUSIC", 12, 2000);
        data.event(alpha, "Jazz Night Draft " + data.token, "MUSIC", 8, false, 2000);
        assertThat(api.post("/api/v1/events/" + cancelled + "/cancel", "").status()).isEqualTo(200);
        // Everything indexed, and the cancellation applied (it came last).
        eventually(CDC_DEADLINE, () -> assertThat(names(search("sort=date"))).containsExactly("comedy",
                "jazzNight", "football", "rock", "nightOfJazz", "theatre"));
    }

    @Test
    void everySortOrdersTheWholeSet() {
        assertThat(names(search("sort=date"))).containsExactly("comedy", "jazzNight", "football", "rock",
                "nightOfJazz", "theatre");
        assertThat(names(search("sort=price"))).containsExactly("comedy", "jazzNight", "nightOfJazz", "theatre",
                "rock", "football");
        // From Munich: Munich (Beta), then Berlin (Alpha, ~504 km), then Hamburg (Gamma, ~612 km); by date within.
        assertThat(names(search("sort=distance&lat=" + MUNICH[0] + "&lon=" + MUNICH[1]))).containsExactly("comedy",
                "nightOfJazz", "jazzNight", "rock", "football", "theatre");
        assertThat(search("sort=date").get("total").asLong()).isEqualTo(6);
    }

    @Test
    void everyFilterSelectsExactlyItsEvents() {
        assertThat(names(search("sort=date&category=music"))).containsExactly("jazzNight", "rock", "nightOfJazz");
        assertThat(names(search("sort=date&category=MUSIC"))).containsExactly("jazzNight", "rock", "nightOfJazz");
        assertThat(names(search("sort=date&city=" + data.city("Alpha")))).containsExactly("jazzNight", "rock");
        assertThat(names(search("sort=date&city=" + data.city("alpha")))).as("city is case-insensitive")
                .containsExactly("jazzNight", "rock");
        String from = data.base.plus(8, ChronoUnit.DAYS).toString();
        String to = data.base.plus(25, ChronoUnit.DAYS).toString();
        assertThat(names(search("sort=date&from=" + from + "&to=" + to))).containsExactly("jazzNight", "football",
                "rock");
        assertThat(names(search("sort=date&minPrice=4000&maxPrice=7000"))).containsExactly("rock", "theatre");
        // A ticket type must be priced within the range: 6000..12000 and 8000..20000 have none in 9000..11000.
        assertThat(names(search("sort=date&minPrice=9000&maxPrice=11000"))).isEmpty();
        assertThat(names(search("sort=date&minPrice=10000"))).containsExactly("football", "rock");
        assertThat(names(search("sort=date&maxPrice=2000"))).containsExactly("comedy");
        assertThat(names(search("sort=date&lat=" + BERLIN[0] + "&lon=" + BERLIN[1] + "&radiusKm=300")))
                .containsExactly("jazzNight", "football", "rock", "theatre");
        assertThat(names(search("sort=date&lat=" + BERLIN[0] + "&lon=" + BERLIN[1] + "&radiusKm=10")))
                .containsExactly("jazzNight", "rock");
    }

    @Test
    void filtersCombineAndPagesAreStable() {
        assertThat(names(search("sort=date&category=music&city=" + data.city("Alpha")))).containsExactly("jazzNight",
                "rock");
        assertThat(names(search("sort=date&category=music&city=" + data.city("Alpha") + "&maxPrice=3000")))
                .containsExactly("jazzNight");
        assertThat(names(search("sort=price&category=music&lat=" + BERLIN[0] + "&lon=" + BERLIN[1]
                + "&radiusKm=300&minPrice=2000"))).containsExactly("jazzNight", "rock");

        JsonNode page1 = search("sort=date&size=2&page=1");
        assertThat(names(page1)).containsExactly("football", "rock");
        assertThat(page1.get("total").asLong()).isEqualTo(6);
        assertThat(names(search("sort=date&size=2&page=2"))).containsExactly("nightOfJazz", "theatre");
        assertThat(names(search("sort=date&size=2&page=3"))).isEmpty();
    }

    @Test
    void facetsCountWithTheOtherFiltersApplied() {
        JsonNode music = search("sort=date&category=music").get("facets");
        // The category facet ignores the category filter itself: every category stays visible.
        assertThat(counts(music.get("category"))).containsExactlyInAnyOrderEntriesOf(Map.of("music", 3L, "comedy", 1L,
                "sports", 1L, "theatre", 1L));
        assertThat(counts(music.get("city"))).containsExactlyInAnyOrderEntriesOf(Map.of(data.city("Alpha"), 2L,
                data.city("Beta"), 1L));
        assertThat(bands(music.get("price"))).containsExactly(0L, 2L, 1L, 1L);

        JsonNode alphaCheap = search("sort=date&city=" + data.city("Alpha") + "&maxPrice=3000").get("facets");
        assertThat(counts(alphaCheap.get("category"))).containsExactlyInAnyOrderEntriesOf(Map.of("music", 1L));
        assertThat(counts(alphaCheap.get("city"))).containsExactlyInAnyOrderEntriesOf(Map.of(data.city("Alpha"), 1L,
                data.city("Beta"), 2L));
        // The price facet ignores the price filter but keeps the city: Alpha has 2500, 6000 and 12000.
        assertThat(bands(alphaCheap.get("price"))).containsExactly(0L, 1L, 1L, 1L);
    }

    @Test
    void relevanceRanksAllWordsAndTheExactNameFirstAndCancelledNeverShows() {
        JsonNode exact = api.get("/api/v1/events?q=" + enc("Jazz Night " + data.token)).json();
        List<String> order = names(exact);
        assertThat(order).first().isEqualTo("jazzNight");
        assertThat(order).contains("nightOfJazz");
        assertThat(order.indexOf("nightOfJazz")).isGreaterThan(order.indexOf("jazzNight"));
        assertThat(exact.get("items").findValuesAsText("name")).noneMatch(n -> n.contains("Cancelled"))
                .noneMatch(n -> n.contains("Draft"));

        // All words before some: "jazz <Beta city>" puts the jazz event in Beta first.
        List<String> jazzInBeta = names(api.get("/api/v1/events?size=100&q=" + enc("jazz " + data.city("Beta"))).json());
        assertThat(jazzInBeta).first().isEqualTo("nightOfJazz");
        assertThat(jazzInBeta).contains("comedy", "jazzNight");

        // A typo still finds it.
        assertThat(names(api.get("/api/v1/events?q=" + enc("Jaz Nihgt " + data.token)).json())).first()
                .isEqualTo("jazzNight");
    }

    @Test
    void suggestionsCompleteNamesAndPlacesWithTypos() {
        JsonNode byName = api.get("/api/v1/events/suggest?q=" + enc("night of jazz " + data.token.substring(0, 6))).json();
        assertThat(byName.findValuesAsText("id")).contains(ids.get("nightOfJazz"));
        JsonNode typo = api.get("/api/v1/events/suggest?q=" + enc("nigth of jazz " + data.token.substring(0, 6))).json();
        assertThat(typo.findValuesAsText("id")).contains(ids.get("nightOfJazz"));
        JsonNode place = api.get("/api/v1/events/suggest?q=" + enc(data.city("Gamma").substring(0, 9))).json();
        assertThat(place.findValuesAsText("name")).contains(data.city("Gamma"));
        assertThat(api.get("/api/v1/events/suggest?q=" + enc("jazz night cancelled " + data.token)).json()
                .findValuesAsText("name")).noneMatch(n -> n.contains("Cancelled"));
    }

    @Test
    void badParametersAreProblemsNotErrors() {
        assertThat(code("radiusKm=10")).isEqualTo("invalid-location");
        assertThat(code("sort=distance")).isEqualTo("invalid-sort");
        // NaN is not a decimal number: the error boundary refuses it while binding (ADR 0031).
        assertThat(code("lat=NaN&lon=1")).isEqualTo("bad-request");
        assertThat(code("minPrice=-1")).isEqualTo("invalid-price-range");
        assertThat(code("from=%2B999999999-01-01T00:00:00Z")).isEqualTo("invalid-date");
        assertThat(code("page=1001")).isEqualTo("invalid-page");
    }

    private String code(String query) {
        Api.Response response = api.get("/api/v1/events?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json().get("code").asText();
    }

    private JsonNode search(String query) {
        Api.Response response = api.get("/api/v1/events?q=" + data.token + "&" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> names(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("items").forEach(item -> {
            String id = item.get("id").asText();
            out.add(ids.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst()
                    .orElse("other:" + item.get("name").asText()));
        });
        return out;
    }

    private static Map<String, Long> counts(JsonNode facet) {
        Map<String, Long> out = new LinkedHashMap<>();
        facet.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
        return out;
    }

    private static List<Long> bands(JsonNode facet) {
        List<Long> out = new ArrayList<>();
        facet.forEach(b -> out.add(b.get("count").asLong()));
        return out;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
