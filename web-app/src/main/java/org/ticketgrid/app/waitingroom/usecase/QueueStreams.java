package org.ticketgrid.app.waitingroom.usecase;

import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.ticketgrid.app.waitingroom.WaitingRoomProperties;
import org.ticketgrid.waitingroom.EventQueue;
import org.ticketgrid.waitingroom.QueueState;
import org.ticketgrid.waitingroom.QueueTicket;
import org.ticketgrid.waitingroom.QueueTicketKey;
import org.ticketgrid.waitingroom.ep.SeenTicketProcessor;

/**
 * The live queue streams of this instance. Per event, one refresh reads the queue entry once and
 * works out every subscriber's position from it ({@code place - served}, no grid call each); only
 * subscribers the line has reached (admitted, perhaps) have their place read back. A refresh runs
 * when the admission loop says the line moved (grid topic: within milliseconds on every instance)
 * and every second regardless. Open streams keep their places from lapsing (batched, now and then).
 */
@Component
public class QueueStreams implements SmartLifecycle {

    private static final MediaType UTF8_TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final long STREAM_TIMEOUT = Duration.ofMinutes(30).toMillis();

    private static final class Subscriber {
        final SseEmitter emitter;
        volatile QueueTicket ticket;
        volatile QueueView last;

        Subscriber(SseEmitter emitter, QueueTicket ticket) {
            this.emitter = emitter;
            this.ticket = ticket;
        }
    }

    private final IMap<String, EventQueue> queues;
    private final IMap<QueueTicketKey, QueueTicket> tickets;
    private final ITopic<String> moves;
    private final WaitingRoom room;
    private final WaitingRoomProperties properties;
    private final Map<String, Set<Subscriber>> byEvent = new ConcurrentHashMap<>();
    private final Map<String, AtomicBoolean> scheduled = new ConcurrentHashMap<>();
    private final Map<String, Long> lastSeenWrite = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService executor;
    private volatile UUID listener;

    QueueStreams(IMap<String, EventQueue> queues, IMap<QueueTicketKey, QueueTicket> tickets, ITopic<String> moves,
            WaitingRoom room, WaitingRoomProperties properties) {
        this.queues = queues;
        this.tickets = tickets;
        this.moves = moves;
        this.room = room;
        this.properties = properties;
    }

