package org.ticketgrid.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ticketgrid.grid.GridConfig;
import org.ticketgrid.grid.GridSerialization;
import org.ticketgrid.platform.GridSettings;
import org.ticketgrid.platform.MapNames;
import org.ticketgrid.inventory.ep.ConfirmSeatsProcessor;
import org.ticketgrid.inventory.ep.HoldSeatsProcessor;
import org.ticketgrid.inventory.ep.ReleaseSeatsProcessor;
import org.ticketgrid.inventory.ep.SeatStatesProcessor;
import org.ticketgrid.testing.RealServices;
import org.ticketgrid.testing.RealStack;

/**
 * Tries hard to sell a seat twice: many threads on few seats, holds that are released, left to
 * expire or confirmed, on a two-member cluster of which one member is killed half-way, with
 * every sale written to the real PostgreSQL first, as the booking consumer does. Then checks:
 * every seat is confirmed at most once, sold never exceeds capacity, the grid agrees with the
 * tickets table, expired holds are back in the pool, and the unique index refuses a forced
 * duplicate ticket.
 */
@RealServices
class NoDoubleBookingIT {

    private static final int SECTIONS = 2;
    private static final int SEATS_PER_SECTION = 12;
    private static final int THREADS = 16;
    private static final int ATTEMPTS_PER_THREAD = 150;

    private HazelcastInstance member1;
    private HazelcastInstance member2;
    private HazelcastInstance client;
    private IMap<SectionKey, SectionInventory> inventory;
    private Connection db;
    private String eventId;
    private final List<Long> sectionIds = new ArrayList<>();

    @BeforeEach
    void setUp() throws SQLException {
        String cluster = "no-double-booking-" + UUID.randomUUID();
        int port = freePort();
        int port2 = freePort();
        List<String> members = List.of("127.0.0.1:" + port, "127.0.0.1:" + port2);
        member1 = com.hazelcast.core.Hazelcast.newHazelcastInstance(memberConfig(cluster, port, members));
        member2 = com.hazelcast.core.Hazelcast.newHazelcastInstance(memberConfig(cluster, port2, members));
        ClientConfig clientConfig = new ClientConfig().setClusterName(cluster);
        clientConfig.setProperty("hazelcast.logging.type", "slf4j");
        clientConfig.getNetworkConfig().setAddresses(members);
        GridSerialization.register(clientConfig.getSerializationConfig());
        client = HazelcastClient.newHazelcastClient(clientConfig);
        inventory = client.getMap(MapNames.INVENTORY);

        db = DriverManager.getConnection(RealStack.POSTGRES_URL, RealStack.POSTGRES_USER, RealStack.POSTGRES_PASSWORD);
        eventId = createEvent();
        for (long sectionId : sectionIds) {
            inventory.set(new SectionKey(eventId, sectionId), SectionInventory.available(SEATS_PER_SECTION));
        }
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static com.hazelcast.config.Config memberConfig(String cluster, int port, List<String> members) {
        // Persistence off: this test owns the PostgreSQL writes, as the booking consumer would.
        var config = GridConfig.memberConfig(new GridSettings(cluster, "127.0.0.1", port, members, 1, null));
        config.getNetworkConfig().setPortAutoIncrement(false);
        config.getJetConfig().setEnabled(false);
        return config;
    }

    @AfterEach
    void tearDown() throws SQLException {
        client.shutdown();
        member2.getLifecycleService().terminate();
        member1.shutdown();
        db.close();
    }

    @Test
    void aSeatIsNeverSoldTwiceWhateverHappens() throws Exception {
        Map<Long, Set<Long>> confirmedBy = new ConcurrentHashMap<>();
        AtomicInteger dbRefused = new AtomicInteger();
        AtomicInteger lostAfterSale = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<java.util.concurrent.Future<Object>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
                    if (attempts.incrementAndGet() == THREADS * ATTEMPTS_PER_THREAD / 2) {
                        member2.getLifecycleService().terminate(); // a member dies mid-sale
                    }
                    buyOrBrowse(confirmedBy, dbRefused, lostAfterSale);
                }
                return null;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        for (var worker : workers) {
            worker.get(); // a worker that died of an exception must fail the test, not vanish
        }

        // Each seat confirmed by at most one hold, ever.
        confirmedBy.forEach((seat, holds) -> assertThat(holds).as("holds confirming seat " + seat).hasSize(1));
        // The grid and the tickets table agree seat by seat, and sold <= capacity.
        Set<Long> soldInDb = validTicketSeats();
        Set<Long> bookedInGrid = seatsIn(SeatState.BOOKED, Long.MAX_VALUE / 2);
        assertThat(bookedInGrid).isEqualTo(soldInDb).isEqualTo(confirmedBy.keySet());
        assertThat(soldInDb.size()).isLessThanOrEqualTo(SECTIONS * SEATS_PER_SECTION).isPositive();
        // Expired holds are back in the pool: nothing is RESERVED once every hold has run out.
        assertThat(seatsIn(SeatState.RESERVED, System.currentTimeMillis() + 1_000)).isEmpty();
        // The unique index is the last line: a forced duplicate ticket is refused.
        long sold = soldInDb.iterator().next();
        assertThatThrownBy(() -> insertTicket(UUID.randomUUID(), sold, createOrder(99)))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
        System.out.printf("sold %d of %d seats; %d sales refused by the database; %d payments lost their seats%n",
                soldInDb.size(), SECTIONS * SEATS_PER_SECTION, dbRefused.get(), lostAfterSale.get());
    }

