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
 * The test stack of real services, as the launcher starts it ({@code ./ticketing test} or
 * {@code ./ticketing services}). All test JVMs of a build reuse it; starting it is the launcher's
 * job, so tests, the developer and CI run exactly the same services. It is not the platform that
 * {@code ./ticketing up} runs: its ports are the platform's shifted by
 * {@code TICKETGRID_TEST_PORT_OFFSET} (default 10000, the launcher's default too), its state folder
 * and its Hazelcast cluster name ({@value #GRID_CLUSTER_NAME}) are its own, so tests never see the
 * platform's throttles, grid maps or rows, nor change them (ADR 0032). {@link #springProperties()}
 * points a Spring context at it.
 */
public final class RealStack {

    /** How far the test stack's ports are from the platform's ({@code TICKETGRID_TEST_PORT_OFFSET}). */
    public static final int PORT_OFFSET = portOffset();
    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:" + (55432 + PORT_OFFSET) + "/ticketgrid";
    public static final String POSTGRES_USER = "ticketgrid";
    public static final String POSTGRES_PASSWORD = "ticketgrid";
    public static final String KAFKA_BOOTSTRAP = "127.0.0.1:" + (9092 + PORT_OFFSET);
    public static final String KAFKA_CONNECT_URL = "http://127.0.0.1:" + (8083 + PORT_OFFSET);
    public static final String ELASTICSEARCH_URL = "http://127.0.0.1:" + (9200 + PORT_OFFSET);
    public static final String GRID_ADDRESS = "127.0.0.1:" + (5701 + PORT_OFFSET);
    public static final String GRID_CLUSTER_NAME = "ticketgrid-test";
    public static final String SANDBOX_URL = "http://127.0.0.1:" + (12111 + PORT_OFFSET);
    public static final String SMTP_HOST = "127.0.0.1";
    public static final int SMTP_PORT = 3025 + PORT_OFFSET;
    public static final String MAIL_API_URL = "http://127.0.0.1:" + (8025 + PORT_OFFSET);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static volatile boolean verified;

    private RealStack() {
    }

    private static int portOffset() {
        String value = System.getProperty("ticketgrid.test.port.offset", System.getenv("TICKETGRID_TEST_PORT_OFFSET"));
        return value == null || value.isBlank() ? 10_000 : Integer.parseInt(value.trim());
    }

    /**
     * The settings that point the web app (or any Spring context of ours) at the test stack
     * instead of its platform defaults.
     */
    public static Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", POSTGRES_URL);
        properties.put("spring.datasource.username", POSTGRES_USER);
        properties.put("spring.datasource.password", POSTGRES_PASSWORD);
        properties.put("spring.kafka.bootstrap-servers", KAFKA_BOOTSTRAP);
        properties.put("spring.mail.host", SMTP_HOST);
        properties.put("spring.mail.port", Integer.toString(SMTP_PORT));
        properties.put("ticketgrid.grid.members", GRID_ADDRESS);
        properties.put("ticketgrid.grid.cluster-name", GRID_CLUSTER_NAME);
        properties.put("ticketgrid.search.elasticsearch-url", ELASTICSEARCH_URL);
        properties.put("ticketgrid.payments.api-base", SANDBOX_URL);
        return properties;
    }

    /**
     * Makes {@link #springProperties()} system properties of this JVM, which every Spring context
     * started later reads ahead of {@code application.yml} and environment variables; a test's own
     * {@code @SpringBootTest(properties = ...)} still wins (the outage test points at its own member).
     */
    public static void pointSpringAtTestStack() {
        springProperties().forEach(System::setProperty);
    }

    /** Makes sure every service answers, starting the stack through the launcher if needed. */
    public static synchronized void ensureRunning() {
        if (verified) {
            return;
        }
        pointSpringAtTestStack();
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
        health.put("postgres", portOpen(55432 + PORT_OFFSET));
        health.put("kafka", portOpen(9092 + PORT_OFFSET));
        health.put("kafka-connect", httpContains(KAFKA_CONNECT_URL + "/connectors/ticketgrid-postgres/status",
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
