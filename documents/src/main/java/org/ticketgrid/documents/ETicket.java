package org.ticketgrid.documents;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * What is printed on one ticket. {@code place} is how a steward finds the seat ("Section A · Row 3
 * · Seat 12") or the area of a standing ticket; {@code code} is the secret the gate scans.
 */
public record ETicket(String code, String eventName, String venueName, String venueCity, Instant startsAt,
        String timeZone, String ticketType, String place, String holderName, String orderReference) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm z",
            Locale.ENGLISH);

    public ETicket {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(startsAt, "startsAt");
    }

    /** "Saturday 14 March 2026, 20:00 CET", in the event's own zone (UTC if the zone is unknown). */
    public String when() {
        return WHEN.format(startsAt.atZone(zone()));
    }

    /** The code in groups of four, easier to read aloud at a gate: "ABCD-EFGH-…". */
    public String readableCode() {
        StringBuilder out = new StringBuilder(code.length() + code.length() / 4);
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(code.charAt(i));
        }
        return out.toString();
    }

    private ZoneId zone() {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
