package org.ticketgrid.app.notifications.usecase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.ticketgrid.app.platform.TicketGridProperties;
import org.ticketgrid.notifications.NotificationTopics;

/**
 * The live side of the notification centre on this instance. Every instance listens to the grid's
 * reliable topic {@code notifications-live}, where the Jet pipeline publishes each new in-app
 * notification; an instance that holds SSE streams of that account sends them a
 * {@code notification} event with the account's unread count (read from PostgreSQL, so a repeated
 * message never counts twice). So a notification reaches a buyer whichever instance their browser
 * is connected to, not only the one that made the change.
 */
@Service
public class LiveNotifications implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(LiveNotifications.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

    private final NotificationCentre centre;
    private final Map<UUID, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "notifications-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final ITopic<Object> topic;
    private final UUID listener;

    LiveNotifications(HazelcastInstance hazelcast, NotificationCentre centre, TicketGridProperties properties) {
        this.centre = centre;
        this.topic = hazelcast.getReliableTopic(NotificationTopics.LIVE);
        this.listener = topic.addMessageListener(message -> {
            if (message.getMessageObject() instanceof String json) {
                deliver(json);
            }
        });
        long every = properties.live().heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    /** A new stream for the account: first its unread count ({@code unread} event), then notifications. */
    public SseEmitter subscribe(UUID accountId) {
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        streams.computeIfAbsent(accountId, a -> ConcurrentHashMap.newKeySet()).add(emitter);
        Runnable leave = () -> leave(accountId, emitter);
        emitter.onCompletion(leave);
        emitter.onTimeout(leave);
        emitter.onError(e -> leave.run());
        send(accountId, emitter, SseEmitter.event().name("unread")
                .data("{\"unread\":" + centre.unread(accountId) + "}"));
        return emitter;
    }

    /** Streams of the account on this instance (for tests). */
    public int streams(UUID accountId) {
        Set<SseEmitter> set = streams.get(accountId);
        return set == null ? 0 : set.size();
    }

    void deliver(String json) {
        try {
            JsonNode message = JSON.readTree(json);
            UUID account = UUID.fromString(message.path("accountId").asText());
            Set<SseEmitter> mine = streams.get(account);
            if (mine == null || mine.isEmpty()) {
                return;
            }
            ObjectNode event = JSON.createObjectNode();
            for (String field : new String[] {"id", "kind", "title", "body", "link", "createdAt"}) {
                event.set(field, message.path(field));
            }
            event.putNull("readAt");
            event.put("unread", centre.unread(account));
            String data = JSON.writeValueAsString(event);
            for (SseEmitter emitter : mine) {
                send(account, emitter, SseEmitter.event().name("notification").id(message.path("id").asText())
                        .data(data));
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("ignoring a malformed live notification: {}", e.getMessage());
        }
    }

    private void beat() {
        streams.forEach((account, set) -> set.forEach(e -> send(account, e, SseEmitter.event().comment("hb"))));
    }

    private void send(UUID account, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            leave(account, emitter); // the client left
        }
    }

    private void leave(UUID account, SseEmitter emitter) {
        streams.computeIfPresent(account, (a, set) -> {
            set.remove(emitter);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        try {
            topic.removeMessageListener(listener);
        } catch (RuntimeException e) {
            // the client is shutting down too
        }
        streams.values().forEach(set -> set.forEach(e -> {
            try {
                e.complete();
            } catch (RuntimeException ignored) {
                // already ended
            }
        }));
    }
}
