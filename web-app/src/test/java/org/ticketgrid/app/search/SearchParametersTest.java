package org.ticketgrid.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ticketgrid.app.platform.ApiProblems;

class SearchParametersTest {

    @Test
    void defaultsAreRelevanceFirstPageTwenty() {
        SearchQuery q = SearchParameters.validate(raw(null, null, null, null, null, null, null, null, null));
        assertThat(q.sort()).isEqualTo(SearchQuery.Sort.RELEVANCE);
        assertThat(q.page()).isZero();
        assertThat(q.size()).isEqualTo(20);
    }

    @Test
    void distanceSortAndRadiusNeedAPoint() {
        assertCode(raw(null, null, null, null, null, null, 5.0, "distance", null), "invalid-location");
        assertCode(raw(null, null, null, null, null, null, null, "distance", null), "invalid-sort");
        assertThat(SearchParameters.validate(raw(null, null, null, null, 52.5, 13.4, null, "distance", null)).sort())
                .isEqualTo(SearchQuery.Sort.DISTANCE);
    }

    @Test
    void refusesHostileNumbersAndDates() {
        assertCode(raw(null, null, null, null, Double.NaN, 1.0, null, null, null), "invalid-location");
        assertCode(raw(null, null, null, null, 1.0, Double.POSITIVE_INFINITY, null, null, null), "invalid-location");
        assertCode(raw(null, null, null, null, 1.0, 1.0, Double.NaN, null, null), "invalid-location");
        assertCode(raw(null, null, -1L, null, null, null, null, null, null), "invalid-price-range");
        assertCode(raw(null, null, null, Long.MAX_VALUE, null, null, null, null, null), "invalid-price-range");
        assertCode(raw("+999999999-01-01T00:00:00Z", null, null, null, null, null, null, null, null), "invalid-date");
        assertCode(raw("2030-02-01", "2030-01-01", null, null, null, null, null, null, null), "invalid-date");
        assertCode(raw(null, null, null, null, null, null, null, null, 1001), "invalid-page");
    }

    private static SearchParameters.Raw raw(String from, String to, Long min, Long max, Double lat, Double lon,
            Double radius, String sort, Integer page) {
        return new SearchParameters.Raw(null, null, null, from, to, min, max, lat, lon, radius, sort, page, null);
    }

    private static void assertCode(SearchParameters.Raw raw, String code) {
        assertThatThrownBy(() -> SearchParameters.validate(raw)).isInstanceOfSatisfying(
                ApiProblems.InvalidRequest.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
