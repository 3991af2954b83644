package org.ticketgrid.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.testing.Eventually.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.jet.Job;
import com.hazelcast.jet.core.JobStatus;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.TestAccounts;

/**
 * The index follows the system of record and the inventory through the real pipeline: creates,
 * edits, cancellations, unpublishing and deletes arrive; sold out shows and goes away again; an
 * Elasticsearch outage pauses indexing and loses nothing; a restarted Jet job resumes.
 */
@IntegrationTest
class SearchFreshnessIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Value("${local.server.port}")
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    HazelcastInstance hazelcast;
    Api api;
    SearchFixture data;
    JsonNode venue;

    @BeforeEach
    void setUp() {
        api = TestAccounts.asMerchant(new Api(port));
        data = new SearchFixture(api);
        venue = data.venue("Delta", 50.94, 6.96);
    }

    @Test
    void createEditCancelUnpublishAndDeleteAreReflected() {
        String kept = data.event(venue, "Harbour Lights", "MUSIC", 3, 2000);
        String cancelled = data.event(venue, "Harbour Storm", "MUSIC", 4, 2000);
        String unpublished = data.event(venue, "Harbour Fog", "MUSIC", 5, 2000);
        String deleted = data.event(venue, "Harbour Mist", "MUSIC", 6, false, 2000);
        eventually(DEADLINE, () -> assertThat(ids("")).containsExactly(kept, cancelled, unpublished));

        assertThat(api.patch("/api/v1/events/" + kept, Map.of("name", "Harbour Lanterns")).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/events/" + cancelled + "/cancel", "").status()).isEqualTo(200);
        Api.Response unpublish = api.withToken(TestAccounts.admin(api).token())
                .post("/api/v1/admin/events/" + unpublished + "/unpublish", "");
        assertThat(unpublish.status()).as(unpublish.body()).isEqualTo(200);
        eventually(DEADLINE, () -> {
            assertThat(ids("")).containsExactly(kept);
            assertThat(search("").get("items").get(0).get("name").asText()).isEqualTo("Harbour Lanterns");
        });

        // A row deleted from the system of record leaves the index (publish first, then delete).
        assertThat(api.post("/api/v1/events/" + deleted + "/publish", "").status()).isEqualTo(200);
        eventually(DEADLINE, () -> assertThat(ids("")).containsExactly(kept, deleted));
        new JdbcTemplate(dataSource).update("DELETE FROM events WHERE id = ?::uuid", deleted);
        eventually(DEADLINE, () -> assertThat(ids("")).containsExactly(kept));
    }

    @Test
    void soldOutShowsWithinSecondsAndGoesAwayWhenSeatsAreFreeAgain() {
        String event = data.event(venue, "Harbour Sellout", "MUSIC", 3, 2000);
        eventually(DEADLINE, () -> assertThat(availability(event)).isEqualTo("AVAILABLE"));
        List<Long> seats = new ArrayList<>();
        venue.get("sections").forEach(s -> s.get("seats").forEach(seat -> seats.add(seat.get("id").asLong())));

        // Holds last 4 s in these tests: hold every seat at once, so nothing expires in between.
        Api.Response all = api.post("/api/v1/events/" + event + "/holds", Map.of("seatIds", seats));
        assertThat(all.status()).as(all.body()).isEqualTo(201);
        eventually(Duration.ofSeconds(15), () -> assertThat(availability(event)).isEqualTo("SOLD_OUT"));

        // Given back (or, if it ran out first, tidied by the sweeper): on sale again.
        api.delete("/api/v1/holds/" + all.json().get("holdId").asText());
        eventually(Duration.ofSeconds(30), () -> assertThat(availability(event)).isEqualTo("AVAILABLE"));
    }

    @Test
    void anElasticsearchOutagePausesIndexingAndLosesNothing() throws Exception {
        String before = data.event(venue, "Harbour Before", "MUSIC", 3, 2000);
        String toCancel = data.event(venue, "Harbour Doomed", "MUSIC", 4, 2000);
        eventually(DEADLINE, () -> assertThat(ids("")).containsExactly(before, toCancel));

        launcher("es_stop");
        try {
            assertThat(api.get("/api/v1/events?q=" + data.token).status()).isEqualTo(503);
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                created.add(data.event(venue, "Harbour During " + i, "MUSIC", 10 + i, 2000));
            }
            assertThat(api.patch("/api/v1/events/" + before, Map.of("name", "Harbour Renamed")).status())
                    .isEqualTo(200);
            assertThat(api.post("/api/v1/events/" + toCancel + "/cancel", "").status()).isEqualTo(200);
            Api.Response down = api.get("/api/v1/events?q=" + data.token);
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.contentType()).startsWith("application/problem+json");
            assertThat(down.json().get("code").asText()).isEqualTo("search-unavailable");

            launcher("es_start && es_wait");
            List<String> expected = new ArrayList<>(List.of(before));
            expected.addAll(created);
            eventually(Duration.ofSeconds(120), () -> {
                assertThat(ids("")).containsExactlyElementsOf(expected);
                assertThat(search("").get("items").get(0).get("name").asText()).isEqualTo("Harbour Renamed");
            });
        } finally {
            launcher("es_start && es_wait");
        }
    }

    @Test
    void aRestartedIndexingJobResumes() {
        Job job = hazelcast.getJet().getJob("search-indexer");
        assertThat(job).isNotNull();
        job.restart();
        String during = data.event(venue, "Harbour Restart", "MUSIC", 3, 2000);
        eventually(DEADLINE, () -> assertThat(job.getStatus()).isEqualTo(JobStatus.RUNNING));
        String after = data.event(venue, "Harbour Resumed", "MUSIC", 4, 2000);
        eventually(DEADLINE, () -> assertThat(ids("")).containsExactly(during, after));
    }

    private String availability(String eventId) {
        JsonNode items = search("").get("items");
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(eventId)) {
                return item.get("availability").asText();
            }
        }
        throw new AssertionError("event " + eventId + " not in the results");
    }

    private List<String> ids(String query) {
        return search(query).get("items").findValuesAsText("id");
    }

    private JsonNode search(String query) {
        Api.Response response = api.get("/api/v1/events?sort=date&q=" + data.token + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** Runs launcher functions (vm/local/services.sh) against this checkout's services. */
    private static void launcher(String functions) throws IOException, InterruptedException {
        File root = new File(System.getProperty("user.dir")).getParentFile();
        Process process = new ProcessBuilder("bash", "-c", "export TG_ROOT=" + root.getAbsolutePath()
                + "; . vm/local/common.sh && . vm/local/services.sh && use_stack test && " + functions)
                .directory(root).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor()).as("launcher: " + functions).isZero();
    }
}
