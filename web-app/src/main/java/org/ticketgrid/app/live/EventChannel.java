package org.ticketgrid.app.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.ticketgrid.app.catalog.SaleCatalog;

/**
 * The live state of one event on one instance: its subscribers, the grid listener that tells it
 * something changed, and the seat states last sent. A change only marks the channel dirty; at most
 * once per coalescing window the states are read back from the inventory and the differences go
 * to every subscriber as one write. However many holds per second and however many subscribers,
 * the grid sees one read per window per event per instance.
 */
final class EventChannel {

    private static final MediaType UTF8_TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    /** Reads an event's seat states now; sends to a subscriber; schedules a flush. */
    interface Io {
        Map<Long, byte[]> read(SaleCatalog.Offer offer);

        void scheduleFlush(EventChannel channel);

        void dropped(EventChannel channel, SseEmitter emitter);
    }

    private final UUID eventId;
    private final Io io;
    private final Set<SseEmitter> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean dirty = new AtomicBoolean();
    private volatile SaleCatalog.Offer offer;
    private Map<Long, byte[]> sent; // guarded by this
    private volatile UUID listenerId;

    EventChannel(UUID eventId, SaleCatalog.Offer offer, Io io) {
        this.eventId = eventId;
        this.offer = offer;
        this.io = io;
    }

    UUID eventId() {
        return eventId;
    }

    UUID listenerId() {
        return listenerId;
    }

    void listenerId(UUID id) {
        this.listenerId = id;
    }

    int size() {
        return subscribers.size();
    }

    boolean isEmpty() {
        return subscribers.isEmpty();
    }

    /** Reads the states the first diff starts from (after the grid listener is in place). */
    synchronized void start() {
        sent = io.read(offer);
    }

    /** Adds a subscriber and sends it the current free places of every ticket type. */
    void add(SseEmitter emitter) {
        List<LiveEvent> first;
        synchronized (this) {
            first = SeatChanges.availability(offer, sent);
            subscribers.add(emitter);
        }
        send(emitter, Sse.format(first));
    }

    boolean remove(SseEmitter emitter) {
        return subscribers.remove(emitter);
    }

    /** Something of this event changed in the grid (or it is time to look again). */
    void changed() {
        if (dirty.compareAndSet(false, true)) {
            io.scheduleFlush(this);
        }
    }

    /** Reads the states back and sends what changed since the last flush. */
    void flush(SaleCatalog.Offer latest) {
        dirty.set(false); // a change during the read schedules the next flush: nothing is lost
        if (latest != null) {
            offer = latest;
        }
        Map<Long, byte[]> now = io.read(offer);
        List<LiveEvent> events;
        synchronized (this) {
            events = SeatChanges.between(offer, sent, now);
            sent = now;
        }
        if (!events.isEmpty()) {
            broadcast(Sse.format(events));
        }
    }

    /** Sends an SSE text block (events or a comment) to every subscriber. */
    void broadcast(String text) {
        for (SseEmitter emitter : subscribers) {
            send(emitter, text);
        }
    }

    /** Ends every stream (the instance stops). */
    void completeAll() {
        for (SseEmitter emitter : subscribers) {
            try {
                emitter.complete();
            } catch (RuntimeException e) {
                // already ended
            }
        }
    }

    private void send(SseEmitter emitter, String text) {
        if (text.isEmpty()) {
            return;
        }
        try {
            emitter.send(Set.of(new ResponseBodyEmitter.DataWithMediaType(text, UTF8_TEXT)));
        } catch (IOException | IllegalStateException e) {
            // The client left (or the stream ended): stop sending to it.
            io.dropped(this, emitter);
        }
    }
}
