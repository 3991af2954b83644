package org.ticketgrid.app.search.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.search.EventSearch;
import org.ticketgrid.app.search.SearchQuery;
import org.ticketgrid.app.search.SearchResult;

/** Event search and suggestions. */
@RestController
@RequestMapping("/api/v1/events")
class SearchApi {

    private final EventSearch search;

    SearchApi(EventSearch search) {
        this.search = search;
    }

    @GetMapping
    SearchResult search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) String city, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Long minPrice,
            @RequestParam(required = false) Long maxPrice, @RequestParam(required = false) Double lat,
            @RequestParam(required = false) Double lon, @RequestParam(required = false) Double radiusKm,
            @RequestParam(defaultValue = "relevance") String sort, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return search.search(query(q, category, city, from, to, minPrice, maxPrice, lat, lon, radiusKm, sort, page,
                size));
    }

    @GetMapping("/suggest")
    List<Map<String, String>> suggest(@RequestParam(required = false) String q) {
        if (q != null && q.length() > 100) {
            throw new ApiProblems.InvalidRequest("invalid-query", "q is at most 100 characters.");
        }
        return search.suggest(q);
    }

    static SearchQuery query(String q, String category, String city, String from, String to, Long minPrice,
            Long maxPrice, Double lat, Double lon, Double radiusKm, String sort, int page, int size) {
        if (q != null && q.length() > 200) {
            throw new ApiProblems.InvalidRequest("invalid-query", "q is at most 200 characters.");
        }
        // Elasticsearch answers 500 past its result window (from + size > 10,000): refused here.
        if (page < 0 || size < 1 || size > SearchQuery.MAX_SIZE || (page + 1L) * size > SearchQuery.MAX_WINDOW) {
            throw new ApiProblems.InvalidRequest("invalid-page", "page must be 0 or more and size 1.."
                    + SearchQuery.MAX_SIZE + ", and (page + 1) * size at most " + SearchQuery.MAX_WINDOW + ".");
        }
        if ((lat == null) != (lon == null) || (lat != null && !(Math.abs(lat) <= 90 && Math.abs(lon) <= 180))) {
            throw new ApiProblems.InvalidRequest("invalid-location", "lat and lon go together, within range.");
        }
        if (radiusKm != null && (lat == null || !(radiusKm > 0 && radiusKm <= 20_000))) {
            throw new ApiProblems.InvalidRequest("invalid-location",
                    "radiusKm must be in (0, 20000], with lat and lon.");
        }
        if (minPrice != null && (minPrice < 0 || minPrice > SearchQuery.MAX_PRICE_CENTS)
                || maxPrice != null && (maxPrice < 0 || maxPrice > SearchQuery.MAX_PRICE_CENTS)) {
            throw new ApiProblems.InvalidRequest("invalid-price-range",
                    "minPrice and maxPrice are cents from 0 to " + SearchQuery.MAX_PRICE_CENTS + ".");
        }
        if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
            throw new ApiProblems.InvalidRequest("invalid-price-range", "minPrice is above maxPrice.");
        }
        SearchQuery.Sort order;
        try {
            order = SearchQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiProblems.InvalidRequest("invalid-sort", "sort is relevance, date or price.");
        }
        return new SearchQuery(q, category, city, instant(from, "from"), instant(to, "to"), minPrice, maxPrice, lat,
                lon, radiusKm, order, page, size);
    }

    private static Instant instant(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = text.length() == 10 ? Instant.parse(text + "T00:00:00Z") : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ApiProblems.InvalidRequest("invalid-date", name + " must be an ISO-8601 date or instant.");
        }
        // Elasticsearch's dates end in year 9999 (and Instant goes to +1000000000): bounded first.
        if (instant.isBefore(SearchQuery.EARLIEST) || instant.isAfter(SearchQuery.LATEST)) {
            throw new ApiProblems.InvalidRequest("invalid-date", name + " must be between years 1970 and 9999.");
        }
        return instant;
    }
}
