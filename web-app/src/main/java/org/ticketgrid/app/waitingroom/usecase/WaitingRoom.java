package org.ticketgrid.app.waitingroom.usecase;

import com.hazelcast.map.IMap;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.catalog.EventStatus;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.app.waitingroom.WaitingRoomProperties;
import org.ticketgrid.app.waitingroom.persistence.WaitingRoomSettings;
import org.ticketgrid.waitingroom.EventQueue;
import org.ticketgrid.waitingroom.QueueNumber;
import org.ticketgrid.waitingroom.QueuePlaceKey;
import org.ticketgrid.waitingroom.QueueState;
import org.ticketgrid.waitingroom.QueueTicket;
import org.ticketgrid.waitingroom.QueueTicketKey;
import org.ticketgrid.waitingroom.ep.ClaimPlaceProcessor;
import org.ticketgrid.waitingroom.ep.LeaveTicketProcessor;
import org.ticketgrid.waitingroom.ep.SeenTicketProcessor;
import org.ticketgrid.waitingroom.ep.TakeNumberProcessor;

/**
 * Joining, looking at and leaving a place. A join is: the account's place entry (has it one
 * already?), the event's counter (next number), the new ticket, and the claim of the place entry
 * (which settles a race between two joins of one account: the loser's number is given up at once).
 */
@Service
public class WaitingRoom {

    private final IMap<String, EventQueue> queues;
    private final IMap<QueueTicketKey, QueueTicket> tickets;
    private final IMap<QueuePlaceKey, Long> places;
    private final SaleCatalog catalog;
    private final WaitingRoomSettings settings;
    private final WaitingRoomProperties properties;
    private final AdmissionTokens tokens;
    private final JoinThrottle throttle;

    WaitingRoom(IMap<String, EventQueue> queues, IMap<QueueTicketKey, QueueTicket> tickets,
            IMap<QueuePlaceKey, Long> places, SaleCatalog catalog, WaitingRoomSettings settings,
            WaitingRoomProperties properties, AdmissionTokens tokens) {
        this.queues = queues;
        this.tickets = tickets;
        this.places = places;
        this.catalog = catalog;
        this.settings = settings;
        this.properties = properties;
        this.tokens = tokens;
        this.throttle = new JoinThrottle(properties.joinsPerAddress(), properties.joinPeriod().toMillis());
    }

    /** The event's waiting-room terms (404 problem for an unknown or draft event). */
    public RoomTerms terms(UUID eventId) {
        SaleCatalog.Offer offer = catalog.offer(eventId);
        if (offer.status() == EventStatus.DRAFT) {
            throw new org.ticketgrid.app.platform.ApiProblems.NotFound("event");
        }
        return RoomTerms.of(offer, settings.of(eventId), properties);
    }

    public JoinOutcome join(UUID eventId, String accountId, String clientAddress) {
        RoomTerms terms = terms(eventId);
        long now = System.currentTimeMillis();
        if (!terms.highDemand()) {
            return new JoinOutcome.NoWaitingRoom();
        }
        if (terms.status() != EventStatus.PUBLISHED || terms.startsAt() != null
                && terms.startsAt().toEpochMilli() <= now) {
            return new JoinOutcome.Closed();
        }
        if (!terms.open(now)) {
            return new JoinOutcome.NotOpenYet(terms.opensAt());
        }
        long wait = throttle.attempt(clientAddress, now);
        if (wait > 0) {
            return new JoinOutcome.Throttled(wait);
        }
        String event = eventId.toString();
        QueuePlaceKey placeKey = new QueuePlaceKey(event, accountId);
        Long existing = places.get(placeKey);
        if (existing != null) {
            QueueTicket current = tickets.get(new QueueTicketKey(event, existing));
            if (current != null && stillHeld(current, now)) {
                return new JoinOutcome.Joined(view(current, queue(event), terms, now), false);
            }
        }
        QueueNumber number = queues.executeOnKey(event, new TakeNumberProcessor(now, terms.salesOpenMillis()));
        if (number.soldOut()) {
            return new JoinOutcome.SoldOut();
        }
        QueueTicket ticket = QueueTicket.joined(event, accountId, number.number(), number.prequeue(), now);
        tickets.set(ticket.key(), ticket);
        long claimed = places.executeOnKey(placeKey,
                new ClaimPlaceProcessor(number.number(), existing == null ? 0 : existing));
        if (claimed != number.number()) {
            // Another join of this account won the race: this number is given up at once (the
            // admission loop passes over it) and the account keeps its one place.
            tickets.executeOnKey(ticket.key(), new LeaveTicketProcessor(accountId));
            QueueTicket winner = tickets.get(new QueueTicketKey(event, claimed));
            return new JoinOutcome.Joined(view(winner, queue(event), terms, now), false);
        }
        return new JoinOutcome.Joined(view(ticket, queue(event), terms, now), true);
    }

