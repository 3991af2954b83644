package org.ticketgrid.app.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.ticketgrid.app.search.EventSearch;
import org.ticketgrid.app.search.SearchQuery;
import org.ticketgrid.app.search.SearchResult;

/**
 * The home page: upcoming events, live search and category filters. One route serves the full
 * page, or only the results fragment when HTMX asks for it.
 */
@Controller
class HomeController {

    private final EventSearch search;

    HomeController(EventSearch search) {
        this.search = search;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        String text = q == null ? null : q.strip();
        if (text != null && text.length() > 200) {
            text = text.substring(0, 200);
        }
        SearchResult result = search.search(new SearchQuery(text, category, null, null, null, null, null, null, null,
                null, SearchQuery.Sort.RELEVANCE, 0, 24));
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("category", category == null ? "" : category);
        model.addAttribute("result", result);
        return htmx != null ? "home/index :: results" : "home/index";
    }
}
