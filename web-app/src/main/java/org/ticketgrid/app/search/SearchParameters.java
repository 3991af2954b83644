package org.ticketgrid.app.search;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.ticketgrid.app.platform.ApiProblems;

/**
 * The one place that turns raw search parameters (API query string, search page) into a valid
 * {@link SearchQuery}, or refuses them with a 400 problem naming what is wrong. Bounds keep every
 * value inside what Elasticsearch can take, so a hostile value is a client error, never a 500.
 */
public final class SearchParameters {

    public static final int MAX_PAGE = 1000;
    /** Elasticsearch's default index.max_result_window. */
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_TEXT = 200;
    public static final int MAX_SUGGEST_TEXT = 100;
    public static final double MAX_RADIUS_KM = 20_000;
    /** Prices above a billion minor units are no real ticket; the bound keeps range queries sane. */
    public static final long MAX_PRICE = 1_000_000_000_000L;
    /** Dates outside these years are no real event (and Elasticsearch dates stop at year 292278994). */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private SearchParameters() {
    }

    /** Raw parameters as they arrive; {@code null} means absent. */
    public record Raw(String q, String category, String city, String from, String to, Long minPrice, Long maxPrice,
            Double lat, Double lon, Double radiusKm, String sort, Integer page, Integer size) {
    }

    public static SearchQuery validate(Raw raw) {
        String text = blankToNull(raw.q());
        if (text != null && text.length() > MAX_TEXT) {
            throw invalid("invalid-query", "q is at most " + MAX_TEXT + " characters.");
        }
        int page = raw.page() == null ? 0 : raw.page();
        int size = raw.size() == null ? 20 : raw.size();
        // Elasticsearch refuses (500) past its result window, from + size > 10,000: refused here.
        if (page < 0 || page > MAX_PAGE || size < 1 || size > SearchQuery.MAX_SIZE
                || (page + 1L) * size > MAX_WINDOW) {
            throw invalid("invalid-page", "page must be 0.." + MAX_PAGE + " and size 1.." + SearchQuery.MAX_SIZE
                    + ", and (page + 1) * size at most " + MAX_WINDOW + ".");
        }
        Double lat = raw.lat();
        Double lon = raw.lon();
        if ((lat == null) != (lon == null)) {
            throw invalid("invalid-location", "lat and lon go together.");
        }
        if (lat != null && (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90
                || Math.abs(lon) > 180)) {
            throw invalid("invalid-location", "lat must be within -90..90 and lon within -180..180.");
        }
        Double radius = raw.radiusKm();
        if (radius != null) {
            if (lat == null) {
                throw invalid("invalid-location", "radiusKm needs lat and lon.");
            }
            if (!Double.isFinite(radius) || radius <= 0 || radius > MAX_RADIUS_KM) {
                throw invalid("invalid-location", "radiusKm must be in (0, " + (long) MAX_RADIUS_KM + "].");
            }
        }
        Long min = raw.minPrice();
        Long max = raw.maxPrice();
        if ((min != null && (min < 0 || min > MAX_PRICE)) || (max != null && (max < 0 || max > MAX_PRICE))) {
            throw invalid("invalid-price-range", "prices are minor units within 0.." + MAX_PRICE + ".");
        }
        if (min != null && max != null && min > max) {
            throw invalid("invalid-price-range", "minPrice is above maxPrice.");
        }
        SearchQuery.Sort sort = sort(raw.sort());
        if (sort == SearchQuery.Sort.DISTANCE && lat == null) {
            throw invalid("invalid-sort", "sort=distance needs lat and lon.");
        }
        Instant from = instant(raw.from(), "from");
        Instant to = instant(raw.to(), "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw invalid("invalid-date", "to is before from.");
        }
        String category = blankToNull(raw.category());
        String city = blankToNull(raw.city());
        if ((category != null && category.length() > 100) || (city != null && city.length() > 100)) {
            throw invalid("invalid-query", "category and city are at most 100 characters.");
        }
        return new SearchQuery(text, category, city, from, to, min, max, lat, lon, radius, sort, page, size);
    }

    /** Suggestion prefix: trimmed, at most {@link #MAX_SUGGEST_TEXT} characters. */
    public static String suggestPrefix(String q) {
        if (q != null && q.length() > MAX_SUGGEST_TEXT) {
            throw invalid("invalid-query", "q is at most " + MAX_SUGGEST_TEXT + " characters.");
        }
        return blankToNull(q);
    }

    static SearchQuery.Sort sort(String text) {
        if (text == null || text.isBlank()) {
            return SearchQuery.Sort.RELEVANCE;
        }
        try {
            return SearchQuery.Sort.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("invalid-sort", "sort is relevance, date, price or distance.");
        }
    }

    static Instant instant(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant at;
        try {
            String t = text.strip();
            at = t.length() == 10 ? Instant.parse(t + "T00:00:00Z") : Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw invalid("invalid-date", name + " must be an ISO-8601 date or instant.");
        }
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw invalid("invalid-date", name + " must be between 1970 and 9999.");
        }
        return at;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ApiProblems.InvalidRequest invalid(String code, String detail) {
        return new ApiProblems.InvalidRequest(code, detail);
    }
}
