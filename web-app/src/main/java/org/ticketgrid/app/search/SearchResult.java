package org.ticketgrid.app.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A page of search hits with facet counts: {@code category} and {@code city} map a value to its
 * count, {@code price} is a list of {@link PriceBand}s.
 */
public record SearchResult(List<Item> items, long total, Map<String, Object> facets) {

    /** One band of the price facet, in minor units: {@code [fromCents, toCents)}; {@code toCents} null = open. */
    public record PriceBand(long fromCents, Long toCents, long count) {
    }

    /**
     * One event in a result list. Availability is approximate; the seat map is exact. The time
     * zone is the event's, for showing {@code startsAt} as people at the venue read it.
     */
    public record Item(String id, String name, String category, String venueName, String city, Instant startsAt,
            Long minPriceCents, Long maxPriceCents, String currency, String availability, String timeZone) {
    }

    public static SearchResult empty() {
        return new SearchResult(List.of(), 0, Map.of("category", Map.of(), "city", Map.of(), "price", List.of()));
    }
}
