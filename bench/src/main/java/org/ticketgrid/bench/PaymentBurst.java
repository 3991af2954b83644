package org.ticketgrid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * {@code ./ticketing bench payments}: how long a paid order takes to become {@code CONFIRMED}
 * when many buyers pay at once. The bench prepares {@code count} orders through the API as real
 * buyers do (hold one seat, check out: a manual-capture PaymentIntent at the payment sandbox),
 * then confirms them at the sandbox as browsers would, all at once from {@code senders} threads.
 * The sandbox signs and sends its webhooks to the web app, which verifies them and hands them to
 * Kafka; the booking consumer writes order and tickets, confirms the seats in the grid and
 * captures. Latency per order is {@code orders.confirmed_at} (set by the booking transaction)
 * minus the moment the bench sent that order's confirm: same machine, same clock.
 *
 * <p>The baseline of the same run: {@code quiet} payments one at a time before the burst, each
 * waited for, so the ratio shows what the burst's queueing adds to the path's own latency.
 * Checks afterwards: every order confirmed and captured, one valid ticket per seat.
 */
public final class PaymentBurst {

    static final String USAGE = """
            usage: ./ticketing bench payments [options]
              --count N        payments in the burst (default 1000)
              --quiet N        payments one at a time first, the baseline (default 20)
              --senders N      threads confirming at the sandbox during the burst (default 32)
              --buyers N       customer accounts the orders are spread over (default 250)
              --timeout S      how long to wait for the burst to be booked (default 300)
              --web URL        the web app (default http://127.0.0.1:8080)
              --sandbox URL    the payment sandbox (default http://127.0.0.1:12111)
              --app-db URL     the app's database (default jdbc:postgresql://127.0.0.1:55432/ticketgrid)
              --out FILE       also write the report (Markdown) there
            """;

