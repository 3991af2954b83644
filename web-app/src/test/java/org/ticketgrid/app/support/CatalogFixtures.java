package org.ticketgrid.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test data through the public API, from builders: {@code aVenue().withSections(2).create(api)}.
 */
public final class CatalogFixtures {

    private CatalogFixtures() {
    }

    public static VenueBuilder aVenue() {
        return new VenueBuilder();
    }

    /** Builds a venue request. */
    public static final class VenueBuilder {
        private String name = "Test Hall " + UUID.randomUUID().toString().substring(0, 8);
        private String city = "Berlin";
        private int sections = 1;
        private int rows = 2;
        private int seatsPerRow = 5;

        public VenueBuilder named(String venueName) {
            this.name = venueName;
            return this;
        }

        public VenueBuilder inCity(String venueCity) {
            this.city = venueCity;
            return this;
        }

        public VenueBuilder withSections(int count) {
            this.sections = count;
            return this;
        }

        public VenueBuilder withRows(int count, int seats) {
            this.rows = count;
            this.seatsPerRow = seats;
            return this;
        }

        public Map<String, Object> request() {
            List<Map<String, Object>> sectionList = new ArrayList<>();
            for (int s = 0; s < sections; s++) {
                List<Map<String, Object>> rowList = new ArrayList<>();
                for (int r = 0; r < rows; r++) {
                    rowList.add(Map.of("label", String.valueOf((char) ('A' + r)), "seats", seatsPerRow));
                }
                sectionList.add(Map.of("name", "Section " + (s + 1), "rows", rowList));
            }
            return Map.of("name", name, "address", "1 Test Street", "city", city, "country", "DE", "latitude", 52.52,
                    "longitude", 13.40, "timeZone", "Europe/Berlin", "sections", sectionList);
        }

        public JsonNode create(Api api) {
            Api.Response response = api.post("/api/v1/venues", request());
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            return response.json();
        }
    }

    /** Creates an event priced on every section of the venue, and publishes it unless told not to. */
    public static JsonNode anEventAt(Api api, JsonNode venue, String name, boolean publish) {
        List<Long> sectionIds = new ArrayList<>();
        venue.get("sections").forEach(s -> sectionIds.add(s.get("id").asLong()));
        Instant starts = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> request = Map.of("venueId", venue.get("id").asText(), "name", name, "description",
                "An evening to remember", "category", "MUSIC", "startsAt", starts.toString(), "endsAt",
                starts.plus(3, ChronoUnit.HOURS).toString(), "highDemand", false, "ticketTypes",
                List.of(Map.of("name", "Standard", "priceCents", 4500, "currency", "EUR", "sectionIds", sectionIds)));
        Api.Response created = api.post("/api/v1/events", request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        if (publish) {
            Api.Response published = api.post("/api/v1/events/" + id + "/publish", "");
            assertThat(published.status()).as(published.body()).isEqualTo(200);
        }
        return created.json();
    }

    /** All seat ids of a created venue, section by section. */
    public static List<List<Long>> seatIds(JsonNode venue) {
        List<List<Long>> out = new ArrayList<>();
        venue.get("sections").forEach(section -> {
            List<Long> ids = new ArrayList<>();
            section.get("seats").forEach(seat -> ids.add(seat.get("id").asLong()));
            out.add(ids);
        });
        return out;
    }
}
