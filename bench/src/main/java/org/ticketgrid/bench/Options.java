package org.ticketgrid.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Command-line options of {@code ./ticketing bench holds}. Every target must be on loopback.
 */
public record Options(int reps, double seconds, double warmupSeconds, List<Integer> threads, List<Double> openRates,
        List<Double> httpRates, double httpSeconds, List<String> stores, List<String> scenarios, boolean http,
        boolean inProcess, String out, int pgPool, boolean pgSyncCommit, String pgUrl, String grid,
        String clusterName, boolean smartRouting, int redisPort, URI web, int liveHolds, long lifetimeMillis,
        int maxInFlight, long seed, int openWorkers, int httpWorkers, String appDbUrl, int buyers) {

    public static final String USAGE = """
            usage: ./ticketing bench holds [options]
              --quick              one repetition, 16 threads, 2 s runs (about 2 minutes in all)
              --reps N             repetitions, medians reported (default 3)
              --seconds S          length of each measured run (default 5)
              --warmup S           JIT warm-up per store and scenario, not reported (default 4)
              --threads N,..       closed-loop client threads, one run per count (default 16,32)
              --open-rates R,..    open-loop arrival rates for the in-process stores (default 2000,15000)
              --http-rates R,..    open-loop rates over HTTP (default 1000,2000,3000,4000)
              --http-seconds S     length of each HTTP run (default 6)
              --stores a,b         grid,postgres,redis (default all)
              --scenarios a,b      even,hot (default both)
              --no-http | --only-http
              --pg-pool N          PostgreSQL connections (default 4, for 2 cores)
              --pg-sync-commit     make each hold wait for its WAL flush (default off)
              --unisocket          Hazelcast client without smart routing
              --open-workers N     open loop: sending threads (default 32; 0 = a virtual thread per request)
              --http-workers N     the same over HTTP (default 128)
              --buyers N           customer accounts the HTTP holds are spread over (default 200)
              --app-db JDBC-URL    the app's database, where the bench buyers are created
              --out FILE           also write the report (Markdown) there
            """;

    public static Options parse(String... args) {
        int reps = 3;
        double seconds = 5;
        double warmup = 4;
        List<Integer> threads = List.of(16, 32);
        List<Double> openRates = List.of(2000.0, 15000.0);
        List<Double> httpRates = List.of(1000.0, 2000.0, 3000.0, 4000.0);
        double httpSeconds = 6;
        List<String> stores = List.of("grid", "postgres", "redis");
        List<String> scenarios = List.of("even", "hot");
        boolean http = true;
        boolean inProcess = true;
        String out = null;
        int pgPool = 4;
        boolean syncCommit = false;
        String pgUrl = "jdbc:postgresql://127.0.0.1:55432/ticketgrid_bench";
        String grid = "127.0.0.1:5701";
        String cluster = "ticketgrid";
        boolean smart = true;
        int redisPort = 6390;
        URI web = URI.create("http://127.0.0.1:8080");
        int liveHolds = 2;
        long lifetime = 20;
        int maxInFlight = 2000;
        long seed = 42;
        int openWorkers = 32;
        int httpWorkers = 128;
        String appDb = "jdbc:postgresql://127.0.0.1:55432/ticketgrid";
        int buyers = 200;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                case "--quick" -> {
                    reps = 1;
                    threads = List.of(16);
                    seconds = 2;
                    warmup = 2;
                    httpSeconds = 3;
                }
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--threads" -> threads = Arrays.stream(args[++i].split(",")).map(String::trim)
                        .map(Integer::valueOf).toList();
                case "--open-rates" -> openRates = doubles(args[++i]);
                case "--http-rates" -> httpRates = doubles(args[++i]);
                case "--http-seconds" -> httpSeconds = Double.parseDouble(args[++i]);
                case "--stores" -> stores = List.of(args[++i].split(","));
                case "--scenarios" -> scenarios = List.of(args[++i].split(","));
                case "--no-http" -> http = false;
                case "--only-http" -> inProcess = false;
                case "--out" -> out = args[++i];
                case "--pg-pool" -> pgPool = Integer.parseInt(args[++i]);
                case "--pg-sync-commit" -> syncCommit = true;
                case "--pg-url" -> pgUrl = args[++i];
                case "--grid" -> grid = args[++i];
                case "--cluster" -> cluster = args[++i];
                case "--unisocket" -> smart = false;
                case "--redis-port" -> redisPort = Integer.parseInt(args[++i]);
                case "--web" -> web = URI.create(args[++i]);
                case "--live-holds" -> liveHolds = Integer.parseInt(args[++i]);
                case "--hold-lifetime-ms" -> lifetime = Long.parseLong(args[++i]);
                case "--max-in-flight" -> maxInFlight = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--open-workers" -> openWorkers = Integer.parseInt(args[++i]);
                case "--http-workers" -> httpWorkers = Integer.parseInt(args[++i]);
                case "--app-db" -> appDb = args[++i];
                case "--buyers" -> buyers = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        for (String s : stores) {
            if (!List.of("grid", "postgres", "redis").contains(s)) {
                throw new IllegalArgumentException("unknown store " + s);
            }
        }
        for (String s : scenarios) {
            if (!List.of("even", "hot").contains(s)) {
                throw new IllegalArgumentException("unknown scenario " + s);
            }
        }
        requireLoopback(URI.create(pgUrl.substring("jdbc:".length())).getHost());
        requireLoopback(grid.split(":")[0]);
        requireLoopback(web.getHost());
        requireLoopback(URI.create(appDb.substring("jdbc:".length())).getHost());
        if (buyers < 1 || buyers > 10_000) {
            throw new IllegalArgumentException("--buyers must be 1..10000");
        }
        return new Options(reps, seconds, warmup, threads, openRates, httpRates, httpSeconds, stores, scenarios, http,
                inProcess, out, pgPool, syncCommit, pgUrl, grid, cluster, smart, redisPort, web, liveHolds, lifetime,
                maxInFlight, seed, openWorkers, httpWorkers, appDb, buyers);
    }

    /** The bench only ever loads this machine. */
    static void requireLoopback(String host) {
        if (!List.of("127.0.0.1", "localhost", "::1", "[::1]").contains(host)) {
            throw new IllegalArgumentException("only 127.0.0.1 targets are allowed, not " + host);
        }
    }

    private static List<Double> doubles(String csv) {
        List<Double> out = new ArrayList<>();
        Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(s -> {
            double v = Double.parseDouble(s);
            if (v <= 0 || v > 100_000) {
                throw new IllegalArgumentException("rate out of range: " + s);
            }
            out.add(v);
        });
        return out;
    }

    public long nanos(double secs) {
        return (long) (secs * 1e9);
    }
}
