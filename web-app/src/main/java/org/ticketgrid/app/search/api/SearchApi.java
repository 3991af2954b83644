package org.ticketgrid.app.search.api;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.ticketgrid.app.search.EventSearch;
import org.ticketgrid.app.search.SearchParameters;
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
    List<EventSearch.Suggestion> suggest(@RequestParam(required = false) String q) {
        return search.suggest(SearchParameters.suggestPrefix(q));
    }

    static SearchQuery query(String q, String category, String city, String from, String to, Long minPrice,
            Long maxPrice, Double lat, Double lon, Double radiusKm, String sort, int page, int size) {
        return SearchParameters.validate(new SearchParameters.Raw(q, category, city, from, to, minPrice, maxPrice,
                lat, lon, radiusKm, sort, page, size));
    }
}
