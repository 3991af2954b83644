package org.ticketgrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ticketgrid.holds.quota.HoldQuota;
import org.ticketgrid.holds.quota.QuotaKey;
import org.ticketgrid.holds.quota.ep.ChangeQuotaProcessor;
import org.ticketgrid.holds.quota.ep.ReleaseQuotaProcessor;
import org.ticketgrid.holds.quota.ep.ReserveQuotaProcessor;
import org.ticketgrid.holds.Hold;
import org.ticketgrid.inventory.SeatId;
import org.ticketgrid.inventory.SeatState;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;
import org.ticketgrid.inventory.ep.HoldSeatsProcessor;
import org.ticketgrid.testing.RealServices;
import org.ticketgrid.testing.RealStack;
import org.ticketgrid.platform.GridSettings;
import org.ticketgrid.platform.MapNames;

/**
 * A full cluster restart forgets nothing that matters: the inventory is rebuilt from PostgreSQL
 * (sold seats from the tickets table, live holds from the write-behind snapshot) and live hold
 * records come back with their expiry.
 */
@RealServices
class ColdStartReloadIT {

    @Test
    void inventoryAndHoldsSurviveAFullClusterRestart() throws Exception {
        try (Connection db = DriverManager.getConnection(RealStack.POSTGRES_URL, RealStack.POSTGRES_USER,
                RealStack.POSTGRES_PASSWORD)) {
            String eventId = UUID.randomUUID().toString();
            long sectionId = publishedEventWithOneSoldSeat(db, eventId, 3);
            SectionKey key = new SectionKey(eventId, sectionId);

            HazelcastInstance first = startMember();
            IMap<SectionKey, SectionInventory> inventory = first.getMap(MapNames.INVENTORY);
            assertThat(inventory.get(key).stateOf(3, System.currentTimeMillis())).as("sold, from tickets")
                    .isEqualTo(SeatState.BOOKED);
            long now = System.currentTimeMillis();
            long until = now + 120_000;
            assertThat(inventory.executeOnKey(key, new HoldSeatsProcessor(new int[] {5}, 77, now, until)).isHeld())
                    .isTrue();
            IMap<Long, Hold> holds = first.getMap(MapNames.HOLDS);
            holds.set(77L, new Hold(77, eventId, "buyer", new long[] {SeatId.of(sectionId, 5).value()}, 100, "EUR",
                    now, until));
            // The per-account limit: 4 seats bought (counted for good), 2 in a live hold, and a
            // hold that ran out, which must not come back counted.
            IMap<QuotaKey, HoldQuota> quotas = first.getMap(MapNames.HOLD_QUOTAS);
            QuotaKey buyer = new QuotaKey(eventId, "buyer");
            assertThat(quotas.executeOnKey(buyer, new ReserveQuotaProcessor(70, 4, 8, now, until)).granted()).isTrue();
            assertThat(quotas.executeOnKey(buyer, ChangeQuotaProcessor.confirm(70, now))).isEqualTo(4);
            assertThat(quotas.executeOnKey(buyer, new ReserveQuotaProcessor(77, 2, 8, now, until)).granted()).isTrue();
            assertThat(quotas.executeOnKey(buyer, new ReserveQuotaProcessor(79, 1, 8, now, now + 1_500)).granted())
                    .isTrue();
            QuotaKey browser = new QuotaKey(eventId, "browser");
            assertThat(quotas.executeOnKey(browser, new ReserveQuotaProcessor(80, 1, 8, now, until)).granted())
                    .isTrue();
            assertThat(quotas.executeOnKey(browser, new ReleaseQuotaProcessor(80, now, false))).isZero();
            Thread.sleep(3_000); // write-behind delay is 1 s
            first.getLifecycleService().terminate(); // the whole cluster goes away

            HazelcastInstance second = startMember();
            try {
                SectionInventory reloaded = second.<SectionKey, SectionInventory>getMap(MapNames.INVENTORY).get(key);
                long later = System.currentTimeMillis();
                assertThat(reloaded.stateOf(3, later)).isEqualTo(SeatState.BOOKED);
                assertThat(reloaded.stateOf(5, later)).as("live hold restored").isEqualTo(SeatState.RESERVED);
                assertThat(reloaded.stateOf(4, later)).isEqualTo(SeatState.AVAILABLE);
                Hold hold = second.<Long, Hold>getMap(MapNames.HOLDS).get(77L);
                assertThat(hold).isNotNull();
                assertThat(hold.expiresAt()).isEqualTo(until);

                IMap<QuotaKey, HoldQuota> reloadedQuotas = second.getMap(MapNames.HOLD_QUOTAS);
                assertThat(reloadedQuotas.get(buyer).used(later)).as("4 bought + 2 held; the lapsed hold no longer counts")
                        .isEqualTo(6);
                assertThat(reloadedQuotas.executeOnKey(buyer, new ReserveQuotaProcessor(81, 3, 8, later,
                        later + 60_000)).granted()).as("the limit still counts the purchase").isFalse();
                assertThat(reloadedQuotas.executeOnKey(buyer, new ReleaseQuotaProcessor(77, later, false)))
                        .as("releasing the live hold frees its seats, not the bought ones").isEqualTo(4);
                assertThat(reloadedQuotas.containsKey(browser)).as("an emptied quota is deleted, not reloaded")
                        .isFalse();
            } finally {
                second.shutdown();
            }
        }
    }

