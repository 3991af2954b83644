package org.ticketgrid.app.search;

import java.time.Instant;

/**
 * A validated search request. {@code from} defaults to now: past events are not for sale.
 */
public record SearchQuery(String text, String category, String city, Instant from, Instant to, Long minPriceCents,
        Long maxPriceCents, Double lat, Double lon, Double radiusKm, Sort sort, int page, int size) {

    public static final int MAX_SIZE = 100;
    /** Elasticsearch's {@code index.max_result_window}: {@code from + size} may not pass it. */
    public static final int MAX_WINDOW = 10_000;
    /** Prices searched for are cents in this range (a billion in any currency). */
    public static final long MAX_PRICE_CENTS = 100_000_000_000L;
    /** The dates a search may name: Elasticsearch's {@code date} type ends with year 9999. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** Result order. */
    public enum Sort {
        RELEVANCE,
        DATE,
        PRICE,
        /** Nearest first; needs {@code lat} and {@code lon}. */
        DISTANCE
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public boolean hasGeo() {
        return lat != null && lon != null;
    }
}
