package org.ticketgrid.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.ticketgrid.inventory.SeatId;

/**
 * The relational baseline, as alf.io reserves tickets: one row per seat; a hold locks the
 * requested rows that are free with {@code SELECT … FOR UPDATE SKIP LOCKED} in one transaction and
 * updates them only if it got all of them (a seat locked by a concurrent buyer counts as taken),
 * otherwise rolls back. One table per shape in a database of the bench's own.
 */
public final class PostgresHoldStore implements HoldStore {

    private final HikariDataSource pool;

    /**
     * @param poolSize    connections; a handful suits 2 cores (PostgreSQL runs on the same ones)
     * @param syncCommit  whether a hold waits for its WAL flush; off treats PostgreSQL like the grid
     *                    and Redis here, whose holds are in memory only
     */
    public PostgresHoldStore(String url, String user, String password, int poolSize, boolean syncCommit) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(poolSize);
        config.setPoolName("bench-pg");
        config.setConnectionInitSql("SET synchronous_commit = " + (syncCommit ? "on" : "off"));
        this.pool = new HikariDataSource(config);
    }

    @Override
    public String name() {
        return "postgres";
    }

    private static String table(Shape shape) {
        return "bench_seat_" + shape.name().replaceAll("[^a-z0-9]", "_");
    }

    @Override
    public void prepare(Shape shape) throws SQLException {
        String t = table(shape);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + t);
            s.execute("CREATE TABLE " + t + " (section_id bigint NOT NULL, seat int NOT NULL, "
                    + "holder bigint NOT NULL DEFAULT 0, hold_until bigint NOT NULL DEFAULT 0, "
                    + "PRIMARY KEY (section_id, seat))");
            s.execute("INSERT INTO " + t + " (section_id, seat) SELECT " + shape.firstSectionId() + " + s, n "
                    + "FROM generate_series(0, " + (shape.sections() - 1) + ") s, generate_series(0, "
                    + (shape.seatsPerSection() - 1) + ") n");
            s.execute("VACUUM ANALYZE " + t);
        }
    }

    @Override
    public Outcome hold(Shape shape, HoldRequest request, long holdId, long nowMillis, long untilMillis) {
        String t = table(shape);
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                Array seats = c.createArrayOf("int4", boxed(request.seats()));
                int free = 0;
                try (PreparedStatement lock = c.prepareStatement("SELECT seat FROM " + t
                        + " WHERE section_id = ? AND seat = ANY(?) AND (holder = 0 OR hold_until <= ?)"
                        + " FOR UPDATE SKIP LOCKED")) {
                    lock.setLong(1, request.sectionId());
                    lock.setArray(2, seats);
                    lock.setLong(3, nowMillis);
                    try (ResultSet rs = lock.executeQuery()) {
                        while (rs.next()) {
                            free++;
                        }
                    }
                }
                if (free < request.seats().length) {
                    c.rollback();
                    return Outcome.TAKEN;
                }
                try (PreparedStatement update = c.prepareStatement("UPDATE " + t
                        + " SET holder = ?, hold_until = ? WHERE section_id = ? AND seat = ANY(?)")) {
                    update.setLong(1, holdId);
                    update.setLong(2, untilMillis);
                    update.setLong(3, request.sectionId());
                    update.setArray(4, seats);
                    update.executeUpdate();
                }
                c.commit();
                return Outcome.HELD;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int release(Shape shape, HoldRequest request, long holdId) {
        try (Connection c = pool.getConnection(); PreparedStatement update = c.prepareStatement("UPDATE "
                + table(shape) + " SET holder = 0, hold_until = 0 WHERE section_id = ? AND seat = ANY(?)"
                + " AND holder = ?")) {
            update.setLong(1, request.sectionId());
            update.setArray(2, c.createArrayOf("int4", boxed(request.seats())));
            update.setLong(3, holdId);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<Long, Long> liveHolders(Shape shape, long nowMillis) throws SQLException {
        Map<Long, Long> live = new HashMap<>();
        try (Connection c = pool.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT section_id, seat, holder FROM " + table(shape) + " WHERE holder <> 0 AND hold_until > ?")) {
            q.setLong(1, nowMillis);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    live.put(SeatId.of(rs.getLong(1), rs.getInt(2)).value(), rs.getLong(3));
                }
            }
        }
        return live;
    }

    @Override
    public void dispose(Shape shape) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table(shape));
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static Integer[] boxed(int[] values) {
        Integer[] out = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