    private void buyOrBrowse(Map<Long, Set<Long>> confirmedBy, AtomicInteger dbRefused, AtomicInteger lost)
            throws SQLException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long sectionId = sectionIds.get(random.nextInt(SECTIONS));
        int[] seats = random.ints(0, SEATS_PER_SECTION).distinct().limit(1 + random.nextInt(3)).toArray();
        long holdId = random.nextLong(1, Long.MAX_VALUE);
        long now = System.currentTimeMillis();
        SectionKey key = new SectionKey(eventId, sectionId);
        HoldOutcome held;
        try {
            held = inventory.executeOnKey(key, new HoldSeatsProcessor(seats, holdId, now, now + 30));
        } catch (com.hazelcast.core.HazelcastException e) {
            // The member died mid-call: the outcome is unknown, so give back whatever it may hold.
            untilDone(() -> inventory.executeOnKey(key, new ReleaseSeatsProcessor(seats, holdId)));
            return;
        }
        if (!held.isHeld()) {
            return;
        }
        switch (random.nextInt(4)) {
            case 0 -> untilDone(() -> inventory.executeOnKey(key, new ReleaseSeatsProcessor(seats, holdId)));
            case 1 -> { } // abandoned: the hold just expires
            default -> sell(key, seats, holdId, random.nextBoolean(), confirmedBy, dbRefused, lost);
        }
    }

    /** As the booking consumer: tickets into PostgreSQL first, then confirm in the grid. */
    private void sell(SectionKey key, int[] seats, long holdId, boolean late, Map<Long, Set<Long>> confirmedBy,
            AtomicInteger dbRefused, AtomicInteger lost) throws SQLException {
        if (late) {
            sleep(35); // the payment lands after the hold ran out
        }
        UUID orderId;
        synchronized (db) {
            db.setAutoCommit(false);
            try {
                orderId = createOrder(holdId);
                for (int seat : seats) {
                    insertTicket(UUID.randomUUID(), SeatId.of(key.sectionId(), seat).value(), orderId);
                }
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
                dbRefused.incrementAndGet();
                untilDone(() -> inventory.executeOnKey(key, new ReleaseSeatsProcessor(seats, holdId)));
                return;
            } finally {
                db.setAutoCommit(true);
            }
        }
        // Confirming is idempotent, so a call cut by the member's death is simply retried, as the
        // booking consumer's redelivery would.
        HoldOutcome confirmed = untilDone(() -> inventory.executeOnKey(key, new ConfirmSeatsProcessor(seats, holdId)));
        if (confirmed.kind() == HoldOutcome.Kind.CONFIRMED) {
            for (int seat : seats) {
                confirmedBy.computeIfAbsent(SeatId.of(key.sectionId(), seat).value(), s -> ConcurrentHashMap.newKeySet())
                        .add(holdId);
            }
        } else {
            lost.incrementAndGet(); // seats gone: void the tickets (the payment would be cancelled)
            synchronized (db) {
                try (PreparedStatement st = db.prepareStatement("UPDATE tickets SET status = 'VOID' WHERE order_id = ?")) {
                    st.setObject(1, orderId);
                    st.executeUpdate();
                }
            }
        }
    }

    private static <T> T untilDone(java.util.function.Supplier<T> idempotentCall) {
        for (int attempt = 1; ; attempt++) {
            try {
                return idempotentCall.get();
            } catch (com.hazelcast.core.HazelcastException e) {
                if (attempt == 20) {
                    throw e;
                }
                sleep(100);
            }
        }
    }

    private Set<Long> seatsIn(SeatState state, long at) {
        Set<Long> seats = new java.util.HashSet<>();
        for (long sectionId : sectionIds) {
            byte[] codes = inventory.executeOnKey(new SectionKey(eventId, sectionId), new SeatStatesProcessor(at));
            for (int i = 0; i < codes.length; i++) {
                if (codes[i] == state.code()) {
                    seats.add(SeatId.of(sectionId, i).value());
                }
            }
        }
        return seats;
    }

    private Set<Long> validTicketSeats() throws SQLException {
        Set<Long> seats = new java.util.HashSet<>();
        try (PreparedStatement st = db.prepareStatement(
                "SELECT seat_id FROM tickets WHERE event_id = ?::uuid AND status = 'VALID'")) {
            st.setString(1, eventId);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    assertThat(seats.add(rs.getLong(1))).as("one valid ticket per seat").isTrue();
                }
            }
        }
        return seats;
    }

    private String createEvent() throws SQLException {
        UUID venue = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        try (var st = db.createStatement()) {
            st.executeUpdate("INSERT INTO venues (id, name, address, city, country) VALUES ('" + venue
                    + "', 'Concurrency Hall', '1 Race St', 'Berlin', 'DE')");
            st.executeUpdate("INSERT INTO events (id, venue_id, name, category, starts_at, ends_at, status) VALUES ('"
                    + event + "', '" + venue + "', 'Race', 'MUSIC', now() + interval '1 day',"
                    + " now() + interval '2 days', 'DRAFT')");
            for (int s = 0; s < SECTIONS; s++) {
                try (var rs = st.executeQuery("INSERT INTO venue_sections (venue_id, name, kind, capacity, position)"
                        + " VALUES ('" + venue + "', 'S" + s + "', 'SEATED', " + SEATS_PER_SECTION + ", " + s
                        + ") RETURNING id")) {
                    rs.next();
                    sectionIds.add(rs.getLong(1));
                }
            }
        }
        return event.toString();
    }

    private UUID createOrder(long holdId) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement st = db.prepareStatement("INSERT INTO orders (id, event_id, account_id, hold_id, status,"
                + " total_cents, currency) VALUES (?, ?::uuid, 'race', ?, 'CONFIRMED', 0, 'EUR')")) {
            st.setObject(1, id);
            st.setString(2, eventId);
            st.setLong(3, ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)); // orders are unique per hold
            st.executeUpdate();
        }
        return id;
    }

    private void insertTicket(UUID id, long seatId, UUID orderId) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("INSERT INTO tickets (id, order_id, event_id, section_id,"
                + " seat_id, status, price_cents, code) VALUES (?, ?, ?::uuid, ?, ?, 'VALID', 0, ?)")) {
            st.setObject(1, id);
            st.setObject(2, orderId);
            st.setString(3, eventId);
            st.setLong(4, new SeatId(seatId).sectionId());
            st.setLong(5, seatId);
            st.setString(6, id.toString());
            st.executeUpdate();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
