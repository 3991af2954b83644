package org.ticketgrid.app.search.api;

import io.swagger.v3.oas.annotations.Operation;
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

    @Operation(summary = "Search events", description = """
            Every parameter is optional and they combine. `q`: all words (across name, performers, venue, \
            city) rank before some; the exact name and phrase first; typo-tolerant. `category`, `city`: exact \
            (case-insensitive). `from`/`to`: ISO-8601 instants or dates (start within). `minPrice`/`maxPrice`: \
            minor units; an event matches when one of its ticket types is priced within. `lat`/`lon` with \
            `radiusKm`: within that distance. `sort`: relevance (default), date, price, distance (needs \
            lat/lon). `page` 0..1000, `size` 1..100. Facets: `category` and `city` map values to counts, \
            `price` lists bands `{fromCents, toCents, count}`; each facet is counted with the other \
            filters applied. `availability`: AVAILABLE, FEW_LEFT, SOLD_OUT (follows the inventory within \
            seconds), SALES_NOT_OPEN, SALES_CLOSED. 400 problem for a bad parameter (radiusKm or \
            sort=distance without lat/lon too); 503 problem `search-unavailable` while Elasticsearch is down.""")
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

    @Operation(summary = "Suggestions as you type", description = """
            Up to 10 of `{id, name, kind}`: `kind=event` names an event (from any word of its name on), \
            `kind=place` a venue or city (`id`: one event there). Prefix and typo-tolerant; published \
            events only. `q` at most 100 characters.""")
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
