package org.ticketgrid.app.search;

import java.time.Instant;

/**
 * A validated search request. {@code from} defaults to now: past events are not for sale.
 */
public record SearchQuery(String text, String category, String city, Instant from, Instant to, Long minPriceCents,
        Long maxPriceCents, Double lat, Double lon, Double radiusKm, Sort sort, int page, int size) {

    public static final int MAX_SIZE = 100;

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
