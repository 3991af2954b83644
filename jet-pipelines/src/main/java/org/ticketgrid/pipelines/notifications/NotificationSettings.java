package org.ticketgrid.pipelines.notifications;

import java.io.Serializable;
import java.time.Duration;
import java.util.function.Function;

/**
 * The notifications pipeline's own settings, from environment variables (or the matching
 * lower-case, dot-separated system properties), each with a local default: the SMTP server, the
 * sender, the site's public address for links, the retry policy and how many mails are rendered
 * and sent at once per member.
 */
public record NotificationSettings(String smtpHost, int smtpPort, String mailFrom, String publicUrl,
        RetryPolicy retry, int mailThreads, Duration snapshotInterval) implements Serializable {

    public static NotificationSettings fromEnvironment() {
        return from(name -> {
            String v = System.getProperty(name.toLowerCase().replace('_', '.'));
            return v != null ? v : System.getenv(name);
        });
    }

    static NotificationSettings from(Function<String, String> env) {
        return new NotificationSettings(
                or(env.apply("TICKETGRID_SMTP_HOST"), "127.0.0.1"),
                Integer.parseInt(or(env.apply("TICKETGRID_SMTP_PORT"), "3025")),
                or(env.apply("TICKETGRID_MAIL_FROM"), "TicketGrid <no-reply@ticketgrid.local>"),
                or(env.apply("TICKETGRID_PUBLIC_URL"), "http://localhost:8080"),
                new RetryPolicy(Duration.parse(or(env.apply("TICKETGRID_NOTIFICATIONS_RETRY_FIRST"), "PT1S")),
                        Duration.parse(or(env.apply("TICKETGRID_NOTIFICATIONS_RETRY_MAX"), "PT60S")),
                        Integer.parseInt(or(env.apply("TICKETGRID_NOTIFICATIONS_RETRY_ATTEMPTS"), "15"))),
                Integer.parseInt(or(env.apply("TICKETGRID_NOTIFICATIONS_MAIL_THREADS"), "4")),
                Duration.parse(or(env.apply("TICKETGRID_NOTIFICATIONS_SNAPSHOT_INTERVAL"), "PT1S")));
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
