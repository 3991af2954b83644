package org.ticketgrid.pipelines.search;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link EventDocuments} over JDBC: one connection per Jet processor, reopened after a failure
 * (PostgreSQL restarts must not kill the indexing job).
 */
public final class JdbcEventDocuments implements EventDocumentSource {

    private static final String EVENT_SQL = """
            SELECT e.id, e.name, e.description, e.category, e.status, e.starts_at, e.ends_at, e.time_zone,
                   e.sales_open_at, e.high_demand, e.image_url, e.merchant_id,
                   v.id AS venue_id, v.name AS venue_name, v.city, v.country, v.latitude, v.longitude,
                   p.min_price, p.max_price, p.currency, p.prices
              FROM events e
              JOIN venues v ON v.id = e.venue_id
              LEFT JOIN LATERAL (SELECT min(t.price_cents) AS min_price, max(t.price_cents) AS max_price,
                                        min(t.currency) AS currency,
                                        array_agg(DISTINCT t.price_cents) AS prices
                                   FROM ticket_types t WHERE t.event_id = e.id) p ON true
             WHERE e.id = ?::uuid""";
    private static final String VENUE_EVENTS_SQL = "SELECT id FROM events WHERE venue_id = ?::uuid";
    private static final String INDEXABLE_SQL = "SELECT id FROM events WHERE status <> 'DRAFT' ORDER BY id";

    private final String url;
    private final String user;
    private final String password;
    private Connection connection;

    public JdbcEventDocuments(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public List<String> eventIdsTouchedBy(CatalogChange change) {
        if (!change.isVenue()) {
            return List.of(change.rowId());
        }
        return withRetry(() -> {
            try (PreparedStatement st = connection().prepareStatement(VENUE_EVENTS_SQL)) {
                st.setString(1, change.rowId());
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    @Override
    public List<String> indexableEventIds() {
        return withRetry(() -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement st = connection().prepareStatement(INDEXABLE_SQL);
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    @Override
    public IndexAction currentAction(String eventId, long version) {
        return withRetry(() -> {
            try (PreparedStatement st = connection().prepareStatement(EVENT_SQL)) {
                st.setString(1, eventId);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next() || "DRAFT".equals(rs.getString("status"))) {
                        return new IndexAction.Remove(eventId, version);
                    }
                    return new IndexAction.Upsert(eventId, version, document(rs));
                }
            }
        });
    }

    private static Map<String, Object> document(ResultSet rs) throws SQLException {
        Map<String, Object> doc = new LinkedHashMap<>();
        String name = rs.getString("name");
        doc.put("id", rs.getString("id"));
        doc.put("name", name);
        doc.put("description", rs.getString("description"));
        doc.put("category", rs.getString("category"));
        doc.put("status", rs.getString("status"));
        doc.put("startsAt", iso(rs.getTimestamp("starts_at")));
        doc.put("endsAt", iso(rs.getTimestamp("ends_at")));
        doc.put("timeZone", rs.getString("time_zone"));
        doc.put("salesOpenAt", iso(rs.getTimestamp("sales_open_at")));
        doc.put("highDemand", rs.getBoolean("high_demand"));
        doc.put("imageUrl", rs.getString("image_url"));
        doc.put("merchantId", rs.getString("merchant_id"));
        doc.put("venueId", rs.getString("venue_id"));
        doc.put("venueName", rs.getString("venue_name"));
        doc.put("city", rs.getString("city"));
        doc.put("country", rs.getString("country"));
        double lat = rs.getDouble("latitude");
        boolean hasLat = !rs.wasNull();
        double lon = rs.getDouble("longitude");
        if (hasLat && !rs.wasNull()) {
            doc.put("location", Map.of("lat", lat, "lon", lon));
        }
        long min = rs.getLong("min_price");
        if (!rs.wasNull()) {
            doc.put("minPriceCents", min);
            doc.put("maxPriceCents", rs.getLong("max_price"));
            doc.put("currency", rs.getString("currency").trim());
            java.sql.Array prices = rs.getArray("prices");
            doc.put("prices", List.of((Long[]) prices.getArray()));
        }
        // Only what is for sale is suggested: cancelled and ended events carry no suggestion input.
        if ("PUBLISHED".equals(rs.getString("status"))) {
            doc.put("suggest", Map.of("input", SuggestInputs.of(name, null)));
            doc.put("suggestPlace", Map.of("input", SuggestInputs.places(rs.getString("venue_name"),
                    rs.getString("city"))));
        }
        return doc;
    }

    private static String iso(Timestamp ts) {
        return ts == null ? null : ts.toInstant().toString();
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(url, user, password);
        }
        return connection;
    }

    private <T> T withRetry(SqlCall<T> call) {
        SQLException last = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            try {
                return call.run();
            } catch (SQLException e) {
                last = e;
                closeQuietly();
                sleep(Math.min(2000, 100L << Math.min(attempt, 5)));
            }
        }
        throw new IllegalStateException("catalog database unavailable", last);
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // the connection is being replaced; nothing to do
        }
        connection = null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }
}
