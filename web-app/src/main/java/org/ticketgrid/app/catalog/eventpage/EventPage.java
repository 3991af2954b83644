package org.ticketgrid.app.catalog.eventpage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ticketgrid.app.catalog.EventQueries.EventView;
import org.ticketgrid.app.catalog.EventQueries.TicketTypeView;
import org.ticketgrid.app.catalog.EventQueries.VenueView;
import org.ticketgrid.app.platform.Formats;

/**
 * An event as its page shows it: every text already formatted in the event's time zone and
 * currency, so the template only places it.
 */
public record EventPage(UUID id, String name, String description, String category, String day, String time,
        String startsAtIso, String venueName, String address, String mapUrl, String status, String statusLabel,
        String statusNote, boolean onSale, List<TicketTypeLine> ticketTypes, String fromPrice, String salesOpenAtIso) {

    /** Sold out: the page says so where it would show a price (a "From" price would read as buyable). */
    public boolean soldOut() {
        return "SOLD_OUT".equals(status);
    }

    /** One ticket type with its price and live counts. */
    record TicketTypeLine(java.util.UUID id, String name, String price, int available, int held, int sold) {

        public boolean soldOut() {
            return available == 0;
        }
    }

    static EventPage of(EventView event, Instant now) {
        ZoneId zone = Formats.zone(event.timeZone());
        List<TicketTypeLine> types = event.ticketTypes().stream()
                .map(t -> new TicketTypeLine(t.id(), t.name(), Formats.money(t.priceCents(), t.currency()), t.available(),
                        t.held(), t.sold()))
                .toList();
        String fromPrice = event.ticketTypes().stream()
                .min(Comparator.comparingLong(TicketTypeView::priceCents))
                .map(t -> Formats.money(t.priceCents(), t.currency())).orElse(null);
        return new EventPage(event.id(), event.name(), event.description(), category(event.category()),
                Formats.day(event.startsAt(), zone), Formats.timeRange(event.startsAt(), event.endsAt(), zone),
                event.startsAt().toString(), event.venue().name(), address(event.venue()), mapUrl(event.venue()),
                event.status(), statusLabel(event.status()), statusNote(event, zone, now), onSale(event.status()),
                types, fromPrice, "SALES_NOT_OPEN".equals(event.status()) && event.salesOpenAt() != null
                        ? event.salesOpenAt().toString() : null);
    }

    static boolean onSale(String status) {
        return "AVAILABLE".equals(status) || "FEW_LEFT".equals(status);
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "AVAILABLE" -> "On sale";
            case "FEW_LEFT" -> "Few tickets left";
            case "SOLD_OUT" -> "Sold out";
            case "SALES_NOT_OPEN" -> "Sales not open yet";
            case "SALES_CLOSED" -> "Sales closed";
            case "CANCELLED" -> "Cancelled";
            case "ENDED" -> "Event has ended";
            default -> status;
        };
    }

    private static String statusNote(EventView event, ZoneId zone, Instant now) {
        return switch (event.status()) {
            case "FEW_LEFT" -> "Fewer than one in ten tickets is left. Hold yours before they go.";
            case "SOLD_OUT" -> "Every ticket is sold or on hold. Held seats come back if their buyers do not pay,"
                    + " so this map updates itself.";
            case "SALES_NOT_OPEN" -> event.salesOpenAt() == null ? "Sales have not opened yet."
                    : "Sales open " + Formats.dateTime(event.salesOpenAt(), zone) + ".";
            case "SALES_CLOSED" -> "This event has started: tickets are no longer sold online.";
            case "CANCELLED" -> "This event has been cancelled. No tickets are on sale; every ticket bought is"
                    + " refunded automatically to the card that paid.";
            case "ENDED" -> "This event is over. No tickets are on sale.";
            default -> null;
        };
    }

    private static String category(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        String lower = category.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String address(VenueView venue) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {venue.address(), venue.city(), country(venue.country())}) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : ", ").append(part.trim());
            }
        }
        return text.toString();
    }

    private static String country(String code) {
        if (code == null || code.length() != 2) {
            return code;
        }
        String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    /** OpenStreetMap at the venue's coordinates, or a search for its address when it has none. */
    static String mapUrl(VenueView venue) {
        if (venue.latitude() != null && venue.longitude() != null) {
            String lat = coordinate(venue.latitude());
            String lon = coordinate(venue.longitude());
            return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon;
        }
        return "https://www.openstreetmap.org/search?query="
                + URLEncoder.encode(address(venue), StandardCharsets.UTF_8);
    }

    private static String coordinate(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
