package org.ticketgrid.waitingroom.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.ticketgrid.platform.GridSettings;

/** One short-lived connection per store call, as the other map stores do (batches are rare). */
final class Sql {

    private final GridSettings.Database database;

    Sql(GridSettings.Database database) {
        this.database = database;
    }

    static boolean isUuid(String text) {
        try {
            return text.length() == 36 && UUID.fromString(text) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    <T> T call(Work<T> work) {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
                database.password())) {
            return work.apply(connection);
        } catch (SQLException e) {
            // Hazelcast retries a failed write-behind batch; a failed load is reported to the caller.
            throw new IllegalStateException("waiting room persistence failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }
}
