package org.ticketgrid.app.live;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import com.hazelcast.query.Predicates;
import com.hazelcast.topic.ITopic;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.ticketgrid.app.catalog.EventStatus;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.app.catalog.inventory.InventoryService;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.TicketGridProperties;
import org.ticketgrid.holds.Hold;
import org.ticketgrid.holds.SeatsReleased;

/**
 * The instance's live seat feed. For each event with at least one subscriber here: one listener on
 * the grid's {@code holds} map, filtered on the members to that event (holds placed, swept,
 * released, changed by checkout), and one channel that coalesces changes and sends differences.
 * Releases are also announced on the {@code seat-events} topic (one listener per instance). The
 * last subscriber of an event to leave removes its listener. Subscribers per instance are bounded;
 * idle streams get heartbeats, which also find clients that left without a word.
 */
@Service
public class SeatFeed implements DisposableBean, EventChannel.Io {

    private static final Logger LOG = LoggerFactory.getLogger(SeatFeed.class);

    private final IMap<Long, Hold> holds;
    private final InventoryService inventory;
    private final SaleCatalog catalog;
    private final TicketGridProperties.Live settings;
    private final Map<UUID, EventChannel> channels = new ConcurrentHashMap<>();
    private final AtomicInteger subscribers = new AtomicInteger();
    private final ScheduledExecutorService scheduler;

    SeatFeed(IMap<Long, Hold> holds, ITopic<Object> seatEvents, InventoryService inventory, SaleCatalog catalog,
            TicketGridProperties properties) {
        this.holds = holds;
        this.inventory = inventory;
        this.catalog = catalog;
        this.settings = properties.live();
        AtomicInteger threads = new AtomicInteger();
        this.scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "live-seats-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        seatEvents.addMessageListener(message -> {
            if (message.getMessageObject() instanceof SeatsReleased released) {
                changedOf(released.eventId());
            }
        });
        long heartbeat = settings.heartbeat().toMillis();
        scheduler.scheduleWithFixedDelay(() -> channels.values().forEach(c -> c.broadcast(Sse.HEARTBEAT)),
                heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        long resync = settings.resync().toMillis();
        scheduler.scheduleWithFixedDelay(() -> channels.values().forEach(EventChannel::changed), resync, resync,
                TimeUnit.MILLISECONDS);
    }

    /**
     * A new stream of an event's seat changes: first the free places of every ticket type, then
     * {@code seat}, {@code section} and {@code availability} events as they happen.
     */
    public SseEmitter subscribe(UUID eventId) {
        SaleCatalog.Offer offer = catalog.offer(eventId);
        if (offer.status() == EventStatus.DRAFT) {
            throw new ApiProblems.NotFound("event");
        }
        if (subscribers.incrementAndGet() > settings.maxSubscribers()) {
            subscribers.decrementAndGet();
            throw new ApiProblems.ServiceUnavailable("too-many-subscribers",
                    "This server follows as many live seat maps as it can. Try again shortly.", 10);
        }
        SseEmitter emitter = new SseEmitter(settings.timeout().toMillis());
        EventChannel channel;
        try {
            channel = join(eventId, offer, emitter);
        } catch (RuntimeException e) {
            subscribers.decrementAndGet();
            throw e;
        }
        emitter.onCompletion(() -> leave(channel, emitter));
        emitter.onTimeout(() -> leave(channel, emitter));
        emitter.onError(error -> leave(channel, emitter));
        channel.add(emitter);
        return emitter;
    }

    /** Subscribers of an event on this instance (for tests and metrics). */
    public int subscribers(UUID eventId) {
        EventChannel channel = channels.get(eventId);
        return channel == null ? 0 : channel.size();
    }

    /** True while this instance follows the event in the grid (one listener, however many subscribers). */
    public boolean follows(UUID eventId) {
        return channels.containsKey(eventId);
    }

    private synchronized EventChannel join(UUID eventId, SaleCatalog.Offer offer, SseEmitter emitter) {
        EventChannel channel = channels.get(eventId);
        if (channel != null) {
            return channel;
        }
        EventChannel fresh = new EventChannel(eventId, offer, this);
        // The listener first, then the first reading: a change in between is seen twice, never missed.
        fresh.listenerId(holds.addEntryListener(new HoldChanges(fresh),
                Predicates.equal("eventId", eventId.toString()), false));
        try {
            fresh.start();
        } catch (RuntimeException e) {
            holds.removeEntryListener(fresh.listenerId());
            throw e;
        }
        channels.put(eventId, fresh);
        return fresh;
    }

    private void leave(EventChannel channel, SseEmitter emitter) {
        if (!channel.remove(emitter)) {
            return;
        }
        subscribers.decrementAndGet();
        synchronized (this) {
            if (channel.isEmpty() && channels.remove(channel.eventId(), channel)) {
                try {
                    holds.removeEntryListener(channel.listenerId());
                } catch (RuntimeException e) {
                    LOG.warn("could not remove the grid listener of event {}", channel.eventId(), e);
                }
            }
        }
    }

    private void changedOf(String eventId) {
        try {
            EventChannel channel = channels.get(UUID.fromString(eventId));
            if (channel != null) {
                channel.changed();
            }
        } catch (IllegalArgumentException e) {
            // Not an event of the catalog (the bench's own ids): nobody follows it here.
        }
    }

    @Override
    public Map<Long, byte[]> read(SaleCatalog.Offer offer) {
        return inventory.seatStates(offer, offer.priceOfSection().keySet(), System.currentTimeMillis());
    }

    @Override
    public void scheduleFlush(EventChannel channel) {
        scheduler.schedule(() -> {
            try {
                SaleCatalog.Offer latest = null;
                try {
                    latest = catalog.offer(channel.eventId());
                } catch (ApiProblems.NotFound e) {
                    // Gone from the catalog: keep the last terms; subscribers leave in time.
                }
                channel.flush(latest);
            } catch (RuntimeException e) {
                LOG.warn("live update of event {} failed; the next change or resync retries", channel.eventId(), e);
                channel.changed();
            }
        }, settings.coalesce().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void dropped(EventChannel channel, SseEmitter emitter) {
        leave(channel, emitter);
        try {
            emitter.complete();
        } catch (RuntimeException e) {
            // Already completed by the container.
        }
    }

    /**
     * Ends every stream as soon as the instance begins to stop: a graceful shutdown waits for open
     * requests, and a stream is one that never ends by itself. Browsers reconnect elsewhere.
     */
    @EventListener(ContextClosedEvent.class)
    void closing() {
        for (EventChannel channel : Set.copyOf(channels.values())) {
            channel.completeAll();
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
        closing();
    }

    /** The grid's word that a hold of the event was placed, changed or removed. */
    private record HoldChanges(EventChannel channel) implements EntryAddedListener<Long, Hold>,
            EntryUpdatedListener<Long, Hold>, EntryRemovedListener<Long, Hold> {

        @Override
        public void entryAdded(EntryEvent<Long, Hold> event) {
            channel.changed();
        }

        @Override
        public void entryUpdated(EntryEvent<Long, Hold> event) {
            channel.changed();
        }

        @Override
        public void entryRemoved(EntryEvent<Long, Hold> event) {
            channel.changed();
        }
    }
}