    private static HazelcastInstance startMember() {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        var config = GridConfig.memberConfig(new GridSettings("reload-" + UUID.randomUUID(), "127.0.0.1", port,
                List.of("127.0.0.1:" + port), 1, new GridSettings.Database(RealStack.POSTGRES_URL,
                        RealStack.POSTGRES_USER, RealStack.POSTGRES_PASSWORD)));
        config.getJetConfig().setEnabled(false);
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        var protection = member.getSplitBrainProtectionService().getSplitBrainProtection(MapNames.INVENTORY_QUORUM);
        long deadline = System.currentTimeMillis() + 30_000;
        while (!protection.hasMinimumSize() && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        return member;
    }

    private static long publishedEventWithOneSoldSeat(Connection db, String eventId, int soldIndex)
            throws SQLException {
        UUID venue = UUID.randomUUID();
        UUID type = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        long sectionId;
        try (var st = db.createStatement()) {
            st.executeUpdate("INSERT INTO venues (id, name, address, city, country) VALUES ('" + venue
                    + "', 'Reload Hall', '1 St', 'Oslo', 'NO')");
            try (var rs = st.executeQuery("INSERT INTO venue_sections (venue_id, name, kind, capacity, position)"
                    + " VALUES ('" + venue + "', 'A', 'SEATED', 10, 0) RETURNING id")) {
                rs.next();
                sectionId = rs.getLong(1);
            }
            st.executeUpdate("INSERT INTO events (id, venue_id, name, category, starts_at, ends_at, status) VALUES ('"
                    + eventId + "', '" + venue + "', 'Reload', 'MUSIC', now() + interval '1 day',"
                    + " now() + interval '2 days', 'PUBLISHED')");
            st.executeUpdate("INSERT INTO ticket_types (id, event_id, name, price_cents, currency, position) VALUES ('"
                    + type + "', '" + eventId + "', 'Std', 100, 'EUR', 0)");
            st.executeUpdate("INSERT INTO ticket_type_sections (event_id, section_id, ticket_type_id) VALUES ('"
                    + eventId + "', " + sectionId + ", '" + type + "')");
            st.executeUpdate("INSERT INTO orders (id, event_id, account_id, hold_id, status, total_cents, currency)"
                    + " VALUES ('" + order + "', '" + eventId + "', 'a', " + Math.abs(UUID.randomUUID()
                            .getMostSignificantBits() >> 1) + ", 'CONFIRMED', 100, 'EUR')");
            st.executeUpdate("INSERT INTO tickets (id, order_id, event_id, section_id, seat_id, status, price_cents,"
                    + " code) VALUES ('" + UUID.randomUUID() + "', '" + order + "', '" + eventId + "', " + sectionId
                    + ", " + SeatId.of(sectionId, soldIndex).value() + ", 'VALID', 100, '" + UUID.randomUUID() + "')");
        }
        return sectionId;
    }
}
