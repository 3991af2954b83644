package org.ticketgrid.app.home;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.ticketgrid.app.search.EventSearch;
import org.ticketgrid.app.search.SearchQuery;
import org.ticketgrid.app.search.SearchResult;

/**
 * Browse events by category and by date ({@code /events?category=&from=&to=}), soonest first,
 * from the search index. Dates are whole days (UTC); a bad date is ignored rather than refused,
 * since these are links people share. One route: the full page, or the results for HTMX.
 */
@Controller
class BrowseController {

    static final int PAGE_SIZE = 24;

    private final EventSearch search;

    BrowseController(EventSearch search) {
        this.search = search;
    }

    @GetMapping("/events")
    String browse(@RequestParam(required = false) String category, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        String cat = category == null || category.isBlank() ? null : category.strip().toUpperCase(Locale.ROOT);
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            toDay = fromDay;
        }
        int number = Math.max(0, Math.min(page, 400));
        Instant fromAt = fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant toAt = toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        SearchResult result = search.search(new SearchQuery(null, cat, null, fromAt, toAt, null, null, null, null,
                null, SearchQuery.Sort.DATE, number, PAGE_SIZE));
        // The category chips count every category in the date range, not just the chosen one.
        SearchResult all = cat == null ? result : search.search(new SearchQuery(null, null, null, fromAt, toAt,
                null, null, null, null, null, SearchQuery.Sort.DATE, 0, 1));
        model.addAttribute("facets", all.facets().get("category"));
        model.addAttribute("category", cat == null ? "" : cat);
        model.addAttribute("from", fromDay == null ? "" : fromDay.toString());
        model.addAttribute("to", toDay == null ? "" : toDay.toString());
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        model.addAttribute("page", number);
        model.addAttribute("hasNext", (long) (number + 1) * PAGE_SIZE < result.total());
        model.addAttribute("result", result);
        return htmx != null ? "home/browse :: results" : "home/browse";
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
