package org.ticketgrid.inventory.persistence;

import com.hazelcast.map.MapStore;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ticketgrid.inventory.SeatId;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;
import org.ticketgrid.inventory.Stripes;
import org.ticketgrid.platform.Jdbc;

/**
 * Persists the inventory map (write-behind, coalesced) and rebuilds it after a full cluster
 * restart. On load, sold seats come from the {@code tickets} table, which the payment transaction
 * writes through, never from the snapshot; from the snapshot only holds that have not expired are
 * taken, so a stale snapshot can at worst keep a seat held until its hold would have ended.
 */
public final class InventoryStore implements MapStore<SectionKey, SectionInventory> {

    private static final String SECTION_SQL = """
            SELECT vs.capacity FROM events e
              JOIN ticket_type_sections t ON t.event_id = e.id
              JOIN venue_sections vs ON vs.id = t.section_id
             WHERE e.id = ?::uuid AND t.section_id = ? AND e.status IN ('PUBLISHED', 'CANCELLED', 'ENDED')""";
    private static final String SNAPSHOT_SQL = """
            SELECT states, hold_until, hold_ids FROM inventory_sections
             WHERE event_id = ?::uuid AND section_id = ? AND stripe = ?""";
    private static final String SOLD_SQL = """
            SELECT t.seat_id, o.hold_id FROM tickets t JOIN orders o ON o.id = t.order_id
             WHERE t.event_id = ?::uuid AND t.section_id = ? AND t.status = 'VALID'
               AND t.seat_id BETWEEN ? AND ?""";
    private static final String UPSERT_SQL = """
            INSERT INTO inventory_sections (event_id, section_id, stripe, capacity, states, hold_until, hold_ids,
                                            updated_at)
            SELECT ?::uuid, ?, ?, ?, ?, ?, ?, now() FROM events WHERE id = ?::uuid
            ON CONFLICT (event_id, section_id, stripe) DO UPDATE
               SET states = EXCLUDED.states, hold_until = EXCLUDED.hold_until, hold_ids = EXCLUDED.hold_ids,
                   updated_at = now()""";
    private static final String KEYS_SQL = """
            SELECT e.id, vs.id, vs.capacity FROM events e
              JOIN ticket_type_sections t ON t.event_id = e.id
              JOIN venue_sections vs ON vs.id = t.section_id
             WHERE e.status = 'PUBLISHED'""";

    private final Jdbc jdbc;

    public InventoryStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SectionInventory load(SectionKey key) {
        if (!Jdbc.isUuid(key.eventId())) {
            return null;
        }
        return jdbc.call(c -> load(c, key));
    }

