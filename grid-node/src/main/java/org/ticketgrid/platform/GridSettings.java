package org.ticketgrid.platform;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Member settings, read from environment variables (production) or system properties (tests),
 * each with a local default.
 *
 * @param clusterName          {@code TICKETGRID_GRID_CLUSTER_NAME}
 * @param host                 interface to bind, {@code TICKETGRID_GRID_HOST}
 * @param port                 {@code TICKETGRID_GRID_PORT}
 * @param members              TCP/IP join list, {@code TICKETGRID_GRID_MEMBERS} (comma-separated)
 * @param minClusterSize       split-brain protection: the inventory refuses writes in a smaller
 *                             partition of the cluster, {@code TICKETGRID_GRID_MIN_CLUSTER_SIZE}
 * @param database             where inventory and holds are persisted; {@code null} when
 *                             {@code TICKETGRID_GRID_PERSISTENCE=false} (tests of the grid alone)
 */
public record GridSettings(String clusterName, String host, int port, List<String> members, int minClusterSize,
        Database database) {

    /** PostgreSQL connection settings: {@code TICKETGRID_DB_URL}, {@code _USER}, {@code _PASSWORD}. */
    public record Database(String url, String user, String password) {
    }

    public static GridSettings fromEnvironment() {
        return from(name -> {
            String v = System.getProperty(name.toLowerCase().replace('_', '.'));
            return v != null ? v : System.getenv(name);
        });
    }

    static GridSettings from(Function<String, String> source) {
        Function<String, String> get = source;
        String clusterName = orDefault(get.apply("TICKETGRID_GRID_CLUSTER_NAME"), "ticketgrid");
        String host = orDefault(get.apply("TICKETGRID_GRID_HOST"), "127.0.0.1");
        int port = Integer.parseInt(orDefault(get.apply("TICKETGRID_GRID_PORT"), "5701"));
        List<String> members = Arrays.stream(orDefault(get.apply("TICKETGRID_GRID_MEMBERS"), host).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        int min = Integer.parseInt(orDefault(get.apply("TICKETGRID_GRID_MIN_CLUSTER_SIZE"), "1"));
        Database database = Boolean.parseBoolean(orDefault(get.apply("TICKETGRID_GRID_PERSISTENCE"), "true"))
                ? new Database(orDefault(get.apply("TICKETGRID_DB_URL"), "jdbc:postgresql://127.0.0.1:55432/ticketgrid"),
                        orDefault(get.apply("TICKETGRID_DB_USER"), "ticketgrid"),
                        orDefault(get.apply("TICKETGRID_DB_PASSWORD"), "ticketgrid"))
                : null;
        return new GridSettings(clusterName, host, port, members, min, database);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
