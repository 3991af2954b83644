package org.ticketgrid.grid.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.ticketgrid.grid.GridSettings;

/**
 * Connections for the map stores. One short-lived connection per call: write-behind batches and
 * cold-start loads are rare enough that a pool would only add a dependency to every member.
 */
final class Jdbc {

    private final GridSettings.Database database;

    Jdbc(GridSettings.Database database) {
        this.database = database;
    }

    static boolean isUuid(String text) {
        try {
            java.util.UUID.fromString(text);
            return text.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    <T> T call(SqlFunction<T> work) {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
                database.password())) {
            return work.apply(connection);
        } catch (SQLException e) {
            // Hazelcast retries failed write-behind batches; a failed load is reported to the caller.
            throw new IllegalStateException("grid persistence failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface SqlFunction<T> {
        T apply(Connection connection) throws SQLException;
    }
}
