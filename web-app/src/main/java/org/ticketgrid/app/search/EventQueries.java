package org.ticketgrid.app.search;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the Elasticsearch request parts for a {@link SearchQuery}: plain functions, so the shape
 * of the query is unit-testable without a cluster.
 *
 * <p>Filters split in two. Text, dates and distance narrow the whole result ({@code query}); the
 * facet filters (category, city, price) go in the {@code post_filter}, and each facet's counts are
 * computed with every <em>other</em> facet filter applied, so a chosen city still shows how many
 * events the other cities have.
 */
final class EventQueries {

    /** Price bands of the price facet, in minor units: [from, to). */
    static final List<long[]> PRICE_BANDS = List.of(new long[] {0, 2_000}, new long[] {2_000, 5_000},
            new long[] {5_000, 10_000}, new long[] {10_000, Long.MAX_VALUE});

    static final String[] TEXT_FIELDS = {"name^3", "performers^3", "venueName^2", "city.text^2", "description"};

    private EventQueries() {
    }

    /** What every result must match besides the facets: published, upcoming, the text, the area. */
    static Query mainQuery(SearchQuery q, Instant now) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (q.hasText()) {
            bool.must(text(q.text().strip()));
        }
        bool.filter(f -> f.term(t -> t.field("status").value("PUBLISHED")));
        Instant from = q.from() == null || q.from().isBefore(now) ? now : q.from();
        bool.filter(f -> f.range(r -> r.date(d -> {
            d.field("startsAt").gte(from.toString());
            if (q.to() != null) {
                d.lte(q.to().toString());
            }
            return d;
        })));
        if (q.hasGeo() && q.radiusKm() != null) {
            bool.filter(f -> f.geoDistance(g -> g.field("location").distance(q.radiusKm() + "km")
                    .location(l -> l.latlon(ll -> ll.lat(q.lat()).lon(q.lon())))));
        }
        return Query.of(b -> b.bool(bool.build()));
    }

    /**
     * Relevance that respects intent: events that match every word (across name, performers, venue
     * and city) score far above those matching some; the exact name and the exact phrase score
     * highest; typos and unfinished last words still find something.
     */
    static Query text(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.term(t -> t.field("name.sort").value(lower).boost(20f)))
                .should(s -> s.matchPhrase(m -> m.field("name").query(text).boost(8f)))
                .should(s -> s.multiMatch(m -> m.query(text).fields(List.of(TEXT_FIELDS))
                        .type(TextQueryType.CrossFields).operator(Operator.And).boost(4f)))
                .should(s -> s.multiMatch(m -> m.query(text).fields(List.of(TEXT_FIELDS))
                        .type(TextQueryType.BestFields).fuzziness("AUTO").prefixLength(1)))
                .should(s -> s.matchBoolPrefix(m -> m.field("name").query(text).boost(2f)))
                .minimumShouldMatch("1")));
    }

    /** The facet filters, each by name, so a facet's aggregation can leave its own out. */
    static List<Named> facetFilters(SearchQuery q) {
        List<Named> filters = new ArrayList<>();
        if (q.category() != null && !q.category().isBlank()) {
            filters.add(new Named("category", Query.of(f -> f.term(t -> t.field("category")
                    .value(q.category().strip())))));
        }
        if (q.city() != null && !q.city().isBlank()) {
            filters.add(new Named("city", Query.of(f -> f.term(t -> t.field("city").value(q.city().strip())))));
        }
        if (q.minPriceCents() != null || q.maxPriceCents() != null) {
            // "prices" holds every ticket type's price: an event matches when one of them is in range.
            filters.add(new Named("price", Query.of(f -> f.range(r -> r.number(n -> {
                n.field("prices");
                if (q.minPriceCents() != null) {
                    n.gte(q.minPriceCents().doubleValue());
                }
                if (q.maxPriceCents() != null) {
                    n.lte(q.maxPriceCents().doubleValue());
                }
                return n;
            })))));
        }
        return filters;
    }

    static Query allOf(List<Named> filters, String except) {
        List<Query> kept = filters.stream().filter(n -> !n.facet().equals(except)).map(Named::query).toList();
        return Query.of(q -> q.bool(b -> b.filter(kept)));
    }

    static Aggregation facet(String name, List<Named> filters) {
        Query others = allOf(filters, name);
        return Aggregation.of(a -> a.filter(others).aggregations(name, switch (name) {
            case "category" -> Aggregation.of(t -> t.terms(x -> x.field("category").size(50)));
            case "city" -> Aggregation.of(t -> t.terms(x -> x.field("city.raw").size(50)));
            case "price" -> Aggregation.of(t -> t.range(r -> r.field("prices").ranges(PRICE_BANDS.stream()
                    .map(band -> co.elastic.clients.elasticsearch._types.aggregations.AggregationRange.of(x -> {
                        x.from((double) band[0]);
                        if (band[1] != Long.MAX_VALUE) {
                            x.to((double) band[1]);
                        }
                        return x;
                    })).toList())));
            default -> throw new IllegalArgumentException(name);
        }));
    }

    /** Result order; ties go to the sooner event, then the id, so paging is stable. */
    static List<SortOptions> sort(SearchQuery q) {
        List<SortOptions> sort = new ArrayList<>();
        switch (q.sort()) {
            case RELEVANCE -> {
                if (q.hasText()) {
                    sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
                }
            }
            case PRICE -> sort.add(SortOptions.of(s -> s.field(f -> f.field("minPriceCents").order(SortOrder.Asc)
                    .missing("_last"))));
            case DISTANCE -> sort.add(SortOptions.of(s -> s.geoDistance(g -> g.field("location")
                    .location(l -> l.latlon(ll -> ll.lat(q.lat()).lon(q.lon()))).order(SortOrder.Asc))));
            case DATE -> {
                // the common tail below is the date order
            }
        }
        sort.add(SortOptions.of(s -> s.field(f -> f.field("startsAt").order(SortOrder.Asc))));
        sort.add(SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
        return sort;
    }

    /** A facet filter and the facet it belongs to. */
    record Named(String facet, Query query) {
    }
}
