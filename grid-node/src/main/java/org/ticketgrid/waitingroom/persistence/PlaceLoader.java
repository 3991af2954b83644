package org.ticketgrid.waitingroom.persistence;

import com.hazelcast.map.MapLoader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ticketgrid.waitingroom.QueuePlaceKey;

/**
 * Rebuilds the place map (account to its current number) from the places themselves: an
 * account's current place is its latest number at the event. Nothing is written for it: the
 * ticket rows already hold the account, so there is one source of truth on disk.
 */
public final class PlaceLoader implements MapLoader<QueuePlaceKey, Long> {

    private final Sql sql;

    PlaceLoader(Sql sql) {
        this.sql = sql;
    }

    /**
     * A key missing from the map is missing from the table too: every row is loaded eagerly on a
     * cold start and nothing is evicted, so a miss (a first join, a lookup of an unknown place)
     * must not cost a database round trip on the partition thread.
     */
    @Override
    public Long load(QueuePlaceKey key) {
        return null;
    }

    @Override
    public Map<QueuePlaceKey, Long> loadAll(Collection<QueuePlaceKey> keys) {
        return sql.call(c -> {
            Map<QueuePlaceKey, Long> loaded = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT event_id, account_id, max(number)"
                    + " FROM waitingroom_tickets WHERE (event_id, account_id) IN"
                    + " (SELECT * FROM unnest(?::text[], ?::text[])) GROUP BY event_id, account_id")) {
                st.setArray(1, c.createArrayOf("text", keys.stream().map(QueuePlaceKey::eventId).toArray()));
                st.setArray(2, c.createArrayOf("text", keys.stream().map(QueuePlaceKey::accountId).toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        loaded.put(new QueuePlaceKey(rs.getString(1), rs.getString(2)), rs.getLong(3));
                    }
                }
            }
            return loaded;
        });
    }

    @Override
    public Iterable<QueuePlaceKey> loadAllKeys() {
        return sql.call(c -> {
            List<QueuePlaceKey> keys = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT DISTINCT event_id, account_id FROM waitingroom_tickets");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    keys.add(new QueuePlaceKey(rs.getString(1), rs.getString(2)));
                }
            }
            return keys;
        });
    }
}