    /** The place {@code queueTicketId} if it is the account's (and it counts as being seen). */
    public Optional<QueueView> status(String queueTicketId, String accountId) {
        QueueTicketKey key = QueueTicketKey.parse(queueTicketId);
        if (key == null || !isUuid(key.eventId())) {
            return Optional.empty();
        }
        QueueTicket ticket = tickets.get(key);
        if (ticket == null || !ticket.accountId().equals(accountId)) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        long refresh = properties.seenRefresh().toMillis();
        if (now - ticket.lastSeenAt() >= refresh && (ticket.state().inLine() || ticket.state() == QueueState.ADMITTED)) {
            QueueTicket seen = tickets.executeOnKey(key,
                    new SeenTicketProcessor(now, properties.lapse().toMillis(), refresh));
            ticket = seen == null ? ticket : seen;
        }
        return Optional.of(view(ticket, queue(key.eventId()), terms(UUID.fromString(key.eventId())), now));
    }

    /** The account's current place at the event, if it has one. */
    public Optional<QueueView> placeOf(UUID eventId, String accountId) {
        Long number = places.get(new QueuePlaceKey(eventId.toString(), accountId));
        return number == null ? Optional.empty()
                : status(new QueueTicketKey(eventId.toString(), number).id(), accountId);
    }

    /** Gives the place up; false if there is no such place of this account. */
    public boolean leave(String queueTicketId, String accountId) {
        QueueTicketKey key = QueueTicketKey.parse(queueTicketId);
        if (key == null) {
            return false;
        }
        return tickets.executeOnKey(key, new LeaveTicketProcessor(accountId)) != null;
    }

    /** The view of a ticket against the queue as it is. */
    public QueueView view(QueueTicket ticket, EventQueue queue, RoomTerms terms, long now) {
        QueueState shown = ticket.shown(queue, now, properties.lapse().toMillis());
        long place = Places.placeOf(ticket.eventId(), queue, ticket.number());
        Long position = null;
        Long ahead = null;
        Long wait = null;
        if ((shown == QueueState.WAITING || shown == QueueState.SOLD_OUT) && place > 0) {
            position = Math.max(1, place - queue.served());
            ahead = position - 1;
            wait = (long) Math.ceil(ahead * 60.0 / terms.admissionsPerMinute());
        }
        String token = null;
        Instant until = null;
        if (shown == QueueState.ADMITTED && ticket.admittedUntil() > now) {
            token = tokens.issue(ticket.key(), ticket.accountId(), ticket.admittedUntil());
            until = Instant.ofEpochMilli(ticket.admittedUntil());
        }
        return new QueueView(ticket.key().id(), ticket.eventId(), ticket.number(), shown, position, ahead, wait, token,
                until, queue.reopenedAt());
    }

    EventQueue queue(String eventId) {
        EventQueue queue = queues.get(eventId);
        return queue == null ? EventQueue.empty() : queue;
    }

    /** A place the account keeps when joining again: in line (not lapsed) or admitted. */
    private boolean stillHeld(QueueTicket ticket, long now) {
        QueueState shown = ticket.shown(EventQueue.empty(), now, properties.lapse().toMillis());
        return shown == QueueState.WAITING || shown == QueueState.PREQUEUE || shown == QueueState.ADMITTED;
    }

    private static boolean isUuid(String text) {
        try {
            return text.length() == 36 && UUID.fromString(text) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
