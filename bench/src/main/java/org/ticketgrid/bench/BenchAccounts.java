package org.ticketgrid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The accounts a benchmark acts as. A real on-sale has many buyers, and the app limits how many
 * seats one account may hold per event, so the bench buys as a pool of customer accounts. They
 * are created once, straight in the app's database, with the password hash of the demo customer
 * that {@code ./ticketing up} creates (so the bench never hard-codes a hash and never goes through
 * the per-address sign-up throttle), then signed in through the API like any client: the bench
 * sends real bearer tokens. Needs the demo data; a merchant token for setting up events comes from
 * {@code TICKETGRID_BENCH_TOKEN} or the demo merchant.
 */
public final class BenchAccounts {

    public static final String DEMO_PASSWORD = "ticketgrid-demo-2026";
    static final String DEMO_CUSTOMER = "customer@ticketgrid.local";
    static final String DEMO_MERCHANT = "merchant@ticketgrid.local";

    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public BenchAccounts(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** The bench buyers' addresses, {@code bench-buyer-0001@bench.ticketgrid.local} and so on. */
    static String buyerEmail(int i) {
        return "bench-buyer-%04d@bench.ticketgrid.local".formatted(i);
    }

    /** Makes sure {@code count} buyer accounts exist in the app's database. */
    public static void ensureBuyers(String appJdbcUrl, String user, String password, int count) throws SQLException {
        try (Connection c = DriverManager.getConnection(appJdbcUrl, user, password);
                PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO users (id, email, display_name, password_hash, role)
                        SELECT gen_random_uuid(), ?, ?, password_hash, 'CUSTOMER' FROM users WHERE email = ?
                        ON CONFLICT DO NOTHING""")) {
            for (int i = 1; i <= count; i++) {
                insert.setString(1, buyerEmail(i));
                insert.setString(2, "Bench buyer " + i);
                insert.setString(3, DEMO_CUSTOMER);
                insert.addBatch();
            }
            insert.executeBatch();
            try (var check = c.prepareStatement("SELECT count(*) FROM users WHERE email LIKE 'bench-buyer-%'");
                    var rs = check.executeQuery()) {
                rs.next();
                if (rs.getLong(1) < count) {
                    throw new IllegalStateException("the bench buyers could not be created: is the demo customer "
                            + DEMO_CUSTOMER + " there? (./ticketing up loads the demo data)");
                }
            }
        }
    }

    /** Bearer tokens of buyers 1..count, signed in {@code parallel} at a time. */
    public List<String> buyerTokens(int count, int parallel) throws InterruptedException {
        String[] tokens = new String[count];
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        List<RuntimeException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < parallel; t++) {
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = next.getAndIncrement(); i < count && failures.isEmpty(); i = next.getAndIncrement()) {
                    try {
                        tokens[i] = token(buyerEmail(i + 1), DEMO_PASSWORD);
                    } catch (IOException | RuntimeException e) {
                        failures.add(new IllegalStateException("sign-in of " + buyerEmail(i + 1) + " failed", e));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw failures.getFirst();
        }
        return List.of(tokens);
    }

    /** The merchant token: {@code TICKETGRID_BENCH_TOKEN}, or the demo merchant signed in. */
    public String merchantToken() throws IOException, InterruptedException {
        String given = System.getenv(HttpBench.TOKEN_ENV);
        return given != null && !given.isBlank() ? given : token(DEMO_MERCHANT, DEMO_PASSWORD);
    }

    String token(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        Map.of("email", email, "password", password))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("POST /api/v1/auth/token for " + email + " answered " + r.statusCode()
                    + ": " + r.body());
        }
        JsonNode body = json.readTree(r.body());
        return body.get("accessToken").asText();
    }
}
