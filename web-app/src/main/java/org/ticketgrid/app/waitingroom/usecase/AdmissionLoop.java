package org.ticketgrid.app.waitingroom.usecase;

import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.app.catalog.inventory.InventoryService;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.waitingroom.WaitingRoomProperties;
import org.ticketgrid.inventory.SeatState;
import org.ticketgrid.waitingroom.EventQueue;
import org.ticketgrid.waitingroom.QueueState;
import org.ticketgrid.waitingroom.QueueTicket;
import org.ticketgrid.waitingroom.QueueTicketKey;
import org.ticketgrid.waitingroom.ep.AdmitTicketProcessor;
import org.ticketgrid.waitingroom.ep.AdvanceProcessor;
import org.ticketgrid.waitingroom.ep.DrawProcessor;
import org.ticketgrid.waitingroom.ep.ExpireTicketProcessor;
import org.ticketgrid.waitingroom.ep.LeaseProcessor;
import org.ticketgrid.waitingroom.ep.SoldOutProcessor;

/**
 * Admits buyers, one loop per event across the cluster. Every instance ticks; for each event with a
 * queue it asks for the event's lease (an entry processor on the queue entry), and only the holder
 * runs the round: draw the pre-queue once sales open, settle the admissions whose outcome is known
 * (held, or window lapsed: EXPIRED), mark sold out / reopened, and admit the next places in order,
 * as many as the free seats and the rate allow (ADR 0033). The round is recorded with one
 * processor that applies only from the served count the holder read, so even a holder whose lease
 * ran out mid-round cannot move the line twice.
 */
