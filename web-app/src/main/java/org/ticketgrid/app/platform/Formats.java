package org.ticketgrid.app.platform;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * How the pages write money and time: amounts in the currency's own minor units ("45.00 EUR",
 * "4500 JPY"), times in the event's zone with its abbreviation, in English like the rest of the UI.
 */
public final class Formats {

    private static final Locale LOCALE = Locale.ENGLISH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", LOCALE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("z", LOCALE);

    private Formats() {
    }

    /** The minor-unit amount with the currency's fraction digits and its code: "45.00 EUR". */
    public static String money(long minorUnits, String currency) {
        return amount(minorUnits, currency) + " " + currency.toUpperCase(Locale.ROOT);
    }

    /** The amount alone, "45.00", with the currency's fraction digits. */
    public static String amount(long minorUnits, String currency) {
        return BigDecimal.valueOf(minorUnits, fractionDigits(currency)).toPlainString();
    }

    public static int fractionDigits(String currency) {
        try {
            int digits = Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
            return Math.max(digits, 0);
        } catch (IllegalArgumentException | NullPointerException e) {
            return 2;
        }
    }

    /** The event's zone; an unknown or missing zone falls back to UTC rather than failing the page. */
    public static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** "Saturday 14 March 2026". */
    public static String day(Instant instant, ZoneId zone) {
        return DAY.format(instant.atZone(zone));
    }

    /** "Sat 14 Mar". */
    public static String shortDay(Instant instant, ZoneId zone) {
        return SHORT_DAY.format(instant.atZone(zone));
    }

    /** "19:30 CET", or "19:30 – 22:30 CET" with an end on the same day. */
    public static String timeRange(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        StringBuilder text = new StringBuilder(TIME.format(from));
        if (end != null && end.isAfter(start)) {
            ZonedDateTime to = end.atZone(zone);
            text.append(" – ");
            if (!to.toLocalDate().equals(from.toLocalDate())) {
                text.append(SHORT_DAY.format(to)).append(' ');
            }
            text.append(TIME.format(to));
        }
        return text.append(' ').append(zoneName(from)).toString();
    }

    /** "Monday 2 March 2026, 10:00 CET". */
    public static String dateTime(Instant instant, ZoneId zone) {
        ZonedDateTime at = instant.atZone(zone);
        return DAY.format(at) + ", " + TIME.format(at) + " " + zoneName(at);
    }

    /** The zone's abbreviation at that moment: CET in winter, CEST in summer, GMT+03:00 where none. */
    private static String zoneName(ZonedDateTime at) {
        return at.getZone().equals(ZoneOffset.UTC) ? "UTC" : ZONE.format(at);
    }
}
