package org.ticketgrid.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ticketgrid.testing.Eventually;

/** High-demand events and their waiting rooms through the public API. */
public final class WaitingRooms {

    private WaitingRooms() {
    }

    /**
     * Creates and publishes a high-demand event on every section of {@code venue}, sales opening
     * at {@code salesOpenAt} (null: at once), with its own admission window and rate.
     */
    public static String highDemandEvent(Api merchant, JsonNode venue, Instant salesOpenAt, int windowSeconds,
            int perMinute) {
        List<Long> sectionIds = new ArrayList<>();
        venue.get("sections").forEach(s -> sectionIds.add(s.get("id").asLong()));
        Instant starts = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> request = new HashMap<>(Map.of("venueId", venue.get("id").asText(), "name",
                "On-sale " + UUID.randomUUID(), "description", "Everybody wants in", "category", "MUSIC",
                "startsAt", starts.toString(), "endsAt", starts.plus(2, ChronoUnit.HOURS).toString(), "highDemand",
                true, "ticketTypes", List.of(Map.of("name", "Standard", "priceCents", 4500, "currency", "EUR",
                        "sectionIds", sectionIds))));
        if (salesOpenAt != null) {
            request.put("salesOpenAt", salesOpenAt.toString());
        }
        Api.Response created = merchant.post("/api/v1/events", request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        Api.Response settings = merchant.put("/api/v1/merchant/events/" + id + "/waiting-room",
                Map.of("admissionWindowSeconds", windowSeconds, "admissionsPerMinute", perMinute));
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
        assertThat(merchant.post("/api/v1/events/" + id + "/publish", "").status()).isEqualTo(200);
        return id;
    }

    /** Joins; asserts 201 or 200; returns the answer. */
    public static JsonNode join(Api buyer, String eventId) {
        Api.Response joined = buyer.post("/api/v1/events/" + eventId + "/queue", "");
        assertThat(joined.status()).as(joined.body()).isIn(200, 201);
        return joined.json();
    }

    public static JsonNode status(Api buyer, String queueTicketId) {
        Api.Response status = buyer.get("/api/v1/queue/" + queueTicketId);
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        return status.json();
    }

    /** Waits until the place is in {@code state}; returns its status. */
    public static JsonNode awaitState(Api buyer, String queueTicketId, String state, Duration within) {
        return Eventually.eventually(within, () -> {
            JsonNode status = status(buyer, queueTicketId);
            assertThat(status.get("state").asText()).as(status.toString()).isEqualTo(state);
            return status;
        });
    }

    /** Joins, waits for the turn, and returns the admission token. */
    public static String admitted(Api buyer, String eventId) {
        String ticket = join(buyer, eventId).get("queueTicketId").asText();
        return awaitState(buyer, ticket, "ADMITTED", Duration.ofSeconds(20)).get("admissionToken").asText();
    }

    public static Api.Response hold(Api buyer, String eventId, List<Long> seats, String token) {
        return token == null
                ? buyer.post("/api/v1/events/" + eventId + "/holds", Map.of("seatIds", seats))
                : buyer.post("/api/v1/events/" + eventId + "/holds", Map.of("seatIds", seats), "X-Admission-Token",
                        token);
    }

    /** Goes through the waiting room and holds the seats; returns the hold id. */
    public static String holdAdmitted(Api buyer, String eventId, List<Long> seats) {
        Api.Response hold = hold(buyer, eventId, seats, admitted(buyer, eventId));
        assertThat(hold.status()).as(hold.body()).isEqualTo(201);
        return hold.json().get("holdId").asText();
    }
}