    record Options(int count, int quiet, int senders, int buyers, int timeoutSeconds, URI web, URI sandbox,
            String appDb, String out) {

        static Options parse(String... args) {
            int count = 1000;
            int quiet = 20;
            int senders = 32;
            int buyers = 250;
            int timeout = 300;
            URI web = URI.create("http://127.0.0.1:8080");
            URI sandbox = URI.create("http://127.0.0.1:12111");
            String appDb = "jdbc:postgresql://127.0.0.1:55432/ticketgrid";
            String out = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                    case "--count" -> count = Integer.parseInt(args[++i]);
                    case "--quiet" -> quiet = Integer.parseInt(args[++i]);
                    case "--senders" -> senders = Integer.parseInt(args[++i]);
                    case "--buyers" -> buyers = Integer.parseInt(args[++i]);
                    case "--timeout" -> timeout = Integer.parseInt(args[++i]);
                    case "--web" -> web = URI.create(args[++i]);
                    case "--sandbox" -> sandbox = URI.create(args[++i]);
                    case "--app-db" -> appDb = args[++i];
                    case "--out" -> out = args[++i];
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
                }
            }
            if (count < 1 || count > 20_000 || quiet < 1 || senders < 1 || buyers < 1) {
                throw new IllegalArgumentException("counts must be positive (--count at most 20000)\n" + USAGE);
            }
            Options.requireLoopback(web, sandbox, appDb);
            return new Options(count, quiet, senders, buyers, timeout, web, sandbox, appDb, out);
        }

        private static void requireLoopback(URI web, URI sandbox, String appDb) {
            org.ticketgrid.bench.Options.requireLoopback(web.getHost());
            org.ticketgrid.bench.Options.requireLoopback(sandbox.getHost());
            org.ticketgrid.bench.Options.requireLoopback(URI.create(appDb.substring("jdbc:".length())).getHost());
        }
    }

    /** One checked-out order, ready to be paid. */
    record Order(UUID id, String intentId, String clientSecret) {
    }

    /** How one phase went: latencies in microseconds, and what did not end CONFIRMED. */
    record Phase(String name, int payments, Histogram latency, double seconds, Map<String, Integer> notConfirmed) {

        double perSecond() {
            return latency.getTotalCount() / seconds;
        }
    }

    private static final String PUBLISHABLE_KEY = "pk_test_ticketgrid_local";

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpBench app;

    PaymentBurst(Options options) {
        this.options = options;
        this.app = new HttpBench(options.web());
    }

    public static void main(String[] args) throws Exception {
        Options options = Cli.optionsOrExit(Options::parse, USAGE, args);
        Instant started = Instant.now();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        PaymentBurst bench = new PaymentBurst(options);
        List<Phase> phases = bench.run();
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<String> problems = bench.check();
        String report = report(options, args, phases, problems, started, loadBefore, loadAfter);
        System.out.println();
        System.out.println(report);
        if (options.out() != null) {
            Files.writeString(Path.of(options.out()), report);
        }
        boolean incomplete = phases.stream().anyMatch(p -> !p.notConfirmed().isEmpty());
        System.exit(!problems.isEmpty() ? 3 : incomplete ? 4 : 0);
    }

    List<Phase> run() throws Exception {
        int total = options.quiet() + options.count();
        app.signIn(options.appDb(), options.buyers());
        int perRow = 25;
        int sections = 8;
        int rows = (int) Math.ceil(total / (double) (sections * perRow));
        app.setUp(sections, rows, perRow);
        log("event %s: %,d seats; preparing %,d orders (hold one seat, check out) as %d buyers", app.eventId(),
                app.seats(), total, options.buyers());
        List<Order> orders = prepare(app.seatIds().subList(0, total));
        List<Order> quiet = orders.subList(0, options.quiet());
        List<Order> burst = orders.subList(options.quiet(), total);
        log("baseline: %d payments one at a time", quiet.size());
        Phase baseline = oneAtATime(quiet);
        log("burst: %,d payments from %d senders", burst.size(), options.senders());
        Phase rush = burst(burst);
        return List.of(baseline, rush);
    }

    /** Holds and checks out one seat per order, spread over the buyers, 8 at a time. */
    private List<Order> prepare(List<Long> seats) throws InterruptedException {
        Order[] out = new Order[seats.size()];
        AtomicInteger next = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = next.getAndIncrement(); i < out.length && failures.isEmpty(); i = next.getAndIncrement()) {
                    String buyer = app.buyerTokens().get(i % app.buyerTokens().size());
                    try {
                        JsonNode hold = call("POST", "/api/v1/events/" + app.eventId() + "/holds", buyer,
                                "{\"seatIds\":[" + seats.get(i) + "]}", 201);
                        JsonNode checkout = call("POST", "/api/v1/holds/" + hold.get("holdId").asText() + "/checkout",
                                buyer, null, 201);
                        out[i] = new Order(UUID.fromString(checkout.get("orderId").asText()),
                                checkout.get("paymentIntentId").asText(), checkout.get("clientSecret").asText());
                    } catch (Exception e) {
                        failures.add("order " + i + ": " + e.getMessage());
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("preparing the orders failed: " + failures.getFirst());
        }
        return Arrays.asList(out);
    }

    private Phase oneAtATime(List<Order> orders) throws Exception {
        Map<UUID, Instant> sent = new HashMap<>();
        long start = System.nanoTime();
        for (Order order : orders) {
            sent.put(order.id(), Instant.now());
            confirm(order);
            awaitBooked(List.of(order.id()), Duration.ofSeconds(60));
        }
        return phase("one at a time", orders, sent, start);
    }

    private Phase burst(List<Order> orders) throws Exception {
        Map<UUID, Instant> sent = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < options.senders(); t++) {
            threads.add(Thread.ofPlatform().daemon().start(() -> {
                for (int i = next.getAndIncrement(); i < orders.size(); i = next.getAndIncrement()) {
                    Order order = orders.get(i);
                    sent.put(order.id(), Instant.now());
                    try {
                        confirm(order);
                    } catch (Exception e) {
                        Errors.report("sandbox confirm", e);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        log("all %,d confirms sent in %.1f s; waiting for the bookings", orders.size(),
                (System.nanoTime() - start) / 1e9);
        awaitBooked(orders.stream().map(Order::id).toList(), Duration.ofSeconds(options.timeoutSeconds()));
        return phase("burst of " + orders.size(), orders, sent, start);
    }

    /** Confirms a PaymentIntent at the sandbox as Stripe.js does: publishable key + client secret. */
    private void confirm(Order order) throws Exception {
        String form = "payment_method=pm_card_visa&client_secret="
                + URLEncoder.encode(order.clientSecret(), StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                options.sandbox().resolve("/v1/payment_intents/" + order.intentId() + "/confirm"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + PUBLISHABLE_KEY)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("confirm " + order.intentId() + " answered " + r.statusCode() + ": "
                    + r.body());
        }
    }

    /** Waits until none of the orders is PENDING_PAYMENT any more (or the deadline passes). */
    private void awaitBooked(List<UUID> ids, Duration within) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        try (Connection c = db();
                PreparedStatement pending = c.prepareStatement(
                        "SELECT count(*) FROM orders WHERE id = ANY(?) AND status = 'PENDING_PAYMENT'")) {
            pending.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = pending.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(ids.size() == 1 ? 2 : 200);
            }
        }
    }

    private Phase phase(String name, List<Order> orders, Map<UUID, Instant> sent, long startNanos)
            throws SQLException {
        Histogram latency = new Histogram(3_600_000_000L, 3);
        Map<String, Integer> notConfirmed = new java.util.TreeMap<>();
        Instant last = Instant.EPOCH;
        try (Connection c = db();
                PreparedStatement q = c.prepareStatement(
                        "SELECT id, status, confirmed_at FROM orders WHERE id = ANY(?)")) {
            q.setArray(1, c.createArrayOf("uuid", orders.stream().map(Order::id).toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    String status = rs.getString(2);
                    java.sql.Timestamp confirmed = rs.getTimestamp(3);
                    if (!"CONFIRMED".equals(status) || confirmed == null || sent.get(id) == null) {
                        notConfirmed.merge(status, 1, Integer::sum);
                        continue;
                    }
                    Instant at = confirmed.toInstant();
                    last = at.isAfter(last) ? at : last;
                    latency.recordValue(Math.max(0, Duration.between(sent.get(id), at).toNanos() / 1_000));
                }
            }
        }
        Instant first = sent.values().stream().min(Instant::compareTo).orElse(Instant.now());
        double seconds = Math.max(0.001, Duration.between(first, last.isAfter(first) ? last : Instant.now())
                .toNanos() / 1e9);
        return new Phase(name, orders.size(), latency, seconds, notConfirmed);
    }

    /** What must hold after the run, read from PostgreSQL; an empty list when all is well. */
    List<String> check() throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection c = db()) {
            UUID event = UUID.fromString(app.eventId());
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT count(*) - count(DISTINCT seat_id) FROM tickets WHERE event_id = ? AND status = 'VALID'""")) {
                q.setObject(1, event);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) != 0) {
                        problems.add(rs.getLong(1) + " seats have more than one valid ticket");
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT count(*) FILTER (WHERE status = 'CONFIRMED' AND captured_at IS NULL),
                           count(*) FILTER (WHERE status = 'CONFIRMED'),
                           (SELECT count(*) FROM tickets t WHERE t.event_id = ? AND t.status = 'VALID')
                    FROM orders WHERE event_id = ?""")) {
                q.setObject(1, event);
                q.setObject(2, event);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) != 0) {
                        problems.add(rs.getLong(1) + " confirmed orders are not captured");
                    }
                    if (rs.getLong(2) != rs.getLong(3)) {
                        problems.add(rs.getLong(2) + " confirmed one-seat orders but " + rs.getLong(3)
                                + " valid tickets");
                    }
                }
            }
        }
        return problems;
    }

    private JsonNode call(String method, String path, String token, String body, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(options.web().resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return json.readTree(r.body());
    }

    private Connection db() throws SQLException {
        return DriverManager.getConnection(options.appDb(), "ticketgrid", "ticketgrid");
    }

    static String report(Options options, String[] args, List<Phase> phases, List<String> problems, Instant started,
            double loadBefore, double loadAfter) {
        StringBuilder out = new StringBuilder();
        out.append("Command: `./ticketing bench payments ").append(String.join(" ", args)).append("`  \n");
        out.append(String.format(Locale.ROOT, "Run: %s, %d s; machine: %d cores, load average %.2f before, %.2f after.%n%n",
                started, Duration.between(started, Instant.now()).toSeconds(),
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter));
        out.append("Sandbox confirm sent → order `CONFIRMED` in PostgreSQL (webhook → Kafka → booking consumer):\n\n");
        out.append("| phase | payments | confirmed | orders/s | p50 ms | p90 ms | p99 ms | max ms | not confirmed |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Phase p : phases) {
            Histogram h = p.latency();
            out.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,.0f | %s | %s | %s | %s | %s |%n", p.name(),
                    p.payments(), h.getTotalCount(), p.perSecond(), ms(h.getValueAtPercentile(50)),
                    ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()),
                    p.notConfirmed().isEmpty() ? "none" : p.notConfirmed().toString()));
        }
        if (phases.size() == 2 && phases.get(0).latency().getTotalCount() > 0) {
            double base = phases.get(0).latency().getValueAtPercentile(50);
            Histogram b = phases.get(1).latency();
            out.append(String.format(Locale.ROOT, "%nBurst / one-at-a-time: p50 %.1f×, p99 %.1f×.%n",
                    b.getValueAtPercentile(50) / base, b.getValueAtPercentile(99) / base));
        }
        out.append(problems.isEmpty() ? "\nChecks: every confirmed order captured, one valid ticket per seat.\n"
                : "\nCHECKS FAILED: " + String.join("; ", problems) + "\n");
        return out.toString();
    }

    private static String ms(long micros) {
        return ResultTable.ms(micros / 1000.0);
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
