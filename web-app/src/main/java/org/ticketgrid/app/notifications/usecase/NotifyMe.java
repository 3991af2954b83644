package org.ticketgrid.app.notifications.usecase;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticketgrid.app.notifications.persistence.EventAlerts;
import org.ticketgrid.app.notifications.persistence.Outbox;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.notifications.NotificationKind;

/**
 * "Tell me when tickets are available". A buyer subscribes (once per event; again is the same
 * alert); when seats come back, the next subscribers in subscription order, as many as seats came
 * back and no more, are taken and marked notified in the same transaction as the TICKETS_AVAILABLE
 * outbox event that names them (the pipeline mails and notifies them). For high-demand events the
 * link leads to the waiting room, so being told first does not jump the queue.
 */
@Service
public class NotifyMe {

    /** What subscribing came to. */
    public sealed interface Outcome {
        /** Subscribed (or already was): the alert's id. */
        record Subscribed(UUID alertId) implements Outcome {
        }

        /** The event is over or cancelled: nothing will come back. */
        record Closed(String status) implements Outcome {
        }
    }

    private final EventAlerts alerts;
    private final Outbox outbox;

    NotifyMe(EventAlerts alerts, Outbox outbox) {
        this.alerts = alerts;
        this.outbox = outbox;
    }

    /** Subscribes the buyer (the event must exist and be on sale or about to be: else "not found"). */
    public Outcome subscribe(UUID eventId, Actor buyer) {
        EventAlerts.EventFacts event = alerts.event(eventId);
        if (event == null || "DRAFT".equals(event.status())) {
            throw new org.ticketgrid.app.platform.ApiProblems.NotFound("event");
        }
        if ("CANCELLED".equals(event.status()) || "ENDED".equals(event.status())) {
            return new Outcome.Closed(event.status());
        }
        return new Outcome.Subscribed(alerts.subscribe(eventId, buyer.id()));
    }

    public void unsubscribe(UUID eventId, Actor buyer) {
        alerts.unsubscribe(eventId, buyer.id());
    }

    public boolean subscribed(UUID eventId, UUID accountId) {
        return alerts.subscribed(eventId, accountId);
    }

    /**
     * {@code seats} seats of the event came back on sale (a refund, capacity added, sales opening):
     * tells the next that many subscribers, in subscription order. Returns who was told.
     */
    @Transactional
    public List<UUID> seatsCameBack(UUID eventId, int seats) {
        if (seats <= 0) {
            return List.of();
        }
        List<UUID> next = alerts.takeNext(eventId, seats);
        if (!next.isEmpty()) {
            EventAlerts.EventFacts event = alerts.event(eventId);
            boolean highDemand = event != null && event.highDemand();
            outbox.record(NotificationKind.TICKETS_AVAILABLE, null, eventId.toString(), Map.of(
                    "eventId", eventId.toString(), "seats", String.valueOf(seats),
                    "accountIds", next.stream().map(UUID::toString).toList(),
                    "link", highDemand ? "/events/" + eventId + "/queue" : "/events/" + eventId));
        }
        return next;
    }
}