@Component
public class AdmissionLoop implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(AdmissionLoop.class);
    private static final SecureRandom SEEDS = new SecureRandom();

    private final IMap<String, EventQueue> queues;
    private final IMap<QueueTicketKey, QueueTicket> tickets;
    private final ITopic<String> moves;
    private final WaitingRoom room;
    private final SaleCatalog catalog;
    private final InventoryService inventory;
    private final WaitingRoomProperties properties;
    private final ApplicationEventPublisher events;
    private final String owner = "loop-" + UUID.randomUUID();
    private final Map<String, AdmissionRound.Rate> rates = new ConcurrentHashMap<>();
    private final Map<QueueTicketKey, Long> missingSince = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService executor;

    AdmissionLoop(IMap<String, EventQueue> queues, IMap<QueueTicketKey, QueueTicket> tickets, ITopic<String> moves,
            WaitingRoom room, SaleCatalog catalog, InventoryService inventory, WaitingRoomProperties properties,
            ApplicationEventPublisher events) {
        this.queues = queues;
        this.tickets = tickets;
        this.moves = moves;
        this.room = room;
        this.catalog = catalog;
        this.inventory = inventory;
        this.properties = properties;
        this.events = events;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "waiting-room-admission");
            t.setDaemon(true);
            return t;
        });
        long period = properties.tick().toMillis();
        executor.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** One pass over every event's queue. */
    void tick() {
        Set<String> events;
        try {
            events = new HashSet<>(queues.keySet());
        } catch (RuntimeException e) {
            LOG.warn("waiting room: cannot list queues: {}", e.toString());
            return;
        }
        for (String eventId : events) {
            try {
                round(eventId);
            } catch (RuntimeException e) {
                LOG.warn("waiting room: admission round of {} failed: {}", eventId, e.toString());
            }
        }
        rates.keySet().retainAll(events);
    }

    /** One round for one event, if this instance holds its lease. */
    void round(String eventId) {
        long now = System.currentTimeMillis();
        EventQueue queue = queues.executeOnKey(eventId, new LeaseProcessor(owner, now, properties.leaseTtl().toMillis()));
        if (queue == null || !queue.leasedBy(owner, now)) {
            return;
        }
        UUID event;
        RoomTerms terms;
        try {
            event = UUID.fromString(eventId);
            terms = room.terms(event);
        } catch (IllegalArgumentException | ApiProblems.NotFound e) {
            return; // a synthetic or deleted event: nothing to sell
        }
        if (!terms.highDemand()) {
            return;
        }
        if (queue.prequeue() > 0 && queue.drawnAt() == 0 && terms.onSale(now)) {
            queue = queues.executeOnKey(eventId, new DrawProcessor(SEEDS.nextLong(), now));
            LOG.info("waiting room: drew the pre-queue of {} ({} participants, seed {})", eventId, queue.prequeue(),
                    queue.seed());
            moves.publish(eventId);
        }
        if (!terms.onSale(now)) {
            return;
        }
        boolean moved = admit(eventId, event, terms, queue, now);
        if (moved) {
            moves.publish(eventId);
        }
    }

    private boolean admit(String eventId, UUID event, RoomTerms terms, EventQueue queue, long now) {
        long lapse = properties.lapse().toMillis();
        // 1. Admissions whose outcome is known: a hold was placed, or the window passed unused.
        List<Long> resolved = new ArrayList<>();
        int lapsed = 0;
        Set<QueueTicketKey> pendingKeys = new HashSet<>();
        for (long n : queue.outstanding()) {
            pendingKeys.add(new QueueTicketKey(eventId, n));
        }
        Map<QueueTicketKey, QueueTicket> pending = pendingKeys.isEmpty() ? Map.of() : tickets.getAll(pendingKeys);
        for (QueueTicketKey key : pendingKeys) {
            QueueTicket t = pending.get(key);
            if (t == null || t.used() || t.state() != QueueState.ADMITTED) {
                resolved.add(key.number());
            } else if (t.windowLapsed(now)) {
                tickets.executeOnKey(key, new ExpireTicketProcessor(now, lapse));
                resolved.add(key.number());
                lapsed++;
            }
        }
        int stillPending = pendingKeys.size() - resolved.size();
        // 2. What is there to buy.
        SaleCatalog.Offer offer = catalog.offer(event);
        long free = 0;
        long held = 0;
        for (byte[] states : inventory.seatStates(offer, offer.priceOfSection().keySet(), now).values()) {
            for (byte s : states) {
                if (s == SeatState.AVAILABLE.code()) {
                    free++;
                } else if (s == SeatState.RESERVED.code()) {
                    held++;
                }
            }
        }
        boolean soldOut = AdmissionRound.soldOut(free, held);
        boolean moved = false;
        if (soldOut != queue.soldOut()) {
            queue = queues.executeOnKey(eventId, new SoldOutProcessor(soldOut, now));
            moved = true;
        }
        // 3. The next places, in order.
        AdmissionRound.Rate rate = rates.computeIfAbsent(eventId, e -> new AdmissionRound.Rate(terms.admissionsPerMinute(), now));
        int slots = soldOut || !queue.placesKnown() ? 0
                : AdmissionRound.slots(free, properties.seatsPerBuyer(), stillPending, rate.allows(now));
        long until = now + terms.window().toMillis();
        List<Long> admitted = new ArrayList<>();
        long place = queue.served();
        while (admitted.size() < slots && place < queue.issued()) {
            QueueTicketKey key = new QueueTicketKey(eventId, Places.numberAt(eventId, queue, place + 1));
            QueueTicket t = tickets.get(key);
            if (t == null) {
                // A join between taking its number and writing its place: wait for it a little.
                long since = missingSince.computeIfAbsent(key, k -> now);
                if (now - since < properties.missingTicketSkip().toMillis()) {
                    break;
                }
                missingSince.remove(key);
            } else if (t.lapsed(now, lapse)) {
                tickets.executeOnKey(key, new ExpireTicketProcessor(now, lapse));
                lapsed++;
            } else if (t.state().inLine()) {
                QueueTicket after = tickets.executeOnKey(key, new AdmitTicketProcessor(now, until, lapse));
                if (after != null && after.state() == QueueState.ADMITTED) {
                    admitted.add(key.number());
                    events.publishEvent(new BuyerAdmitted(event, after.accountId(), key.id(),
                            Instant.ofEpochMilli(after.admittedUntil())));
                }
            }
            place++;
        }
        rate.spend(admitted.size());
        if (place == queue.served() && resolved.isEmpty() && lapsed == 0) {
            return moved;
        }
        EventQueue after = queues.executeOnKey(eventId, new AdvanceProcessor(owner, now, queue.served(), place,
                admitted.stream().mapToLong(Long::longValue).toArray(),
                resolved.stream().mapToLong(Long::longValue).toArray(), lapsed));
        return moved || after != null && after.served() == place;
    }
}
