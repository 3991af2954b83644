package org.ticketgrid.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./ticketing bench event-json}: the event page's JSON ({@code GET /api/v1/events/{id}},
 * details plus live counts from the grid) for an event already in the catalog cache, open loop at
 * fixed rates, latency from each request's intended start (HdrHistogram). The baseline of the same
 * run is a static file ({@code /favicon.svg}) through the same server, filters and connection: the
 * floor this machine gives any request, so the ratio is the event read's own cost.
 */
public final class EventReadBench {

    static final String USAGE = """
            usage: ./ticketing bench event-json [options]
              --rates R,..     open-loop rates per second (default 200,500)
              --seconds S      length of each run (default 10)
              --reps N         repetitions; medians reported (default 3)
              --event ID       the event to read (default: the first one search lists)
              --web URL        the web app (default http://127.0.0.1:8080)
              --out FILE       also write the report (Markdown) there
            """;

    record Options(List<Double> rates, double seconds, int reps, String event, URI web, String out) {

        static Options parse(String... args) {
            List<Double> rates = List.of(200.0, 500.0);
            double seconds = 10;
            int reps = 3;
            String event = null;
            URI web = URI.create("http://127.0.0.1:8080");
            String out = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                    case "--rates" -> rates = Arrays.stream(args[++i].split(",")).map(String::trim)
                            .map(Double::valueOf).toList();
                    case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                    case "--reps" -> reps = Integer.parseInt(args[++i]);
                    case "--event" -> event = args[++i];
                    case "--web" -> web = URI.create(args[++i]);
                    case "--out" -> out = args[++i];
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
                }
            }
            if (reps < 1 || seconds <= 0 || rates.isEmpty() || rates.stream().anyMatch(r -> r <= 0 || r > 20_000)) {
                throw new IllegalArgumentException("reps, seconds and rates (1..20000) must be positive\n" + USAGE);
            }
            org.ticketgrid.bench.Options.requireLoopback(web.getHost());
            return new Options(rates, seconds, reps, event, web, out);
        }
    }

    /** The medians over repetitions of one (target, rate). */
    record Row(String target, double rate, double throughput, double p50, double p99, double p999, long errors) {
    }

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    EventReadBench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options = Cli.optionsOrExit(Options::parse, USAGE, args);
        Instant started = Instant.now();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        EventReadBench bench = new EventReadBench(options);
        String event = options.event() != null ? options.event() : bench.firstListedEvent();
        List<Row> rows = bench.run(event);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String report = report(args, event, rows, started, loadBefore, loadAfter);
        System.out.println();
        System.out.println(report);
        if (options.out() != null) {
            Files.writeString(Path.of(options.out()), report);
        }
    }

    String firstListedEvent() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(options.web().resolve("/api/v1/events?size=1"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        var items = new ObjectMapper().readTree(r.body()).path("items");
        if (r.statusCode() != 200 || items.isEmpty()) {
            throw new IllegalStateException("search lists no event (is the demo catalog loaded?): " + r.statusCode());
        }
        return items.get(0).get("id").asText();
    }

    List<Row> run(String event) throws InterruptedException {
        URI eventUri = options.web().resolve("/api/v1/events/" + event);
        URI floor = options.web().resolve("/favicon.svg");
        log("event %s; warming up", event);
        OpenLoop.Limits warm = limits(Math.min(200, options.rates().getFirst()), 3);
        OpenLoop.run("warm-up", "event", warm, get(eventUri));
        OpenLoop.run("warm-up", "static", warm, get(floor));
        List<Row> rows = new ArrayList<>();
        for (double rate : options.rates()) {
            List<RunResult> events = new ArrayList<>();
            List<RunResult> statics = new ArrayList<>();
            for (int rep = 0; rep < options.reps(); rep++) {
                // Alternate which goes first, so a trend in the machine's load hits both alike.
                boolean eventFirst = rep % 2 == 0;
                RunResult a = OpenLoop.run("read", eventFirst ? "event" : "static", limits(rate, options.seconds()),
                        get(eventFirst ? eventUri : floor));
                RunResult b = OpenLoop.run("read", eventFirst ? "static" : "event", limits(rate, options.seconds()),
                        get(eventFirst ? floor : eventUri));
                (eventFirst ? events : statics).add(a);
                (eventFirst ? statics : events).add(b);
                log("%,.0f/s rep %d: event p99 %s ms, static p99 %s ms", rate, rep + 1,
                        ResultTable.ms(events.getLast().millisAt(99)), ResultTable.ms(statics.getLast().millisAt(99)));
            }
            rows.add(row("GET /api/v1/events/{id}", rate, events));
            rows.add(row("GET /favicon.svg (floor)", rate, statics));
        }
        return rows;
    }

    private OpenLoop.Limits limits(double rate, double seconds) {
        long nanos = (long) (seconds * 1e9);
        return new OpenLoop.Limits(rate, nanos, (long) (rate * seconds) + 1, 64, 2000, 5_000_000_000L,
                30_000_000_000L, 0);
    }

    private OpenLoop.Task get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").GET().build();
        return intended -> {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return OpenLoop.Result.of(r.statusCode() == 200 ? Outcome.HELD : Outcome.ERROR);
        };
    }

    static Row row(String target, double rate, List<RunResult> runs) {
        return new Row(target, rate, median(runs, RunResult::throughput), median(runs, r -> r.millisAt(50)),
                median(runs, r -> r.millisAt(99)), median(runs, r -> r.millisAt(99.9)),
                runs.stream().mapToLong(r -> r.errors() + r.missed()).sum());
    }

    static double median(List<RunResult> runs, java.util.function.ToDoubleFunction<RunResult> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String report(String[] args, String event, List<Row> rows, Instant started, double loadBefore,
            double loadAfter) {
        StringBuilder out = new StringBuilder();
        out.append("Command: `./ticketing bench event-json ").append(String.join(" ", args)).append("`  \n");
        out.append(String.format(Locale.ROOT, "Run: %s, %d s, event %s; %d cores, load average %.2f before, %.2f after.%n%n",
                started, Duration.between(started, Instant.now()).toSeconds(), event,
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter));
        out.append("| target | rate/s | answered/s | p50 ms | p99 ms | p99.9 ms | errors+missed | p99 / floor |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Row r : rows) {
            Row floor = rows.stream().filter(f -> f.rate() == r.rate() && f.target().contains("floor")).findFirst()
                    .orElse(r);
            out.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %s | %s | %s | %d | %.1f× |%n", r.target(),
                    r.rate(), r.throughput(), ResultTable.ms(r.p50()), ResultTable.ms(r.p99()),
                    ResultTable.ms(r.p999()), r.errors(), r.p99() / floor.p99()));
        }
        out.append("\nMedians over the repetitions; latency from each request's intended start (open loop).\n");
        return out.toString();
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
