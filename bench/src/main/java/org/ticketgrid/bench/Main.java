package org.ticketgrid.bench;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ticketgrid.grid.GridSerialization;

/**
 * {@code ./ticketing bench holds}: seat holds in the grid against PostgreSQL row locking and a
 * Redis lock, in-process and over HTTP, with the oversold checks; prints a Markdown table.
 * Exits 3 if any seat was held twice or a store disagreed with the client.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            boolean help = e.getMessage().equals(Options.USAGE);
            (help ? System.out : System.err).println(e.getMessage());
            System.exit(help ? 0 : 2);
            return;
        }
        Logger.getLogger("com.hazelcast").setLevel(Level.WARNING);
        Logger.getLogger("com.zaxxer").setLevel(Level.WARNING);
        Instant started = Instant.now();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Checks checks = new Checks();
        List<RunResult> results = new ArrayList<>();
        HazelcastInstance grid = options.inProcess() && options.stores().contains("grid") ? gridClient(options) : null;
        try {
            if (options.inProcess()) {
                List<HoldStore> stores = stores(options, grid);
                try {
                    List<Shape> shapes = new ArrayList<>();
                    if (options.scenarios().contains("even")) {
                        shapes.add(Shape.evenSpread());
                    }
                    if (options.scenarios().contains("hot")) {
                        shapes.add(Shape.hotEvent());
                    }
                    results.addAll(new InProcessBench(options, stores, shapes, checks).run());
                } finally {
                    stores.forEach(HoldStore::close);
                }
            }
            if (options.http() && !options.httpRates().isEmpty()) {
                results.addAll(http(options, checks));
            }
        } finally {
            if (grid != null) {
                grid.shutdown();
            }
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String report = Report.markdown(options, args, ResultTable.of(results), checks, started, loadBefore,
                loadAfter);
        System.out.println();
        System.out.println(report);
        if (options.out() != null) {
            Files.writeString(Path.of(options.out()), report);
        }
        if (!checks.clean()) {
            System.err.println("[bench] FAILED: oversold " + checks.overlaps() + ", store disagreements "
                    + checks.mismatches());
            System.exit(3);
        }
    }

    private static List<RunResult> http(Options options, Checks checks) throws Exception {
        HttpBench bench = new HttpBench(options.web());
        bench.signIn(options.appDbUrl(), options.buyers());
        bench.setUp(8, 20, 50);
        String scenario = "HTTP 1 event";
        InProcessBench.log("HTTP: event %s, %,d seats in 8 sections, via %s", bench.eventId(), bench.seats(),
                options.web());
        List<RunResult> results = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        rates.add(Math.min(500.0, options.httpRates().get(0)));
        rates.addAll(options.httpRates());
        for (int i = 0; i < rates.size(); i++) {
            boolean warmup = i == 0;
            double rate = rates.get(i);
            double secs = warmup ? Math.max(2, options.warmupSeconds()) : options.httpSeconds();
            HoldLedger ledger = new HoldLedger();
            OpenLoop.Limits limits = new OpenLoop.Limits(rate, options.nanos(secs), (long) (rate * secs) + 1,
                    options.httpWorkers(), options.maxInFlight(), options.nanos(Math.min(5, secs)), options.nanos(30),
                    options.lifetimeMillis());
            RunResult r = bench.run(scenario, limits, ledger);
            String what = "web-app " + r.mode();
            checks.windows(what, ledger);
            Map<Long, Long> clientSeats = new java.util.HashMap<>();
            ledger.liveSeats().keySet().forEach(seat -> clientSeats.put(seat, 0L));
            try {
                checks.agreement(what, clientSeats, bench.heldSeats(), ledger);
            } catch (Exception e) {
                checks.unverified(what, e);
            }
            if (warmup) {
                InProcessBench.log("HTTP warm-up at %.0f/s: %,.0f holds/s, p99 %s ms (not reported)", rate,
                        r.throughput(), ResultTable.ms(r.millisAt(99)));
            } else {
                InProcessBench.log("HTTP %-10s %,9.0f holds/s  taken %3.0f%%  p50 %s  p99 %s  p99.9 %s ms%s",
                        r.mode(), r.throughput(), 100 * r.takenShare(), ResultTable.ms(r.millisAt(50)),
                        ResultTable.ms(r.millisAt(99)), ResultTable.ms(r.millisAt(99.9)),
                        (r.errors() > 0 ? "  errors " + r.errors() : "") + (r.keptUp() ? "" : "  (did not keep up)"));
                results.add(r);
            }
            Thread.sleep(1000);
        }
        return results;
    }

    private static HazelcastInstance gridClient(Options options) {
        ClientConfig config = new ClientConfig();
        config.setClusterName(options.clusterName());
        config.setInstanceName("ticketgrid-bench");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.getNetworkConfig().addAddress(options.grid()).setSmartRouting(options.smartRouting());
        config.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(15_000);
        GridSerialization.register(config.getSerializationConfig());
        return HazelcastClient.newHazelcastClient(config);
    }

    private static List<HoldStore> stores(Options options, HazelcastInstance grid) {
        List<HoldStore> stores = new ArrayList<>();
        for (String name : options.stores()) {
            stores.add(switch (name) {
                case "grid" -> new GridHoldStore(grid);
                case "postgres" -> new PostgresHoldStore(options.pgUrl(), "ticketgrid", "ticketgrid",
                        options.pgPool(), options.pgSyncCommit());
                case "redis" -> new RedisHoldStore("127.0.0.1", options.redisPort(),
                        Math.max(options.threads().stream().mapToInt(Integer::intValue).max().orElse(16), 64));
                default -> throw new IllegalArgumentException(name);
            });
        }
        return stores;
    }

    /** The closing report: table, checks, targets, machine facts. */
    static final class Report {
        private Report() {
        }

        static String markdown(Options o, String[] args, ResultTable table, Checks checks, Instant started,
                double loadBefore, double loadAfter) {
            StringBuilder b = new StringBuilder();
            b.append("Command: `./ticketing bench holds").append(args.length == 0 ? "" : " " + String.join(" ", args))
                    .append("`  \n");
            b.append(String.format(Locale.ROOT, "Run: %s, %.0f s; %d repetition(s), medians; closed loop %s threads; "
                    + "runs of %.0f s (HTTP %.0f s); PostgreSQL pool %d, synchronous_commit %s; Hazelcast client %s.  %n",
                    started.truncatedTo(ChronoUnit.SECONDS), (Instant.now().toEpochMilli() - started.toEpochMilli())
                            / 1000.0, o.reps(), o.threads().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("/")), o.seconds(), o.httpSeconds(), o.pgPool(),
                    o.pgSyncCommit() ? "on" : "off", o.smartRouting() ? "smart routing" : "unisocket"));
            b.append(String.format(Locale.ROOT, "Machine: %d cores, %s, %s %s; load average %.2f before, %.2f after.%n%n",
                    Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("java.vm.vendor"),
                    Runtime.version(), loadBefore, loadAfter));
            b.append(table.markdown()).append('\n');
            b.append(String.format(Locale.ROOT, "oversold: %d (%,d confirmed holds checked; store disagreements %d; "
                    + "%d holds of unknown outcome left out)%n%n", checks.overlaps(), checks.holdsChecked(),
                    checks.mismatches(), checks.uncertain()));
            b.append(targets(table));
            return b.toString();
        }

        static String targets(ResultTable table) {
            StringBuilder b = new StringBuilder("Targets:\n");
            for (ResultTable.Row r : table.rows()) {
                if (r.store().equals("grid") && r.open() && r.offeredRate() >= 15_000) {
                    boolean met = r.keptUp() == r.runs() && r.p99() < 5;
                    b.append(String.format(Locale.ROOT, "- in-grid, %s at %s: %,.0f holds/s, p99 %s ms -> %s%n",
                            r.scenario(), r.mode(), r.throughput(), ResultTable.ms(r.p99()),
                            met ? "MET (>= 15,000/s, p99 < 5 ms)" : "MISSED (target >= 15,000/s with p99 < 5 ms)"));
                }
                if (r.store().equals("grid") && !r.open()) {
                    b.append(String.format(Locale.ROOT, "- in-grid, %s, %s: max %,.0f holds/s -> %s%n", r.scenario(),
                            r.mode(), r.throughput(), r.throughput() >= 15_000 ? "MET" : "MISSED (target 15,000/s)"));
                }
                if (r.store().equals("web-app") && r.offeredRate() >= 3_000) {
                    boolean met = r.keptUp() == r.runs() && r.p99() < 50;
                    b.append(String.format(Locale.ROOT, "- HTTP at %s: %,.0f holds/s, p99 %s ms -> %s%n", r.mode(),
                            r.throughput(), ResultTable.ms(r.p99()),
                            met ? "MET (>= 3,000/s, p99 < 50 ms)" : "MISSED at this rate"));
                }
                if (!r.store().equals("grid") && !r.open() && !r.store().equals("web-app")
                        && !r.store().equals(NoStore.NAME)) {
                    double f = table.gridFactor(r);
                    String goal = r.store().equals("postgres") && r.scenario().equals("hot event")
                            ? (f >= 10 ? " -> MET (>= 10x)" : " -> MISSED (target >= 10x)")
                            : "";
                    b.append(String.format(Locale.ROOT, "- grid / %s, %s, %s: %.1fx%s%n", r.store(), r.scenario(),
                            r.mode(), f, goal));
                }
            }
            return b.toString();
        }

        private static String memory() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                    if (line.startsWith("MemTotal:")) {
                        long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                        return String.format(Locale.ROOT, "%.1f GiB RAM", kb / 1024.0 / 1024.0);
                    }
                }
            } catch (Exception e) {
                // fall through
            }
            return "RAM unknown";
        }
    }

}
