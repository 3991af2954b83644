package org.ticketgrid.waitingroom.persistence;

import com.hazelcast.map.MapStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ticketgrid.waitingroom.EventQueue;

/** The queue entries ({@code waitingroom_queues}); the admission lease is not persisted. */
public final class QueueStore implements MapStore<String, EventQueue> {

    private static final String COLUMNS = "event_id, issued, prequeue, prequeue_closed, served, seed, drawn_at_ms,"
            + " sold_out, reopened_at_ms, admitted, expired, outstanding";

    private final Sql sql;

    QueueStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * A key missing from the map is missing from the table too: every row is loaded eagerly on a
     * cold start and nothing is evicted, so a miss (a first join, a lookup of an unknown place)
     * must not cost a database round trip on the partition thread.
     */
    @Override
    public EventQueue load(String key) {
        return null;
    }

    @Override
    public Map<String, EventQueue> loadAll(Collection<String> keys) {
        return sql.call(c -> {
            Map<String, EventQueue> loaded = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM waitingroom_queues WHERE event_id = ANY (?)")) {
                st.setArray(1, c.createArrayOf("text", keys.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long[] outstanding = Arrays.stream((Long[]) rs.getArray(12).getArray())
                                .mapToLong(Long::longValue).toArray();
                        loaded.put(rs.getString(1), new EventQueue(rs.getLong(2), rs.getLong(3), rs.getBoolean(4),
                                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getBoolean(8), rs.getLong(9),
                                rs.getLong(10), rs.getLong(11), null, 0, outstanding));
                    }
                }
            }
            return loaded;
        });
    }

    @Override
    public Iterable<String> loadAllKeys() {
        return sql.call(c -> {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT event_id FROM waitingroom_queues");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            return keys;
        });
    }

    @Override
    public void store(String key, EventQueue value) {
        storeAll(Map.of(key, value));
    }

    @Override
    public void storeAll(Map<String, EventQueue> entries) {
        sql.call(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO waitingroom_queues (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO UPDATE SET"
                    + " issued = EXCLUDED.issued, prequeue = EXCLUDED.prequeue,"
                    + " prequeue_closed = EXCLUDED.prequeue_closed, served = EXCLUDED.served, seed = EXCLUDED.seed,"
                    + " drawn_at_ms = EXCLUDED.drawn_at_ms, sold_out = EXCLUDED.sold_out,"
                    + " reopened_at_ms = EXCLUDED.reopened_at_ms, admitted = EXCLUDED.admitted,"
                    + " expired = EXCLUDED.expired, outstanding = EXCLUDED.outstanding, updated_at = now()")) {
                for (var entry : entries.entrySet()) {
                    if (!Sql.isUuid(entry.getKey())) {
                        continue;
                    }
                    EventQueue q = entry.getValue();
                    st.setString(1, entry.getKey());
                    st.setLong(2, q.issued());
                    st.setLong(3, q.prequeue());
                    st.setBoolean(4, q.prequeueClosed());
                    st.setLong(5, q.served());
                    st.setLong(6, q.seed());
                    st.setLong(7, q.drawnAt());
                    st.setBoolean(8, q.soldOut());
                    st.setLong(9, q.reopenedAt());
                    st.setLong(10, q.admitted());
                    st.setLong(11, q.expired());
                    st.setArray(12, c.createArrayOf("bigint", Arrays.stream(q.outstanding()).boxed().toArray()));
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void delete(String key) {
        deleteAll(List.of(key));
    }

    @Override
    public void deleteAll(Collection<String> keys) {
        sql.call(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM waitingroom_queues WHERE event_id = ANY (?)")) {
                st.setArray(1, c.createArrayOf("text", keys.toArray()));
                st.executeUpdate();
            }
            return null;
        });
    }
}
