package org.ticketgrid.app.search.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.search.SearchQuery;

class SearchApiQueryTest {

    @Test
    void acceptsAFullQuery() {
        SearchQuery q = SearchApi.query("jazz", "MUSIC", "Berlin", "2030-01-01", "2030-02-01T00:00:00Z", 100L, 9000L,
                52.5, 13.4, 25.0, "price", 2, 10);
        assertThat(q.sort()).isEqualTo(SearchQuery.Sort.PRICE);
        assertThat(q.from()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(q.hasGeo()).isTrue();
    }

    @Test
    void refusesNonsenseWithAStableCode() {
        assertCode(() -> SearchApi.query(null, null, null, null, null, null, null, null, null, null, "best", 0, 20),
                "invalid-sort");
        assertCode(() -> SearchApi.query(null, null, null, null, null, null, null, null, null, null, "date", -1, 20),
                "invalid-page");
        assertCode(() -> SearchApi.query(null, null, null, null, null, null, null, null, null, null, "date", 0, 101),
                "invalid-page");
        assertCode(() -> SearchApi.query(null, null, null, null, null, null, null, 91.0, 0.0, null, "date", 0, 20),
                "invalid-location");
        assertCode(() -> SearchApi.query(null, null, null, null, null, 500L, 100L, null, null, null, "date", 0, 20),
                "invalid-price-range");
        assertCode(() -> SearchApi.query(null, null, null, "soon", null, null, null, null, null, null, "date", 0, 20),
                "invalid-date");
        assertCode(() -> SearchApi.query("x".repeat(201), null, null, null, null, null, null, null, null, null,
                "date", 0, 20), "invalid-query");
    }

    private static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiProblems.InvalidRequest.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
