package org.ticketgrid.pipelines.notifications;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One PostgreSQL connection, opened again after it broke (the database restarted): the pipeline's
 * services are long-lived and must outlive a database blip. Callers serialise their use.
 */
final class Jdbc implements AutoCloseable {

    /** Reads one row. */
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final String url;
    private final String user;
    private final String password;
    private Connection connection;

    Jdbc(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    synchronized <T> List<T> query(String sql, Row<T> row, Object... params) {
        try (PreparedStatement st = prepare(sql, params); ResultSet rs = st.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw broken(e);
        }
    }

    synchronized int update(String sql, Object... params) {
        try (PreparedStatement st = prepare(sql, params)) {
            return st.executeUpdate();
        } catch (SQLException e) {
            throw broken(e);
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(url, user, password);
        }
        PreparedStatement st = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
        return st;
    }

    private RuntimeException broken(SQLException e) {
        try {
            if (connection != null && !connection.isValid(1)) {
                connection.close();
                connection = null;
            }
        } catch (SQLException ignored) {
            connection = null;
        }
        return new IllegalStateException(e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // closing anyway
        }
    }
}
