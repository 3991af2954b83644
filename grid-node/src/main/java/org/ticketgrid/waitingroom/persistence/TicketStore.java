package org.ticketgrid.waitingroom.persistence;

import com.hazelcast.map.MapStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ticketgrid.waitingroom.QueueState;
import org.ticketgrid.waitingroom.QueueTicket;
import org.ticketgrid.waitingroom.QueueTicketKey;

/** The places ({@code waitingroom_tickets}), one row per number. */
public final class TicketStore implements MapStore<QueueTicketKey, QueueTicket> {

    private static final String COLUMNS = "event_id, number, account_id, state, joined_at_ms, last_seen_ms,"
            + " admitted_until_ms, used";

    private final Sql sql;

    TicketStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * A key missing from the map is missing from the table too: every row is loaded eagerly on a
     * cold start and nothing is evicted, so a miss (a first join, a lookup of an unknown place)
     * must not cost a database round trip on the partition thread.
     */
    @Override
    public QueueTicket load(QueueTicketKey key) {
        return null;
    }

    @Override
    public Map<QueueTicketKey, QueueTicket> loadAll(Collection<QueueTicketKey> keys) {
        return sql.call(c -> {
            Map<QueueTicketKey, QueueTicket> loaded = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM waitingroom_tickets"
                    + " WHERE (event_id, number) IN (SELECT * FROM unnest(?::text[], ?::bigint[]))")) {
                st.setArray(1, c.createArrayOf("text", keys.stream().map(QueueTicketKey::eventId).toArray()));
                st.setArray(2, c.createArrayOf("bigint", keys.stream().map(QueueTicketKey::number).toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        QueueTicket t = new QueueTicket(rs.getString(1), rs.getString(3), rs.getLong(2),
                                QueueState.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                                rs.getBoolean(8));
                        loaded.put(t.key(), t);
                    }
                }
            }
            return loaded;
        });
    }

    @Override
    public Iterable<QueueTicketKey> loadAllKeys() {
        return sql.call(c -> {
            List<QueueTicketKey> keys = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT event_id, number FROM waitingroom_tickets");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    keys.add(new QueueTicketKey(rs.getString(1), rs.getLong(2)));
                }
            }
            return keys;
        });
    }

    @Override
    public void store(QueueTicketKey key, QueueTicket value) {
        storeAll(Map.of(key, value));
    }

    @Override
    public void storeAll(Map<QueueTicketKey, QueueTicket> entries) {
        sql.call(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO waitingroom_tickets (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, number) DO UPDATE SET"
                    + " state = EXCLUDED.state, last_seen_ms = EXCLUDED.last_seen_ms,"
                    + " admitted_until_ms = EXCLUDED.admitted_until_ms, used = EXCLUDED.used, updated_at = now()")) {
                for (QueueTicket t : entries.values()) {
                    if (!Sql.isUuid(t.eventId())) {
                        continue;
                    }
                    st.setString(1, t.eventId());
                    st.setLong(2, t.number());
                    st.setString(3, t.accountId());
                    st.setString(4, t.state().name());
                    st.setLong(5, t.joinedAt());
                    st.setLong(6, t.lastSeenAt());
                    st.setLong(7, t.admittedUntil());
                    st.setBoolean(8, t.used());
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void delete(QueueTicketKey key) {
        deleteAll(List.of(key));
    }

    @Override
    public void deleteAll(Collection<QueueTicketKey> keys) {
        sql.call(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM waitingroom_tickets"
                    + " WHERE (event_id, number) IN (SELECT * FROM unnest(?::text[], ?::bigint[]))")) {
                st.setArray(1, c.createArrayOf("text", keys.stream().map(QueueTicketKey::eventId).toArray()));
                st.setArray(2, c.createArrayOf("bigint", keys.stream().map(QueueTicketKey::number).toArray()));
                st.executeUpdate();
            }
            return null;
        });
    }
}
