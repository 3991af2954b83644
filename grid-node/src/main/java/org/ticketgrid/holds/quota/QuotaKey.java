package org.ticketgrid.holds.quota;

import java.util.Objects;

/**
 * Key of one account's hold quota for one event. Every hold of that account for that event is
 * counted in the one entry under this key, so the partition thread that owns it serialises the
 * account's concurrent hold requests: two parallel requests cannot both see room for their seats.
 */
public record QuotaKey(String eventId, String accountId) {

    public QuotaKey {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(accountId, "accountId");
    }
}