    private static SectionInventory load(java.sql.Connection c, SectionKey key) throws java.sql.SQLException {
        {
            int capacity;
            try (PreparedStatement st = c.prepareStatement(SECTION_SQL)) {
                st.setString(1, key.eventId());
                st.setLong(2, key.sectionId());
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    capacity = rs.getInt(1);
                }
            }
            if (key.stripe() >= Stripes.count(capacity)) {
                return null;
            }
            SectionInventory inventory = SectionInventory.available(Stripes.capacityOf(capacity, key.stripe()));
            restoreLiveHolds(c, key, inventory);
            restoreSoldSeats(c, key, inventory);
            return inventory;
        }
    }

    private static void restoreLiveHolds(java.sql.Connection c, SectionKey key, SectionInventory inventory)
            throws java.sql.SQLException {
        try (PreparedStatement st = c.prepareStatement(SNAPSHOT_SQL)) {
            st.setString(1, key.eventId());
            st.setLong(2, key.sectionId());
            st.setInt(3, key.stripe());
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                byte[] states = rs.getBytes(1);
                ByteBuffer until = ByteBuffer.wrap(rs.getBytes(2));
                ByteBuffer ids = ByteBuffer.wrap(rs.getBytes(3));
                long now = System.currentTimeMillis();
                for (int seat = 0; seat < Math.min(states.length, inventory.capacity()); seat++) {
                    long holdUntil = until.getLong(seat * Long.BYTES);
                    if (states[seat] == 1 && holdUntil > now) {
                        inventory.hold(new int[] {seat}, ids.getLong(seat * Long.BYTES), now, holdUntil);
                    }
                }
            }
        }
    }

    private static void restoreSoldSeats(java.sql.Connection c, SectionKey key, SectionInventory inventory)
            throws java.sql.SQLException {
        int first = Stripes.globalIndex(key.stripe(), 0);
        try (PreparedStatement st = c.prepareStatement(SOLD_SQL)) {
            st.setString(1, key.eventId());
            st.setLong(2, key.sectionId());
            st.setLong(3, SeatId.of(key.sectionId(), first).value());
            st.setLong(4, SeatId.of(key.sectionId(), first + inventory.capacity() - 1).value());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    inventory.markBooked(new SeatId(rs.getLong(1)).localIndex(), rs.getLong(2));
                }
            }
        }
    }

    @Override
    public Map<SectionKey, SectionInventory> loadAll(Collection<SectionKey> keys) {
        // One connection for the whole batch: a cold start loads every published section.
        return jdbc.call(c -> {
            Map<SectionKey, SectionInventory> loaded = new HashMap<>();
            for (SectionKey key : keys) {
                SectionInventory inventory = Jdbc.isUuid(key.eventId()) ? load(c, key) : null;
                if (inventory != null) {
                    loaded.put(key, inventory);
                }
            }
            return loaded;
        });
    }

    @Override
    public Iterable<SectionKey> loadAllKeys() {
        return jdbc.call(c -> {
            List<SectionKey> keys = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(KEYS_SQL); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String eventId = rs.getObject(1, UUID.class).toString();
                    for (int stripe = 0; stripe < Stripes.count(rs.getInt(3)); stripe++) {
                        keys.add(new SectionKey(eventId, rs.getLong(2), stripe));
                    }
                }
            }
            return keys;
        });
    }

    @Override
    public void store(SectionKey key, SectionInventory value) {
        storeAll(Map.of(key, value));
    }

    /**
     * Entries of events that are not in the catalog (a load generator's synthetic events) are not
     * persisted: writing them would fail forever and block the write-behind queue.
     */
    @Override
    public void storeAll(Map<SectionKey, SectionInventory> entries) {
        jdbc.call(c -> {
            try (PreparedStatement st = c.prepareStatement(UPSERT_SQL)) {
                for (var e : entries.entrySet()) {
                    if (!Jdbc.isUuid(e.getKey().eventId())) {
                        continue;
                    }
                    SectionInventory inv = e.getValue();
                    st.setString(1, e.getKey().eventId());
                    st.setLong(2, e.getKey().sectionId());
                    st.setInt(3, e.getKey().stripe());
                    st.setInt(4, inv.capacity());
                    st.setBytes(5, SectionInventory.Raw.states(inv).clone());
                    st.setBytes(6, bytes(SectionInventory.Raw.holdUntil(inv)));
                    st.setBytes(7, bytes(SectionInventory.Raw.holdIds(inv)));
                    st.setString(8, e.getKey().eventId());
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void delete(SectionKey key) {
        deleteAll(List.of(key));
    }

    @Override
    public void deleteAll(Collection<SectionKey> keys) {
        jdbc.call(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "DELETE FROM inventory_sections WHERE event_id = ?::uuid AND section_id = ? AND stripe = ?")) {
                for (SectionKey key : keys) {
                    if (!Jdbc.isUuid(key.eventId())) {
                        continue;
                    }
                    st.setString(1, key.eventId());
                    st.setLong(2, key.sectionId());
                    st.setInt(3, key.stripe());
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    private static byte[] bytes(long[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
        for (long v : values) {
            buffer.putLong(v);
        }
        return buffer.array();
    }
}
