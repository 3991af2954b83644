package org.ticketgrid.holds;

import java.util.Arrays;
import java.util.Objects;

/**
 * A hold as stored in the {@code holds} map (with a TTL a little past {@code expiresAt}). The
 * seats themselves are marked in the inventory; this record says whose hold it is and what it
 * covers, so that reads, release and checkout need not scan sections.
 *
 * @param holdId      random 63-bit id, shown to clients as 16 hex digits
 * @param eventId     the event
 * @param accountId   who holds it (an opaque id; anonymous holds use a per-session id)
 * @param seatIds     the seats held (see {@link org.ticketgrid.inventory.SeatId})
 * @param totalCents  price of the seats at hold time, minor units
 * @param currency    ISO-4217 code
 * @param createdAt   epoch millis
 * @param expiresAt   epoch millis; past it the seats are free for every reader
 * @param releasedAt  epoch millis when the sweeper gave the seats back; 0 while live
 */
public record Hold(long holdId, String eventId, String accountId, long[] seatIds, long totalCents,
        String currency, long createdAt, long expiresAt, long releasedAt) {

    /** A live hold. */
    public Hold(long holdId, String eventId, String accountId, long[] seatIds, long totalCents, String currency,
            long createdAt, long expiresAt) {
        this(holdId, eventId, accountId, seatIds, totalCents, currency, createdAt, expiresAt, 0);
    }

    /** This hold, its seats given back at {@code at} (it ran out). */
    public Hold released(long at) {
        return new Hold(holdId, eventId, accountId, seatIds, totalCents, currency, createdAt, expiresAt, at);
    }

    public Hold {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(seatIds, "seatIds");
        Objects.requireNonNull(currency, "currency");
    }

    public boolean isExpired(long now) {
        return expiresAt <= now;
    }

    public static String formatId(long holdId) {
        return String.format("%016x", holdId);
    }

    /** Parses a client-supplied hold id; returns -1 for anything that cannot be one. */
    public static long parseId(String text) {
        if (text == null || text.length() != 16) {
            return -1;
        }
        try {
            long id = Long.parseUnsignedLong(text, 16);
            return id > 0 ? id : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hold h && holdId == h.holdId && eventId.equals(h.eventId)
                && accountId.equals(h.accountId) && Arrays.equals(seatIds, h.seatIds)
                && totalCents == h.totalCents && currency.equals(h.currency)
                && createdAt == h.createdAt && expiresAt == h.expiresAt && releasedAt == h.releasedAt;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(holdId);
    }

    @Override
    public String toString() {
        return "Hold[" + formatId(holdId) + " event=" + eventId + " seats=" + Arrays.toString(seatIds)
                + " expiresAt=" + expiresAt + "]";
    }
}
