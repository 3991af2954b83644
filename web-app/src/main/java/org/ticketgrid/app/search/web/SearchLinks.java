package org.ticketgrid.app.search.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the search page that change one filter and keep the others (any change of filter goes
 * back to the first page): facet values, quick date picks, paging.
 */
public final class SearchLinks {

    private final Map<String, String> current;
    private final LocalDate today;

    SearchLinks(SearchForm form, Clock clock) {
        this.current = form.parameters();
        this.today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** This search with {@code name} set to {@code value} (null removes it), from the first page. */
    public String with(String name, Object value) {
        Map<String, String> next = new LinkedHashMap<>(current);
        next.remove("page");
        if (value == null || value.toString().isBlank()) {
            next.remove(name);
        } else {
            next.put(name, value.toString());
        }
        return url(next);
    }

    /** This search with a price band in whole units ({@code to} null: open). */
    public String priceBand(long fromCents, Long toCents) {
        Map<String, String> next = new LinkedHashMap<>(current);
        next.remove("page");
        next.put("minPrice", String.valueOf(fromCents / 100));
        if (toCents == null) {
            next.remove("maxPrice");
        } else {
            next.put("maxPrice", String.valueOf((toCents - 1) / 100.0));
        }
        return url(next);
    }

    /** This search without the point and radius (and without distance order, which needs them). */
    public String withoutLocation() {
        Map<String, String> next = new LinkedHashMap<>(current);
        next.remove("page");
        next.remove("lat");
        next.remove("lon");
        next.remove("radiusKm");
        if ("distance".equals(next.get("sort"))) {
            next.remove("sort");
        }
        return url(next);
    }

    public String dates(String from, String to) {
        Map<String, String> next = new LinkedHashMap<>(current);
        next.remove("page");
        next.put("from", from);
        next.put("to", to);
        return url(next);
    }

    /** Saturday and Sunday of this weekend (today, when it is the weekend). */
    public String thisWeekend() {
        LocalDate saturday = today.getDayOfWeek() == DayOfWeek.SUNDAY ? today.minusDays(1)
                : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return dates(saturday.isBefore(today) ? today.toString() : saturday.toString(),
                saturday.plusDays(1).toString());
    }

    public String next30Days() {
        return dates(today.toString(), today.plusDays(30).toString());
    }

    public String page(int number) {
        Map<String, String> next = new LinkedHashMap<>(current);
        if (number <= 0) {
            next.remove("page");
        } else {
            next.put("page", String.valueOf(number));
        }
        return url(next);
    }

    /** The whole search without any filter but the text: the empty state's way out. */
    public String onlyText() {
        Map<String, String> next = new LinkedHashMap<>();
        if (current.containsKey("q")) {
            next.put("q", current.get("q"));
        }
        return url(next);
    }

    public boolean has(String name) {
        return current.containsKey(name);
    }

    private static String url(Map<String, String> parameters) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/search");
        parameters.forEach(builder::queryParam);
        return builder.encode().build().toUriString();
    }
}
