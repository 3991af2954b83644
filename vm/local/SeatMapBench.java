/*
 * Seat-map render benchmark and page screenshots, in headless Chromium over the DevTools
 * protocol, with nothing but the JDK (run it as a single source file):
 *
 *   java vm/local/SeatMapBench.java bench [--base http://127.0.0.1:8081] [--runs 9] [--warmup 2] [--event ID | --url URL]
 *   java vm/local/SeatMapBench.java shot URL FILE.png WIDTH HEIGHT [--mobile] [--full] [--js EXPR]...
 *
 * "bench" creates a 50,000-seat stadium (20 blocks of 50 rows of 50 seats) and a published event
 * through the public API unless --event names one, then loads the event page --runs times, each
 * in a fresh browser profile (a first visit: nothing cached), and reads how long after navigation
 * start the seat map was drawn: the page script sets performance.mark('seatmap-drawn') in the
 * first task after the frame that shows the map, and writes it to data-drawn-ms. It prints every
 * run, then median and p90 (nearest rank). --warmup loads (default 2) run first and are not
 * counted, so a freshly started server's JIT warm-up does not count as page time.
 *
 * "shot" saves a PNG of a page at a viewport size (--mobile emulates a phone, --full captures the
 * whole page height); each --js expression runs in the page first, a second apart (to click seats
 * and press buttons); "--js keys:Tab,ArrowDown,Enter" presses real keys instead. Script errors in the page are printed, so a screenshot run is also a smoke test.
 */
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SeatMapBench {

    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("shot")) {
            List<String> steps = new ArrayList<>();
            for (int i = 5; i < args.length - 1; i++) {
                if (args[i].equals("--js")) {
                    steps.add(args[++i]);
                }
            }
            List<String> flags = List.of(args);
            try (Browser browser = Browser.start()) {
                browser.screenshot(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                        flags.contains("--mobile"), flags.contains("--full"), steps);
                browser.errors.forEach(e -> System.out.println("PAGE ERROR: " + e));
            }
            return;
        }
        String base = option(args, "--base", "http://127.0.0.1:8081");
        int runs = Integer.parseInt(option(args, "--runs", "9"));
        String event = option(args, "--event", null);
        String url = option(args, "--url", null);
        if (url == null) {
            url = base + "/events/" + (event == null ? createStadiumEvent(base) : event);
        }
        System.out.println("event page: " + url);
        int warmup = Integer.parseInt(option(args, "--warmup", "2"));
        for (int i = 1; i <= warmup; i++) {
            try (Browser browser = Browser.start()) {
                System.out.println("warm-up " + i + ": " + browser.load(url));
            }
        }
        List<Long> drawn = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            try (Browser browser = Browser.start()) {
                String timing = browser.load(url);
                System.out.println("run " + i + ": " + timing);
                drawn.add(Long.parseLong(value(timing, "drawn")));
            }
        }
        drawn.sort(Comparator.naturalOrder());
        System.out.printf("seat map drawn after navigation start, %d runs: median %d ms, p90 %d ms, min %d ms, max %d ms%n",
                runs, percentile(drawn, 50), percentile(drawn, 90), drawn.get(0), drawn.get(drawn.size() - 1));
    }

    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    static String value(String text, String key) {
        Matcher m = Pattern.compile(key + "=([^;]*)").matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /** A 50,000-seat stadium and a published event on it, through the public API. */
    static String createStadiumEvent(String base) throws Exception {
        StringBuilder sections = new StringBuilder();
        for (int s = 0; s < 20; s++) {
            StringBuilder rows = new StringBuilder();
            for (int r = 0; r < 50; r++) {
                String label = r < 26 ? String.valueOf((char) ('A' + r)) : "A" + (char) ('A' + r - 26);
                rows.append(r == 0 ? "" : ",").append("{\"label\":\"").append(label).append("\",\"seats\":50}");
            }
            sections.append(s == 0 ? "" : ",").append("{\"name\":\"Block ").append(s + 1).append("\",\"rows\":[")
                    .append(rows).append("]}");
        }
        String venue = post(base + "/api/v1/venues", "{\"name\":\"Bench Stadium " + System.currentTimeMillis()
                + "\",\"address\":\"1 Stadium Way\",\"city\":\"Berlin\",\"country\":\"DE\",\"latitude\":52.5147,"
                + "\"longitude\":13.2395,\"timeZone\":\"Europe/Berlin\",\"sections\":[" + sections + "]}");
        String venueId = first(venue, "\"id\":\"([^\"]+)\"");
        List<String> sectionIds = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"name\"").matcher(venue);
        while (m.find()) {
            sectionIds.add(m.group(1));
        }
        if (sectionIds.size() != 20) {
            throw new IllegalStateException("expected 20 sections, got " + sectionIds);
        }
        Instant starts = Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String event = post(base + "/api/v1/events", "{\"venueId\":\"" + venueId + "\",\"name\":\"Stadium Benchmark "
                + "Night\",\"description\":\"50,000 seats.\",\"category\":\"SPORTS\",\"startsAt\":\"" + starts
                + "\",\"endsAt\":\"" + starts.plus(3, ChronoUnit.HOURS) + "\",\"highDemand\":false,\"ticketTypes\":["
                + "{\"name\":\"Lower tier\",\"priceCents\":8900,\"currency\":\"EUR\",\"sectionIds\":["
                + String.join(",", sectionIds.subList(0, 8)) + "]},"
                + "{\"name\":\"Upper tier\",\"priceCents\":4900,\"currency\":\"EUR\",\"sectionIds\":["
                + String.join(",", sectionIds.subList(8, 20)) + "]}]}");
        String eventId = first(event, "\"id\":\"([^\"]+)\"");
        post(base + "/api/v1/events/" + eventId + "/publish", "");
        return eventId;
    }

    static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    static String post(String url, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** One headless Chromium with a fresh profile, driven over the DevTools protocol. */
    static final class Browser implements AutoCloseable {
        private final Process process;
        private final Path profile;
        private final WebSocket socket;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
        final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();

        private Browser(Process process, Path profile, WebSocket socket) {
            this.process = process;
            this.profile = profile;
            this.socket = socket;
        }

        static Browser start() throws Exception {
            Path profile = Files.createTempDirectory("seatmap-bench");
            Process process = new ProcessBuilder(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                    "--window-size=1280,900", "about:blank").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Path portFile = profile.resolve("DevToolsActivePort");
            List<String> lines = List.of();
            for (int i = 0; i < 300 && lines.size() < 2; i++) {
                Thread.sleep(100);
                lines = Files.exists(portFile) ? Files.readAllLines(portFile) : List.of();
            }
            String port = lines.get(0).trim();
            String targets = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher page = Pattern.compile("\"type\": \"page\",[^}]*?\"webSocketDebuggerUrl\": \"([^\"]+)\"",
                    Pattern.DOTALL).matcher(targets);
            if (!page.find()) {
                throw new IllegalStateException("no page target: " + targets);
            }
            Browser[] self = new Browser[1];
            StringBuilder frame = new StringBuilder();
            WebSocket socket = HTTP.newWebSocketBuilder().buildAsync(URI.create(page.group(1)),
                    new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                            frame.append(data);
                            if (last) {
                                String message = frame.toString();
                                frame.setLength(0);
                                if (self[0] != null && (message.contains("\"Runtime.exceptionThrown\"")
                                        || message.contains("\"Log.entryAdded\"") && message.contains("\"level\":\"error\""))) {
                                    self[0].errors.add(message.substring(0, Math.min(600, message.length())));
                                }
                                Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(message);
                                if (id.find() && self[0] != null) {
                                    CompletableFuture<String> f = self[0].pending.remove(Integer.parseInt(id.group(1)));
                                    if (f != null) {
                                        f.complete(message);
                                    }
                                }
                            }
                            ws.request(1);
                            return null;
                        }
                    }).get(30, TimeUnit.SECONDS);
            self[0] = new Browser(process, profile, socket);
            return self[0];
        }

        String call(String method, String params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<String> answer = new CompletableFuture<>();
            pending.put(id, answer);
            socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).get();
            return answer.get(120, TimeUnit.SECONDS);
        }

        String eval(String expression) throws Exception {
            String json = expression.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
            String answer = call("Runtime.evaluate", "{\"expression\":\"" + json + "\",\"returnByValue\":true}");
            Matcher m = Pattern.compile("\"value\":\"([^\"]*)\"").matcher(answer);
            return m.find() ? m.group(1) : "";
        }

        /** Loads the page and waits for the seat map to be drawn; returns the page's timings. */
        String load(String url) throws Exception {
            call("Page.enable", "{}");
            call("Page.navigate", "{\"url\":\"" + url + "\"}");
            String script = "(function(){var v=document.getElementById('seatmap-viewport');"
                    + "if(!v||!v.getAttribute('data-drawn-ms'))return '';"
                    + "var n=performance.getEntriesByType('navigation')[0];"
                    + "return 'drawn='+v.getAttribute('data-drawn-ms')+';firstByte='+Math.round(n.responseStart)"
                    + "+';lastByte='+Math.round(n.responseEnd)+';domContentLoaded='+Math.round(n.domContentLoadedEventEnd)"
                    + "+';htmlKiB='+Math.round(n.encodedBodySize/1024)+'/'+Math.round(n.decodedBodySize/1024)"
                    + "+';seats='+document.querySelectorAll('#seatmap rect[id^=s]').length;})()";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline) {
                String timing = eval(script);
                if (!timing.isEmpty()) {
                    return timing;
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("seat map not drawn within 90 s: " + url);
        }

        void screenshot(String url, Path file, int width, int height, boolean mobile, boolean full,
                List<String> steps) throws Exception {
            call("Runtime.enable", "{}");
            call("Log.enable", "{}");
            call("Emulation.setFocusEmulationEnabled", "{\"enabled\":true}");
            metrics(width, height, mobile);
            call("Page.enable", "{}");
            call("Page.navigate", "{\"url\":\"" + url + "\"}");
            for (int i = 0; i < 200 && !eval("document.readyState").equals("complete"); i++) {
                Thread.sleep(50);
            }
            Thread.sleep(800); // let the seat map script settle its zoom and fonts load
            for (String step : steps) {
                if (step.startsWith("keys:")) {
                    for (String key : step.substring(5).split(",")) {
                        press(key);
                    }
                    Thread.sleep(600);
                    continue;
                }
                String result = eval(step);
                if (!result.isEmpty()) {
                    System.out.println("js: " + result);
                }
                Thread.sleep(1200);
            }
            if (full) {
                String layout = call("Page.getLayoutMetrics", "{}");
                Matcher h = Pattern.compile("\"cssContentSize\":\\{[^}]*\"height\":([0-9.]+)").matcher(layout);
                if (h.find()) {
                    metrics(width, (int) Math.ceil(Double.parseDouble(h.group(1))), mobile);
                    Thread.sleep(300);
                }
            }
            String png = call("Page.captureScreenshot", "{\"format\":\"png\"}");
            String data = first(png, "\"data\":\"([^\"]+)\"");
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode(data));
            System.out.println("wrote " + file + " (" + width + "x" + height + (mobile ? ", mobile" : "") + ")");
        }

        /** A real key press (so :focus-visible and keyboard handlers see a keyboard). */
        private void press(String key) throws Exception {
            Map<String, Integer> codes = Map.of("Tab", 9, "Enter", 13, "Space", 32, "ArrowLeft", 37, "ArrowUp", 38,
                    "ArrowRight", 39, "ArrowDown", 40, "Home", 36, "End", 35);
            String name = key.equals("Space") ? " " : key;
            for (String type : new String[] {"rawKeyDown", "keyUp"}) {
                call("Input.dispatchKeyEvent", "{\"type\":\"" + type + "\",\"key\":\"" + name + "\",\"code\":\""
                        + key + "\",\"windowsVirtualKeyCode\":" + codes.getOrDefault(key, 0) + "}");
            }
        }

        private void metrics(int width, int height, boolean mobile) throws Exception {
            call("Emulation.setDeviceMetricsOverride", "{\"width\":" + width + ",\"height\":" + height
                    + ",\"deviceScaleFactor\":" + (mobile ? 2 : 1) + ",\"mobile\":" + mobile + "}");
        }

        @Override
        public void close() throws IOException {
            socket.abort();
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
