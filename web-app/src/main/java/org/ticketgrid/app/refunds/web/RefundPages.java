package org.ticketgrid.app.refunds.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ticketgrid.app.catalog.persistence.SeatRows;
import org.ticketgrid.app.platform.Formats;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.refunds.persistence.RefundRow;
import org.ticketgrid.app.refunds.usecase.RequestRefund;

/** {@code /orders/{id}/refund}: choose tickets, give a reason, refund; see the package description. */
@Controller
class RefundPages {

    private final RequestRefund requestRefund;
    private final SeatRows seatRows;

    RefundPages(RequestRefund requestRefund, SeatRows seatRows) {
        this.requestRefund = requestRefund;
        this.seatRows = seatRows;
    }

    @GetMapping("/orders/{orderId}/refund")
    String form(@PathVariable String orderId, Authentication auth, Model model) {
        model.addAttribute("refund", view(orderId, Actor.of(auth)));
        return "refunds/request";
    }

    @PostMapping("/orders/{orderId}/refund")
    String refund(@PathVariable String orderId, @RequestParam(defaultValue = "") String reason,
            @RequestParam(name = "ticketId", required = false) List<String> ticketIds, Authentication auth,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = Actor.of(auth);
        RefundView before = view(orderId, actor); // 404 for anybody who may not see the order
        String problem = null;
        if (ticketIds == null || ticketIds.isEmpty()) {
            problem = "Choose at least one ticket to refund.";
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            try {
                RefundRow done = requestRefund.request(orderId, new RequestRefund.Command(reason, ticketIds), actor);
                redirect.addFlashAttribute("notice", done(done));
                return "redirect:" + before.backPath();
            } catch (ApiProblems.InvalidRequest | ApiProblems.Conflict | ApiProblems.Forbidden refused) {
                problem = refused.getMessage();
                response.setStatus(refused instanceof ApiProblems.InvalidRequest ? HttpServletResponse.SC_BAD_REQUEST
                        : refused instanceof ApiProblems.Forbidden ? HttpServletResponse.SC_FORBIDDEN
                        : HttpServletResponse.SC_CONFLICT);
            }
        }
        model.addAttribute("refund", view(orderId, actor));
        model.addAttribute("problem", problem);
        model.addAttribute("reason", reason);
        model.addAttribute("chosen", ticketIds == null ? List.of() : ticketIds);
        return "refunds/request";
    }

    private RefundView view(String orderId, Actor actor) {
        RequestRefund.Preview preview = requestRefund.preview(orderId, actor);
        var labels = seatRows.labels(preview.refundable().stream().map(t -> t.seatId()).toList());
        boolean buyer = actor.id().toString().equals(preview.order().accountId());
        return RefundView.of(preview, labels, buyer);
    }

    static String done(RefundRow refund) {
        String amount = Formats.money(refund.amountCents(), refund.currency());
        int count = refund.ticketIds().size();
        String tickets = count == 1 ? "1 ticket" : count + " tickets";
        if ("SUCCEEDED".equals(refund.status())) {
            return "Refunded " + amount + " for " + tickets + ". The money goes back to the card that paid (banks take"
                    + " 5 to 10 days to show it); the tickets are cancelled and a confirmation mail is on its way.";
        }
        return "Your refund of " + amount + " for " + tickets + " is under way: the payment provider has not answered"
                + " yet. The tickets are set aside; a mail follows when it is done.";
    }
}
