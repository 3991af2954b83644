package org.ticketgrid.waitingroom;

import java.util.Objects;

/**
 * Key of an account's place at an event: its value is the number of the account's current place,
 * so that one entry (one partition thread) decides whether an account already has a place.
 */
public record QueuePlaceKey(String eventId, String accountId) {

    public QueuePlaceKey {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(accountId, "accountId");
    }
}
