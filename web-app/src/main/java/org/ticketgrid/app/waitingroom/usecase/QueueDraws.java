package org.ticketgrid.app.waitingroom.usecase;

import com.hazelcast.map.IMap;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.ticketgrid.waitingroom.DrawOrder;
import org.ticketgrid.waitingroom.EventQueue;

/** The published pre-queue draw of an event: enough for anyone to re-run it ({@link DrawOrder}). */
@Service
public class QueueDraws {

    /** The draw: its seed, when, how many pre-queue numbers took part, and the algorithm's name. */
    public record Draw(String eventId, long seed, Instant drawnAt, long participants, String algorithm) {
    }

    private final IMap<String, EventQueue> queues;

    QueueDraws(IMap<String, EventQueue> queues) {
        this.queues = queues;
    }

    public Optional<Draw> of(UUID eventId) {
        EventQueue queue = queues.get(eventId.toString());
        if (queue == null || queue.drawnAt() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Draw(eventId.toString(), queue.seed(), Instant.ofEpochMilli(queue.drawnAt()),
                queue.prequeue(), DrawOrder.ALGORITHM));
    }

    /** Queue figures for dashboards: in line, admitted, expired, and the admission rate in force. */
    public record Figures(long joined, long served, long waiting, long admitted, long expired, boolean soldOut) {
    }

    public Figures figures(UUID eventId) {
        EventQueue q = queues.get(eventId.toString());
        if (q == null) {
            return new Figures(0, 0, 0, 0, 0, false);
        }
        return new Figures(q.issued(), q.served(), q.waiting(), q.admitted(), q.expired(), q.soldOut());
    }
}
