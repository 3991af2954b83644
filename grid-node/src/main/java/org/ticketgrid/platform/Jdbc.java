package org.ticketgrid.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Connections for the map stores. One short-lived connection per call: write-behind batches and
 * cold-start loads are rare enough that a pool would only add a dependency to every member.
 */
public final class Jdbc {

    private final GridSettings.Database database;

    public Jdbc(GridSettings.Database database) {
        this.database = database;
    }

    public static boolean isUuid(String text) {
        try {
            java.util.UUID.fromString(text);
            return text.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public <T> T call(SqlFunction<T> work) {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
                database.password())) {
            return work.apply(connection);
        } catch (SQLException e) {
            // Hazelcast retries failed write-behind batches; a failed load is reported to the caller.
            throw new IllegalStateException("grid persistence failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    public interface SqlFunction<T> {
        T apply(Connection connection) throws SQLException;
    }
}
