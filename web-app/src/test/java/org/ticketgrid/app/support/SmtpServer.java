package org.ticketgrid.app.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts the stack's SMTP server (GreenMail) through the launcher's own functions
 * ({@code mail_stop}, {@code mail_start}, {@code mail_wait} in {@code vm/local/services.sh}), so a
 * test can take the mail server away mid-stream. GreenMail keeps mail in memory: a restart empties
 * every mailbox, so tests that use this count mail of their own fresh accounts only.
 */
public final class SmtpServer {

    private SmtpServer() {
    }

    public static void stop() {
        launcher("mail_stop");
    }

    public static void start() {
        launcher("mail_start && mail_wait");
    }

    private static void launcher(String functions) {
        Path root = root();
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", ". vm/local/common.sh && . vm/local/services.sh && use_stack test && "
                    + "prepare_state_dir && " + functions)
                    .directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            new File(System.getProperty("java.io.tmpdir"), "smtp-server-control.log")));
            builder.environment().put("TG_ROOT", root.toString());
            Process p = builder.start();
            p.getOutputStream().close();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("the launcher could not run " + functions);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The checkout's root: the folder with the launcher, above the module the test runs in. */
    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isExecutable(dir.resolve("ticketing"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no ./ticketing above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
