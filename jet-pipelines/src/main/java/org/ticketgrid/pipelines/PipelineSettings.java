package org.ticketgrid.pipelines;

import java.io.Serializable;
import java.util.function.Function;

/**
 * Where the pipelines read and write, from environment variables (or the matching lower-case,
 * dot-separated system properties), each with a local default.
 */
public record PipelineSettings(String kafkaBootstrap, String topicPrefix, String elasticsearchUrl,
        String searchIndex, String dbUrl, String dbUser, String dbPassword) implements Serializable {

    public static PipelineSettings fromEnvironment() {
        return from(name -> {
            String v = System.getProperty(name.toLowerCase().replace('_', '.'));
            return v != null ? v : System.getenv(name);
        });
    }

    static PipelineSettings from(Function<String, String> env) {
        return new PipelineSettings(
                or(env.apply("TICKETGRID_KAFKA_BOOTSTRAP_SERVERS"), "127.0.0.1:9092"),
                or(env.apply("TICKETGRID_CDC_TOPIC_PREFIX"), "ticketgrid.public."),
                or(env.apply("TICKETGRID_ELASTICSEARCH_URL"), "http://127.0.0.1:9200"),
                or(env.apply("TICKETGRID_SEARCH_INDEX"), "events"),
                or(env.apply("TICKETGRID_DB_URL"), "jdbc:postgresql://127.0.0.1:55432/ticketgrid"),
                or(env.apply("TICKETGRID_DB_USER"), "ticketgrid"),
                or(env.apply("TICKETGRID_DB_PASSWORD"), "ticketgrid"));
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
