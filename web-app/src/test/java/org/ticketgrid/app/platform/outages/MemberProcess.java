package org.ticketgrid.app.platform.outages;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ticketgrid.testing.RealStack;

/**
 * A Hazelcast member of our own, in a JVM of its own (the real {@code GridMember} with the
 * inventory persisted in the test stack's PostgreSQL), so a test can {@code kill -9} it without
 * disturbing the test stack's grid or any other test.
 */
final class MemberProcess {

    private static final List<String> JVM_FLAGS = List.of("--add-modules", "java.se",
            "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens", "java.management/sun.management=ALL-UNNAMED",
            "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private static final String STARTED = "TicketGrid member started";
    private final String clusterName;
    private int startsBefore;
    private final int port;
    private final Path log;
    private Process process;

    MemberProcess(String clusterName, int port, Path log) {
        this.clusterName = clusterName;
        this.port = port;
        this.log = log;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    String clusterName() {
        return clusterName;
    }

    /**
     * Starts the member and waits until it is ready (its health endpoint says so): seconds on an
     * idle machine, minutes on a loaded shared one.
     */
    void start() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.addAll(JVM_FLAGS);
        command.add("-Dhazelcast.logging.type=slf4j");
        command.add("-Dticketgrid.grid.cluster.name=" + clusterName);
        command.add("-Dticketgrid.grid.port=" + port);
        command.add("-Dticketgrid.grid.members=" + address());
        command.add("-Dticketgrid.db.url=" + RealStack.POSTGRES_URL);
        command.add("-Dticketgrid.db.user=" + RealStack.POSTGRES_USER);
        command.add("-Dticketgrid.db.password=" + RealStack.POSTGRES_PASSWORD);
        command.add("-cp");
        // Failsafe hands the real class path over in this property (its own is a manifest jar).
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .replace(File.pathSeparator + File.pathSeparator, File.pathSeparator));
        command.add("org.ticketgrid.grid.GridMember");
        startsBefore = startedLines();
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a grid member", e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the grid member exited (" + process.exitValue() + "); see " + log);
            }
            if (ready()) {
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException("the grid member was not ready after 300 s; see " + log);
    }

    /** {@code kill -9}: no shutdown hook, no goodbye to the clients. */
    void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean ready() {
        // The REST health says ready before the member has judged its split-brain quorum (inventory
        // calls are refused until then); GridMember logs this line only after that verdict.
        if (startedLines() <= startsBefore) {
            return false;
        }
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://" + address() + "/hazelcast/health/ready")).timeout(Duration.ofSeconds(2))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How many times the log says a member started (the log is appended to across restarts). */
    private int startedLines() {
        try {
            if (!Files.exists(log)) {
                return 0;
            }
            String text = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
            int count = 0;
            for (int at = text.indexOf(STARTED); at >= 0; at = text.indexOf(STARTED, at + 1)) {
                count++;
            }
            return count;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
