package org.ticketgrid.app.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.TicketGridProperties;

/**
 * Full-text event search over the Elasticsearch read model that the CDC pipeline maintains. Reads
 * Elasticsearch only, so it answers while PostgreSQL or the grid is down; while Elasticsearch is
 * down it throws {@link ApiProblems.ServiceUnavailable} (a 503 problem, a friendly page).
 */
@Service
public class EventSearch {

    private static final Logger LOG = LoggerFactory.getLogger(EventSearch.class);

    private final ElasticsearchClient client;
    private final String index;
    private final EventAvailability availability;
    private final Clock clock;

    EventSearch(ElasticsearchClient client, TicketGridProperties properties, EventAvailability availability) {
        this.client = client;
        this.index = properties.search().index();
        this.availability = availability;
        this.clock = Clock.systemUTC();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public SearchResult search(SearchQuery query) {
        Instant now = clock.instant();
        List<EventQueries.Named> facetFilters = EventQueries.facetFilters(query);
        try {
            SearchResponse<Map> response = client.search(s -> s.index(index)
                    .query(EventQueries.mainQuery(query, now))
                    .postFilter(EventQueries.allOf(facetFilters, ""))
                    .from(query.page() * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(EventQueries.sort(query))
                    .aggregations("category", EventQueries.facet("category", facetFilters))
                    .aggregations("city", EventQueries.facet("city", facetFilters))
                    .aggregations("price", EventQueries.facet("price", facetFilters)), Map.class);
            List<Map<String, Object>> docs = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                docs.add((Map<String, Object>) hit.source());
            }
            Map<String, String> stock = availability.of(docs.stream().map(d -> (String) d.get("id")).toList());
            List<SearchResult.Item> items = docs.stream()
                    .map(d -> SearchResults.item(d, stock.get((String) d.get("id")), now)).toList();
            long total = response.hits().total() == null ? items.size() : response.hits().total().value();
            return new SearchResult(items, total, facets(response.aggregations()));
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return SearchResult.empty();
            }
            throw unavailable(e);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    private static Map<String, Object> facets(Map<String, Aggregate> aggregations) {
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("category", terms(aggregations.get("category"), "category"));
        facets.put("city", terms(aggregations.get("city"), "city"));
        List<SearchResult.PriceBand> bands = new ArrayList<>();
        Aggregate price = aggregations.get("price");
        if (price != null) {
            price.filter().aggregations().get("price").range().buckets().array().forEach(b -> bands.add(
                    new SearchResult.PriceBand(b.from() == null ? 0 : b.from().longValue(),
                            b.to() == null ? null : b.to().longValue(), b.docCount())));
        }
        facets.put("price", bands);
        return facets;
    }

    private static Map<String, Long> terms(Aggregate filtered, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (filtered != null) {
            filtered.filter().aggregations().get(name).sterms().buckets().array()
                    .forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        }
        return counts;
    }

    /**
     * Suggestions as you type: event names (from any word on), performers, venues and cities, from
     * the completion suggester (an in-memory automaton: a few milliseconds at 100,000 events), with
     * fuzzy matching for typos. Only published events carry suggestion inputs.
     */
    @SuppressWarnings("rawtypes")
    public List<Suggestion> suggest(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        String text = prefix.strip();
        try {
            SearchResponse<Map> response = client.search(s -> s.index(index).size(0)
                    .source(src -> src.filter(f -> f.includes("id", "name", "status")))
                    .suggest(sg -> sg.text(text)
                            .suggesters("names", su -> su.completion(c -> c.field("suggest").size(10)
                                    .skipDuplicates(true).fuzzy(fz -> fz.fuzziness("AUTO"))))
                            .suggesters("places", su -> su.completion(c -> c.field("suggestPlace").size(5)
                                    .skipDuplicates(true).fuzzy(fz -> fz.fuzziness("AUTO"))))), Map.class);
            List<Suggestion> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            collect(response, "names", "event", out, seen);
            collect(response, "places", "place", out, seen);
            return out.size() > 10 ? out.subList(0, 10) : out;
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return List.of();
            }
            throw unavailable(e);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    @SuppressWarnings("rawtypes")
    private static void collect(SearchResponse<Map> response, String suggester, String kind, List<Suggestion> out,
            Set<String> seen) {
        for (var suggestion : response.suggest().getOrDefault(suggester, List.of())) {
            for (var option : suggestion.completion().options()) {
                Map<?, ?> source = option.source();
                if (source == null || !"PUBLISHED".equals(source.get("status"))) {
                    continue;
                }
                String name = "event".equals(kind) ? String.valueOf(source.get("name")) : option.text();
                if (seen.add(kind + ":" + name.toLowerCase(java.util.Locale.ROOT))) {
                    out.add(new Suggestion(option.id(), name, kind));
                }
            }
        }
    }

    private static ApiProblems.ServiceUnavailable unavailable(Exception e) {
        LOG.warn("search unavailable: {}", e.toString());
        return new ApiProblems.ServiceUnavailable("search-unavailable",
                "Search is unavailable for a moment. Please try again shortly.", 5);
    }

    /**
     * One suggestion: {@code kind} {@code event} names an event ({@code id} is that event);
     * {@code place} is a venue or city ({@code id} is one event there).
     */
    public record Suggestion(String id, String name, String kind) {
    }
}
