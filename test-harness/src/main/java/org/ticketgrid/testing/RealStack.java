package org.ticketgrid.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The one shared stack of real services, as the launcher starts it. All test JVMs of a build
 * reuse it; starting it is the launcher's job ({@code ./ticketing services}), so tests, the
 * developer and CI run exactly the same services.
 */
public final class RealStack {

    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:55432/ticketgrid";
    public static final String POSTGRES_USER = "ticketgrid";
    public static final String POSTGRES_PASSWORD = "ticketgrid";
    public static final String KAFKA_BOOTSTRAP = "127.0.0.1:9092";
    public static final String ELASTICSEARCH_URL = "http://127.0.0.1:9200";
    public static final String GRID_ADDRESS = "127.0.0.1:5701";
    public static final String SANDBOX_URL = "http://127.0.0.1:12111";
    public static final String SMTP_HOST = "127.0.0.1";
    public static final int SMTP_PORT = 3025;
    public static final String MAIL_API_URL = "http://127.0.0.1:8025";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static volatile boolean verified;

    private RealStack() {
    }

    /** Makes sure every service answers, starting the stack through the launcher if needed. */
    public static synchronized void ensureRunning() {
        if (verified) {
            return;
        }
        Map<String, Boolean> health = health();
        if (health.containsValue(false)) {
            startWithLauncher(health);
            health = health();
            if (health.containsValue(false)) {
                throw new IllegalStateException("services still down after ./ticketing services: " + health);
            }
        }
        verified = true;
    }

    /** Which service answers right now. */
    public static Map<String, Boolean> health() {
        Map<String, Boolean> health = new LinkedHashMap<>();
        health.put("postgres", portOpen(55432));
        health.put("kafka", portOpen(9092));
        health.put("kafka-connect", httpContains("http://127.0.0.1:8083/connectors/ticketgrid-postgres/status",
                "\"RUNNING\""));
        health.put("elasticsearch", httpOk(ELASTICSEARCH_URL + "/_cluster/health"));
        health.put("smtp", portOpen(SMTP_PORT));
        health.put("grid", httpOk("http://" + GRID_ADDRESS + "/hazelcast/health/ready"));
        health.put("payment-sandbox", httpOk(SANDBOX_URL + "/health"));
        return health;
    }

    private static void startWithLauncher(Map<String, Boolean> health) {
        Path launcher = projectRoot().resolve("ticketing");
        System.err.println("[RealStack] services down " + health + "; running " + launcher + " services");
        try {
            Process process = new ProcessBuilder(launcher.toString(), "services").inheritIO().start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("./ticketing services failed (exit "
                        + (process.isAlive() ? "timeout" : process.exitValue()) + ")");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + launcher, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The checkout's root: the nearest folder upwards that holds the launcher. */
    public static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isExecutable(dir.resolve("ticketing")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the project root (a folder with ./ticketing) above "
                + Path.of("").toAbsolutePath());
    }

    private static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean httpOk(String url) {
        return httpContains(url, "");
    }

    private static boolean httpContains(String url, String text) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains(text);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