    /** Opens a stream of the account's place; empty if it is not theirs. */
    public java.util.Optional<SseEmitter> subscribe(String queueTicketId, String accountId) {
        java.util.Optional<QueueView> view = room.status(queueTicketId, accountId);
        if (view.isEmpty()) {
            return java.util.Optional.empty();
        }
        QueueTicketKey key = QueueTicketKey.parse(queueTicketId);
        QueueTicket ticket = tickets.get(key);
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT);
        Subscriber sub = new Subscriber(emitter, ticket);
        Set<Subscriber> subs = byEvent.computeIfAbsent(key.eventId(), e -> ConcurrentHashMap.newKeySet());
        subs.add(sub);
        Runnable drop = () -> subs.remove(sub);
        emitter.onCompletion(drop);
        emitter.onTimeout(drop);
        emitter.onError(e -> drop.run());
        send(sub, view.get(), true);
        return java.util.Optional.of(emitter);
    }

    public int size() {
        return byEvent.values().stream().mapToInt(Set::size).sum();
    }

    @Override
    public void start() {
        executor = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "waiting-room-streams");
            t.setDaemon(true);
            return t;
        });
        listener = moves.addMessageListener(m -> schedule(m.getMessageObject()));
        executor.scheduleWithFixedDelay(() -> byEvent.keySet().forEach(this::schedule), 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        if (listener != null) {
            moves.removeMessageListener(listener);
        }
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
        }
        byEvent.values().forEach(subs -> subs.forEach(s -> complete(s.emitter)));
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private void schedule(String eventId) {
        ScheduledExecutorService running = executor;
        if (running == null || !byEvent.containsKey(eventId)) {
            return;
        }
        AtomicBoolean flag = scheduled.computeIfAbsent(eventId, e -> new AtomicBoolean());
        if (flag.compareAndSet(false, true)) {
            running.execute(() -> {
                flag.set(false); // a move during the refresh schedules the next one: nothing is lost
                try {
                    refresh(eventId);
                } catch (RuntimeException e) {
                    // the next tick tries again
                }
            });
        }
    }

    private void refresh(String eventId) {
        Set<Subscriber> subs = byEvent.get(eventId);
        if (subs == null || subs.isEmpty()) {
            byEvent.remove(eventId);
            return;
        }
        long now = System.currentTimeMillis();
        EventQueue queue = queues.get(eventId);
        if (queue == null) {
            return;
        }
        RoomTerms terms = room.terms(UUID.fromString(eventId));
        Set<QueueTicketKey> reread = new HashSet<>();
        for (Subscriber s : subs) {
            long place = Places.placeOf(eventId, queue, s.ticket.number());
            if (place == 0 || place <= queue.served() || !s.ticket.state().inLine()) {
                reread.add(s.ticket.key());
            }
        }
        Map<QueueTicketKey, QueueTicket> fresh = reread.isEmpty() ? Map.of() : tickets.getAll(reread);
        for (Subscriber s : subs) {
            QueueTicket t = fresh.get(s.ticket.key());
            if (t != null) {
                s.ticket = t;
            }
            send(s, room.view(s.ticket, queue, terms, now), false);
        }
        keepSeen(eventId, subs, now);
    }

    /** Open streams count as being there: their places are refreshed in one batch now and then. */
    private void keepSeen(String eventId, Set<Subscriber> subs, long now) {
        long refresh = properties.seenRefresh().toMillis();
        Long last = lastSeenWrite.get(eventId);
        if (last != null && now - last < refresh / 2) {
            return;
        }
        lastSeenWrite.put(eventId, now);
        Set<QueueTicketKey> keys = new HashSet<>();
        subs.forEach(s -> keys.add(s.ticket.key()));
        tickets.executeOnKeys(keys, new SeenTicketProcessor(now, properties.lapse().toMillis(), refresh));
    }

    private void send(Subscriber s, QueueView view, boolean first) {
        QueueView before = s.last;
        StringBuilder out = new StringBuilder();
        QueueState was = before == null ? null : before.state();
        switch (view.state()) {
            case PREQUEUE, WAITING -> {
                if (was == QueueState.SOLD_OUT) {
                    out.append(event("reopened", "{}"));
                }
                if (first || before == null || !java.util.Objects.equals(before.position(), view.position())
                        || was != view.state()) {
                    out.append(event("position", "{\"position\":" + view.position() + ",\"aheadOfYou\":"
                            + view.aheadOfYou() + ",\"estimatedWaitSeconds\":" + view.estimatedWaitSeconds()
                            + ",\"state\":\"" + view.state() + "\"}"));
                }
            }
            case ADMITTED -> {
                if (was != QueueState.ADMITTED && view.admissionToken() != null) {
                    out.append(event("admitted", "{\"admissionToken\":\"" + view.admissionToken()
                            + "\",\"admittedUntil\":\"" + view.admittedUntil() + "\"}"));
                }
            }
            case SOLD_OUT -> {
                if (was != QueueState.SOLD_OUT) {
                    out.append(event("sold-out", "{\"position\":" + view.position() + "}"));
                }
            }
            case EXPIRED -> {
                if (was != QueueState.EXPIRED) {
                    out.append(event("expired", "{}"));
                }
            }
            case LEFT -> {
                // nothing to tell: the buyer left
            }
        }
        s.last = view;
        if (out.length() > 0) {
            try {
                s.emitter.send(Set.of(new ResponseBodyEmitter.DataWithMediaType(out.toString(), UTF8_TEXT)));
            } catch (IOException | IllegalStateException e) {
                complete(s.emitter);
            }
        }
        if (view.state() == QueueState.EXPIRED || view.state() == QueueState.LEFT) {
            complete(s.emitter);
        }
    }

    private static String event(String name, String json) {
        return "event: " + name + "\ndata: " + json + "\n\n";
    }

    private static void complete(SseEmitter emitter) {
        try {
            emitter.complete();
        } catch (RuntimeException e) {
            // already ended
        }
    }
}
