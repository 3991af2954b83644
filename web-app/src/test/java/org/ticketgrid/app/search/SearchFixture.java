package org.ticketgrid.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ticketgrid.app.support.Api;

/**
 * A fixed search data set, made through the public API: venues in cities named after a token of
 * this run (so filters and facets see only this run's events), events with chosen dates, prices
 * and categories. The token is in every description too, so {@code q=<token>} selects exactly the
 * data set.
 */
final class SearchFixture {

    final String token = "zs" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final Instant base = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.DAYS);
    private final Api api;

    SearchFixture(Api api) {
        this.api = api;
    }

    String city(String name) {
        return name + token;
    }

    JsonNode venue(String cityName, double lat, double lon) {
        Map<String, Object> request = Map.of("name", "Hall " + cityName + " " + token, "address", "1 Test Street",
                "city", city(cityName), "country", "DE", "latitude", lat, "longitude", lon, "timeZone",
                "Europe/Berlin", "sections", List.of(
                        Map.of("name", "Floor", "rows", List.of(Map.of("label", "A", "seats", 4))),
                        Map.of("name", "Balcony", "rows", List.of(Map.of("label", "A", "seats", 4)))));
        Api.Response response = api.post("/api/v1/venues", request);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    /** A published event {@code days} from the base instant, one ticket type per price. */
    String event(JsonNode venue, String name, String category, int days, long... prices) {
        return event(venue, name, category, days, true, prices);
    }

    String event(JsonNode venue, String name, String category, int days, boolean publish, long... prices) {
        List<Long> sectionIds = new ArrayList<>();
        venue.get("sections").forEach(s -> sectionIds.add(s.get("id").asLong()));
        Instant starts = base.plus(days, ChronoUnit.DAYS);
        // One ticket type per section: one price covers both sections, two prices one each.
        List<Map<String, Object>> types = new ArrayList<>();
        if (prices.length == 1) {
            types.add(Map.of("name", "Standard", "priceCents", prices[0], "currency", "EUR", "sectionIds",
                    sectionIds));
        } else {
            for (int i = 0; i < prices.length; i++) {
                types.add(Map.of("name", "Tier " + (i + 1), "priceCents", prices[i], "currency", "EUR",
                        "sectionIds", List.of(sectionIds.get(i))));
            }
        }
        Map<String, Object> request = Map.of("venueId", venue.get("id").asText(), "name", name, "description",
                "Fixture " + token, "category", category, "startsAt", starts.toString(), "endsAt",
                starts.plus(3, ChronoUnit.HOURS).toString(), "highDemand", false, "ticketTypes", types);
        Api.Response created = api.post("/api/v1/events", request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        if (publish) {
            Api.Response published = api.post("/api/v1/events/" + id + "/publish", "");
            assertThat(published.status()).as(published.body()).isEqualTo(200);
        }
        return id;
    }
}
