package org.ticketgrid.waitingroom;

/** Names of the waiting room's grid structures, declared once (members and clients use these). */
public final class WaitingRoomMaps {

    /** {@code String eventId -> EventQueue}: the number counter, served count, draw, lease. */
    public static final String QUEUES = "waitingroom-queues";
    /** {@code QueueTicketKey -> QueueTicket}: every place taken. */
    public static final String TICKETS = "waitingroom-tickets";
    /** {@code QueuePlaceKey -> Long}: the number of each account's current place at an event. */
    public static final String PLACES = "waitingroom-places";
    /** Reliable topic: the event id whose queue moved (admissions, sold out, reopened). */
    public static final String MOVES = "waitingroom-moves";

    private WaitingRoomMaps() {
    }
}
