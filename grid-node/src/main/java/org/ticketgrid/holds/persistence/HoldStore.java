package org.ticketgrid.holds.persistence;

import com.hazelcast.map.EntryStore;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ticketgrid.holds.Hold;
import org.ticketgrid.platform.Jdbc;

/**
 * Persists live holds (write-behind) so that a full cluster restart does not forget who holds
 * what; reloaded holds get back their expiry as the entry's expiration time. Expired holds are
 * deleted by the sweeper through the map, which deletes them here too.
 */
public final class HoldStore implements EntryStore<Long, Hold> {

    /** Past its expiry a hold record stays this long, so a buyer hears "expired", not "not found". */
    public static final long GRACE_MILLIS = 60_000;

    private static final String COLUMNS = "id, event_id, account_id, seat_ids, total_cents, currency, created_at, expires_at";

    private final Jdbc jdbc;

    public HoldStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MetadataAwareValue<Hold> load(Long key) {
        return loadAll(List.of(key)).get(key);
    }

    @Override
    public Map<Long, MetadataAwareValue<Hold>> loadAll(Collection<Long> keys) {
        return jdbc.call(c -> {
            Map<Long, MetadataAwareValue<Hold>> loaded = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM holds WHERE id = ANY(?) AND expires_at > now() - interval '60 seconds'")) {
                st.setArray(1, c.createArrayOf("bigint", keys.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Array seats = rs.getArray(4);
                        Long[] seatIds = (Long[]) seats.getArray();
                        Hold hold = new Hold(rs.getLong(1), rs.getString(2), rs.getString(3),
                                java.util.Arrays.stream(seatIds).mapToLong(Long::longValue).toArray(), rs.getLong(5),
                                rs.getString(6).trim(), rs.getTimestamp(7).getTime(), rs.getTimestamp(8).getTime());
                        loaded.put(hold.holdId(), new MetadataAwareValue<>(hold, hold.expiresAt() + GRACE_MILLIS));
                    }
                }
            }
            return loaded;
        });
    }

    @Override
    public Iterable<Long> loadAllKeys() {
        return jdbc.call(c -> {
            List<Long> keys = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id FROM holds WHERE expires_at > now()");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getLong(1));
                }
            }
            return keys;
        });
    }

    @Override
    public void store(Long key, MetadataAwareValue<Hold> value) {
        storeAll(Map.of(key, value));
    }

    @Override
    public void storeAll(Map<Long, MetadataAwareValue<Hold>> entries) {
        jdbc.call(c -> {
            // Holds of events not in the catalog (synthetic load) are skipped, not retried forever.
            try (PreparedStatement st = c.prepareStatement("INSERT INTO holds (" + COLUMNS
                    + ") SELECT ?, ?::uuid, ?, ?, ?, ?, ?, ? FROM events WHERE id = ?::uuid"
                    + " ON CONFLICT (id) DO UPDATE SET expires_at = EXCLUDED.expires_at")) {
                for (var entry : entries.values()) {
                    Hold h = entry.getValue();
                    if (!Jdbc.isUuid(h.eventId())) {
                        continue;
                    }
                    st.setString(9, h.eventId());
                    st.setLong(1, h.holdId());
                    st.setString(2, h.eventId());
                    st.setString(3, h.accountId());
                    st.setArray(4, c.createArrayOf("bigint",
                            java.util.Arrays.stream(h.seatIds()).boxed().toArray()));
                    st.setLong(5, h.totalCents());
                    st.setString(6, h.currency());
                    st.setTimestamp(7, new Timestamp(h.createdAt()));
                    st.setTimestamp(8, new Timestamp(h.expiresAt()));
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void delete(Long key) {
        deleteAll(List.of(key));
    }

    @Override
    public void deleteAll(Collection<Long> keys) {
        jdbc.call(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM holds WHERE id = ANY(?)")) {
                st.setArray(1, c.createArrayOf("bigint", keys.toArray()));
                st.executeUpdate();
            }
            return null;
        });
    }
}
