package org.ticketgrid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.ticketgrid.holds.Hold;

/**
 * End to end: open-loop {@code POST /api/v1/events/{id}/holds} against the running web app, each
 * successful hold released with {@code DELETE /api/v1/holds/{id}} a little later so seats recycle.
 * The bench creates its own venue and event through the API (publishing creates the grid
 * inventory), and checks the event's seat map against its ledger after each run.
 */
public final class HttpBench {

    /** When the API asks for credentials: the bearer token comes from this environment variable. */
    public static final String TOKEN_ENV = "TICKETGRID_BENCH_TOKEN";

    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final BenchAccounts accounts;
    private final java.util.concurrent.atomic.AtomicLong turn = new java.util.concurrent.atomic.AtomicLong();
    private String merchantToken;
    private List<String> buyerTokens = List.of();
    private String eventId;
    private final List<long[]> sectionSeats = new ArrayList<>();

    public HttpBench(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.accounts = new BenchAccounts(base, http);
    }

    /**
     * Signs in the merchant that creates the bench event and {@code buyers} customer accounts that
     * hold seats in turn (the app limits the seats one account may hold per event).
     */
    public void signIn(String appJdbcUrl, int buyers) throws Exception {
        merchantToken = accounts.merchantToken();
        BenchAccounts.ensureBuyers(appJdbcUrl, "ticketgrid", "ticketgrid", buyers);
        buyerTokens = accounts.buyerTokens(buyers, 4);
    }

    /** Creates a venue of {@code sections × rows × seatsPerRow} seats and a published event on it. */
    public void setUp(int sections, int rows, int seatsPerRow) throws IOException, InterruptedException {
        List<Map<String, Object>> sectionList = new ArrayList<>();
        for (int s = 0; s < sections; s++) {
            List<Map<String, Object>> rowList = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                rowList.add(Map.of("label", "R" + (r + 1), "seats", seatsPerRow));
            }
            sectionList.add(Map.of("name", "Bench block " + (s + 1), "rows", rowList));
        }
        String stamp = Long.toString(System.currentTimeMillis(), 36);
        JsonNode venue = post("/api/v1/venues", Map.of("name", "Bench Arena " + stamp, "address", "1 Load Street",
                "city", "Benchville", "country", "DE", "latitude", 52.5, "longitude", 13.4, "timeZone",
                "Europe/Berlin", "sections", sectionList), 201);
        List<Long> ids = new ArrayList<>();
        for (JsonNode section : venue.get("sections")) {
            ids.add(section.get("id").asLong());
            long[] seats = new long[section.get("seats").size()];
            for (int i = 0; i < seats.length; i++) {
                seats[i] = section.get("seats").get(i).get("id").asLong();
            }
            sectionSeats.add(seats);
        }
        Instant starts = Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        JsonNode event = post("/api/v1/events", Map.of("venueId", venue.get("id").asText(), "name",
                "Bench on-sale " + stamp, "description", "Created by ./ticketing bench holds", "category", "MUSIC",
                "startsAt", starts.toString(), "endsAt", starts.plus(3, ChronoUnit.HOURS).toString(), "highDemand",
                // Not high demand: this bench measures the hold path itself; a high-demand event's
                // holds need a waiting-room admission (./ticketing bench queue measures that).
                false, "ticketTypes", List.of(Map.of("name", "Standard", "priceCents", 4500, "currency", "EUR",
                        "sectionIds", ids))), 201);
        eventId = event.get("id").asText();
        post("/api/v1/events/" + eventId + "/publish", null, 200);
    }

    public String eventId() {
        return eventId;
    }

    /** Every seat id of the bench event, section by section. */
    public List<Long> seatIds() {
        List<Long> all = new ArrayList<>();
        sectionSeats.forEach(section -> java.util.Arrays.stream(section).forEach(all::add));
        return all;
    }

    /** The signed-in bench buyers' tokens (see {@link #signIn}). */
    public List<String> buyerTokens() {
        return buyerTokens;
    }

    public long seats() {
        return sectionSeats.stream().mapToLong(s -> s.length).sum();
    }

    /** One open-loop run; successful holds are released {@code limits.followUpMillis()} later. */
    public RunResult run(String scenario, OpenLoop.Limits limits, HoldLedger ledger)
            throws InterruptedException {
        URI holds = base.resolve("/api/v1/events/" + eventId + "/holds");
        return OpenLoop.run(scenario, "web-app", limits, intended -> {
            long[] seats = pick(ThreadLocalRandom.current());
            String buyer = buyerTokens.isEmpty() ? merchantToken
                    : buyerTokens.get((int) (turn.getAndIncrement() % buyerTokens.size()));
            HttpResponse<String> response = http.send(request(holds, buyer).POST(HttpRequest.BodyPublishers.ofString(
                    "{\"seatIds\":" + java.util.Arrays.toString(seats) + "}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            long ack = System.nanoTime();
            int status = response.statusCode();
            if (status == 201) {
                String text = json.readTree(response.body()).get("holdId").asText();
                HoldLedger.Entry entry = ledger.held(Hold.parseId(text), seats, ack, null);
                return new OpenLoop.Result(Outcome.HELD, () -> {
                    ledger.releasing(entry, System.nanoTime());
                    release(text, buyer);
                });
            }
            if (status == 409) {
                return OpenLoop.Result.of(Outcome.TAKEN);
            }
            ledger.uncertain(0, seats, null);
            Errors.report("web-app POST " + status, new IllegalStateException(response.body()));
            return OpenLoop.Result.of(Outcome.ERROR);
        });
    }

    /**
     * The seats of the bench event that are not {@code AVAILABLE}, as the app's seat map shows them
     * (read from the grid by the app, so this check does not depend on the bench and the member
     * sharing a build of grid-node). Values are 0: the seat map does not reveal hold ids.
     */
    public Map<Long, Long> heldSeats() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(base.resolve("/api/v1/events/" + eventId + "/seats"), merchantToken).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET seats answered " + r.statusCode() + ": " + r.body());
        }
        Map<Long, Long> held = new java.util.HashMap<>();
        for (JsonNode section : json.readTree(r.body()).get("sections")) {
            for (JsonNode seat : section.get("seats")) {
                if (!"AVAILABLE".equals(seat.get("status").asText())) {
                    held.put(seat.get("id").asLong(), 0L);
                }
            }
        }
        return held;
    }

    private void release(String holdId, String buyer) {
        try {
            HttpResponse<String> r = http.send(request(base.resolve("/api/v1/holds/" + holdId), buyer).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 204) {
                Errors.report("web-app DELETE " + r.statusCode(), new IllegalStateException(r.body()));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long[] pick(ThreadLocalRandom random) {
        long[] section = sectionSeats.get(random.nextInt(sectionSeats.size()));
        int count = random.nextInt(1, 5);
        int start = random.nextInt(section.length - count + 1);
        return java.util.Arrays.copyOfRange(section, start, start + count);
    }

    private HttpRequest.Builder request(URI uri, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (token != null && !token.isBlank()) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private JsonNode post(String path, Object body, int expected) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
        HttpResponse<String> r = http.send(request(base.resolve(path), merchantToken).POST(publisher).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 401 || r.statusCode() == 403) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode()
                    + ": the API wants credentials; set " + TOKEN_ENV + " to a bearer token of a merchant/admin");
        }
        if (r.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().isEmpty() ? json.nullNode() : json.readTree(r.body());
    }
}
