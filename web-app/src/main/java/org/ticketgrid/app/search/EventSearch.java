package org.ticketgrid.app.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.platform.TicketGridProperties;

/** Full-text event search over the Elasticsearch read model that the CDC pipeline maintains. */
@Service
public class EventSearch {

    private final ElasticsearchClient client;
    private final String index;

    EventSearch(ElasticsearchClient client, TicketGridProperties properties) {
        this.client = client;
        this.index = properties.search().index();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public SearchResult search(SearchQuery query) {
        try {
            SearchResponse<Map> response = client.search(s -> s.index(index)
                    .query(toQuery(query))
                    .from(query.page() * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(so -> switch (query.sort()) {
                        case DATE -> so.field(f -> f.field("startsAt").order(SortOrder.Asc));
                        case PRICE -> so.field(f -> f.field("minPriceCents").order(SortOrder.Asc)
                                .missing("_last"));
                        case RELEVANCE -> query.hasText() ? so.score(sc -> sc.order(SortOrder.Desc))
                                : so.field(f -> f.field("startsAt").order(SortOrder.Asc));
                    })
                    .aggregations("category", a -> a.terms(t -> t.field("category").size(50))), Map.class);
            List<SearchResult.Item> items = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                items.add(item((Map<String, Object>) hit.source(), Instant.now()));
            }
            Map<String, Long> categories = new LinkedHashMap<>();
            var agg = response.aggregations().get("category");
            if (agg != null) {
                agg.sterms().buckets().array().forEach(b -> categories.put(b.key().stringValue(), b.docCount()));
            }
            long total = response.hits().total() == null ? items.size() : response.hits().total().value();
            return new SearchResult(items, total, Map.of("category", categories));
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return SearchResult.empty();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prefix, typo-tolerant name suggestions from the completion suggester. */
    @SuppressWarnings("rawtypes")
    public List<Map<String, String>> suggest(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        try {
            SearchResponse<Map> response = client.search(s -> s.index(index).source(src -> src.filter(
                    f -> f.includes("id", "name", "status")))
                    .suggest(sg -> sg.suggesters("names", su -> su.prefix(prefix.trim().toLowerCase())
                            .completion(c -> c.field("suggest").size(10).skipDuplicates(true)
                                    .fuzzy(fz -> fz.fuzziness("AUTO"))))), Map.class);
            List<Map<String, String>> out = new ArrayList<>();
            var seen = new java.util.HashSet<String>();
            for (var suggestion : response.suggest().getOrDefault("names", List.of())) {
                for (var option : suggestion.completion().options()) {
                    Map<?, ?> source = option.source();
                    if (source != null && "PUBLISHED".equals(source.get("status")) && seen.add(option.id())) {
                        out.add(Map.of("id", option.id(), "name", String.valueOf(source.get("name"))));
                    }
                }
            }
            return out;
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return List.of();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Query toQuery(SearchQuery q) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (q.hasText()) {
            String text = q.text().trim();
            bool.must(m -> m.bool(b -> b
                    .should(s -> s.multiMatch(mm -> mm.query(text)
                            .fields("name^3", "venueName^2", "city.text^2", "description")
                            .type(TextQueryType.BestFields).fuzziness("AUTO").prefixLength(1)))
                    .should(s -> s.matchBoolPrefix(mb -> mb.field("name").query(text).boost(2f)))
                    .minimumShouldMatch("1")));
        }
        bool.filter(f -> f.term(t -> t.field("status").value("PUBLISHED")));
        if (q.category() != null && !q.category().isBlank()) {
            bool.filter(f -> f.term(t -> t.field("category").value(q.category().trim().toUpperCase())));
        }
        if (q.city() != null && !q.city().isBlank()) {
            bool.filter(f -> f.term(t -> t.field("city").value(q.city().trim())));
        }
        Instant from = q.from() == null ? Instant.now() : q.from();
        bool.filter(f -> f.range(r -> r.date(d -> {
            d.field("startsAt").gte(from.toString());
            if (q.to() != null) {
                d.lte(q.to().toString());
            }
            return d;
        })));
        if (q.maxPriceCents() != null) {
            bool.filter(f -> f.range(r -> r.number(n -> n.field("minPriceCents").lte(q.maxPriceCents().doubleValue()))));
        }
        if (q.minPriceCents() != null) {
            bool.filter(f -> f.range(r -> r.number(n -> n.field("maxPriceCents").gte(q.minPriceCents().doubleValue()))));
        }
        if (q.hasGeo()) {
            double radius = q.radiusKm() == null ? 50 : q.radiusKm();
            bool.filter(f -> f.geoDistance(g -> g.field("location").distance(radius + "km")
                    .location(l -> l.latlon(ll -> ll.lat(q.lat()).lon(q.lon())))));
        }
        return Query.of(b -> b.bool(bool.build()));
    }

    static SearchResult.Item item(Map<String, Object> doc, Instant now) {
        String salesOpenAt = (String) doc.get("salesOpenAt");
        String availability = salesOpenAt != null && now.isBefore(Instant.parse(salesOpenAt)) ? "SALES_NOT_OPEN"
                : "AVAILABLE";
        return new SearchResult.Item((String) doc.get("id"), (String) doc.get("name"), (String) doc.get("category"),
                (String) doc.get("venueName"), (String) doc.get("city"),
                doc.get("startsAt") == null ? null : Instant.parse((String) doc.get("startsAt")),
                asLong(doc.get("minPriceCents")), asLong(doc.get("maxPriceCents")), (String) doc.get("currency"),
                availability, (String) doc.get("timeZone"));
    }

    private static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
