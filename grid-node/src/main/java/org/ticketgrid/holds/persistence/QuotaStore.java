package org.ticketgrid.holds.persistence;

import com.hazelcast.map.EntryStore;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ticketgrid.holds.quota.HoldQuota;
import org.ticketgrid.holds.quota.QuotaKey;
import org.ticketgrid.platform.Jdbc;

/**
 * Persists the per-account hold quotas (write-behind) so that a full cluster restart does not
 * forget what each account holds and, above all, what it bought: without it, a buyer who bought
 * the limit could buy the limit again after a restart. A reloaded entry gets back its expiration
 * time; one that counts a purchase never expires. Quotas of events outside the catalog (synthetic
 * benchmark load) are not written, as for holds.
 */
public final class QuotaStore implements EntryStore<QuotaKey, HoldQuota> {

    private static final String COLUMNS = "event_id, account_id, hold_ids, seats, until_ms, expires_at";

    private final Jdbc jdbc;

    public QuotaStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** When an entry stops mattering: never while it counts a purchase, else a grace after its last hold. */
    static Long expiresAt(HoldQuota quota) {
        return quota.hasPurchases() ? null : quota.latestUntil() + HoldStore.GRACE_MILLIS;
    }

    @Override
    public MetadataAwareValue<HoldQuota> load(QuotaKey key) {
        return loadAll(List.of(key)).get(key);
    }

    @Override
    public Map<QuotaKey, MetadataAwareValue<HoldQuota>> loadAll(Collection<QuotaKey> keys) {
        return jdbc.call(c -> {
            Map<QuotaKey, MetadataAwareValue<HoldQuota>> loaded = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM hold_quotas"
                    + " WHERE (event_id, account_id) IN (SELECT * FROM unnest(?::text[], ?::text[]))"
                    + " AND (expires_at IS NULL OR expires_at > now())")) {
                st.setArray(1, c.createArrayOf("text", keys.stream().map(QuotaKey::eventId).toArray()));
                st.setArray(2, c.createArrayOf("text", keys.stream().map(QuotaKey::accountId).toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        HoldQuota quota = new HoldQuota(longs(rs.getArray(3)), ints(rs.getArray(4)),
                                longs(rs.getArray(5)));
                        Timestamp expires = rs.getTimestamp(6);
                        loaded.put(new QuotaKey(rs.getString(1), rs.getString(2)), expires == null
                                ? new MetadataAwareValue<>(quota)
                                : new MetadataAwareValue<>(quota, expires.getTime()));
                    }
                }
            }
            return loaded;
        });
    }

    @Override
    public Iterable<QuotaKey> loadAllKeys() {
        return jdbc.call(c -> {
            List<QuotaKey> keys = new ArrayList<>();
            // A cold start is the moment to drop what stopped mattering long ago.
            try (PreparedStatement tidy = c.prepareStatement(
                    "DELETE FROM hold_quotas WHERE expires_at < now() - interval '1 day'")) {
                tidy.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("SELECT event_id, account_id FROM hold_quotas"
                    + " WHERE expires_at IS NULL OR expires_at > now()");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    keys.add(new QuotaKey(rs.getString(1), rs.getString(2)));
                }
            }
            return keys;
        });
    }

    @Override
    public void store(QuotaKey key, MetadataAwareValue<HoldQuota> value) {
        storeAll(Map.of(key, value));
    }

    @Override
    public void storeAll(Map<QuotaKey, MetadataAwareValue<HoldQuota>> entries) {
        jdbc.call(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO hold_quotas (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, account_id) DO UPDATE SET"
                    + " hold_ids = EXCLUDED.hold_ids, seats = EXCLUDED.seats, until_ms = EXCLUDED.until_ms,"
                    + " expires_at = EXCLUDED.expires_at, updated_at = now()")) {
                for (var entry : entries.entrySet()) {
                    QuotaKey key = entry.getKey();
                    if (!Jdbc.isUuid(key.eventId())) {
                        continue;
                    }
                    HoldQuota quota = entry.getValue().getValue();
                    st.setString(1, key.eventId());
                    st.setString(2, key.accountId());
                    st.setArray(3, c.createArrayOf("bigint", Arrays.stream(HoldQuota.Raw.holdIds(quota)).boxed()
                            .toArray()));
                    st.setArray(4, c.createArrayOf("integer", Arrays.stream(HoldQuota.Raw.seats(quota)).boxed()
                            .toArray()));
                    st.setArray(5, c.createArrayOf("bigint", Arrays.stream(HoldQuota.Raw.until(quota)).boxed()
                            .toArray()));
                    Long expires = expiresAt(quota);
                    if (expires == null) {
                        st.setNull(6, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        st.setTimestamp(6, new Timestamp(expires));
                    }
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void delete(QuotaKey key) {
        deleteAll(List.of(key));
    }

    @Override
    public void deleteAll(Collection<QuotaKey> keys) {
        jdbc.call(c -> {
            delete(c, keys);
            return null;
        });
    }

    private static void delete(Connection c, Collection<QuotaKey> keys) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM hold_quotas WHERE (event_id, account_id) IN"
                + " (SELECT * FROM unnest(?::text[], ?::text[]))")) {
            st.setArray(1, c.createArrayOf("text", keys.stream().map(QuotaKey::eventId).toArray()));
            st.setArray(2, c.createArrayOf("text", keys.stream().map(QuotaKey::accountId).toArray()));
            st.executeUpdate();
        }
    }

    private static long[] longs(Array array) throws SQLException {
        return Arrays.stream((Long[]) array.getArray()).mapToLong(Long::longValue).toArray();
    }

    private static int[] ints(Array array) throws SQLException {
        return Arrays.stream((Integer[]) array.getArray()).mapToInt(Integer::intValue).toArray();
    }
}
