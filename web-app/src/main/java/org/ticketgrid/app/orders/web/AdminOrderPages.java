package org.ticketgrid.app.orders.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.ticketgrid.app.orders.usecase.OrderQueries;

/**
 * {@code /admin/orders?q=}: find an order by its reference (as printed on the tickets and in the
 * mails), its id or its buyer's email, with links to its refund page and its tickets. Admins only
 * (the security configuration guards {@code /admin/**}).
 */
@Controller
class AdminOrderPages {

    private final OrderQueries queries;

    AdminOrderPages(OrderQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/admin/orders")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("orders", queries.search(q));
        model.addAttribute("limit", OrderQueries.SEARCH_LIMIT);
        return "orders/admin-orders";
    }
}
