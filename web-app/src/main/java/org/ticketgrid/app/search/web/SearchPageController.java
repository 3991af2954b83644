package org.ticketgrid.app.search.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.search.EventSearch;
import org.ticketgrid.app.search.SearchParameters;
import org.ticketgrid.app.search.SearchQuery;
import org.ticketgrid.app.search.SearchResult;

/**
 * {@code /search}: every filter lives in the query string, so a search is a link to share and the
 * back button works. One route: the full page, or only the results region for HTMX. A bad
 * parameter shows a message instead of results (400); Elasticsearch down shows a friendly notice
 * (503) rather than an error page.
 */
@Controller
class SearchPageController {

    private final EventSearch search;
    private final Clock clock = Clock.systemUTC();

    SearchPageController(EventSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@ModelAttribute("form") SearchForm form,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            HttpServletResponse response) {
        model.addAttribute("links", new SearchLinks(form, clock));
        try {
            SearchQuery query = SearchParameters.validate(form.toRaw());
            SearchResult result = search.search(query);
            model.addAttribute("result", result);
            model.addAttribute("page", query.page());
            model.addAttribute("hasNext", (long) (query.page() + 1) * query.size() < result.total()
                    && query.page() < SearchParameters.MAX_PAGE);
        } catch (ApiProblems.InvalidRequest e) {
            response.setStatus(400);
            model.addAttribute("problem", e.getMessage());
        } catch (ApiProblems.ServiceUnavailable e) {
            response.setStatus(503);
            model.addAttribute("unavailable", true);
        }
        return htmx != null ? "search/search :: region" : "search/search";
    }
}
