package org.ticketgrid.app.search;

import java.time.Instant;
import java.util.Map;

/** Turns an index document (plus the live availability, when known) into a result item. */
final class SearchResults {

    private SearchResults() {
    }

    static SearchResult.Item item(Map<String, Object> doc, String stock, Instant now) {
        return new SearchResult.Item((String) doc.get("id"), (String) doc.get("name"), (String) doc.get("category"),
                (String) doc.get("venueName"), (String) doc.get("city"), instant(doc.get("startsAt")),
                asLong(doc.get("minPriceCents")), asLong(doc.get("maxPriceCents")), (String) doc.get("currency"),
                availability(doc, stock, now), (String) doc.get("timeZone"));
    }

    /**
     * Status and dates decide first (cancelled, sales not open yet, sales closed at the start);
     * then the stock level the availability job last wrote, which is approximate by design.
     */
    static String availability(Map<String, Object> doc, String stock, Instant now) {
        if ("CANCELLED".equals(doc.get("status"))) {
            return "CANCELLED";
        }
        Instant salesOpenAt = instant(doc.get("salesOpenAt"));
        if (salesOpenAt != null && now.isBefore(salesOpenAt)) {
            return "SALES_NOT_OPEN";
        }
        Instant startsAt = instant(doc.get("startsAt"));
        if (startsAt != null && !now.isBefore(startsAt)) {
            return "SALES_CLOSED";
        }
        return stock == null ? "AVAILABLE" : stock;
    }

    private static Instant instant(Object text) {
        return text instanceof String s ? Instant.parse(s) : null;
    }

    private static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
