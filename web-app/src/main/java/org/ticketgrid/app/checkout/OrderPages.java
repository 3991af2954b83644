package org.ticketgrid.app.checkout;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ticketgrid.app.catalog.persistence.SeatRows;
import org.ticketgrid.app.platform.Formats;
import org.ticketgrid.app.orders.persistence.OrderRow;
import org.ticketgrid.app.orders.usecase.OrderETickets;
import org.ticketgrid.app.orders.usecase.OrderQueries;
import org.ticketgrid.app.orders.usecase.ResendTickets;
import org.ticketgrid.app.payments.stripe.PaymentIntents;
import org.ticketgrid.app.payments.stripe.SandboxCards;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.TicketGridProperties;

/**
 * The buyer's order pages: pay, processing, confirmation and failure. Only the order's owner sees
 * them; anybody else (an admin included: these pages pay and show live tickets) gets the 404 page,
 * like an id that does not exist. Each page first asks {@link OrderProgress} where the order
 * belongs and redirects there, so a stale tab or a back button always lands on the truth.
 */
@Controller
class OrderPages {

    private static final Pattern ATTEMPT = Pattern.compile("[0-9a-f-]{36}");
    private static final Pattern DECLINE_CODE = Pattern.compile("[a-z_]{1,40}");

    private final OrderQueries queries;
    private final OrderETickets etickets;
    private final SandboxCards cards;
    private final PaymentIntents intents;
    private final SeatRows seatRows;
    private final ResendTickets resendTickets;
    private final String publishableKey;

    OrderPages(OrderQueries queries, OrderETickets etickets, SandboxCards cards, PaymentIntents intents,
            SeatRows seatRows, ResendTickets resendTickets, TicketGridProperties properties) {
        this.resendTickets = resendTickets;
        this.queries = queries;
        this.etickets = etickets;
        this.cards = cards;
        this.intents = intents;
        this.seatRows = seatRows;
        this.publishableKey = properties.payments().publishableKey();
    }

    @GetMapping("/orders/{orderId}/pay")
    String pay(@PathVariable String orderId, Authentication auth, HttpServletResponse response, Model model) {
        OrderQueries.OrderView view = own(orderId, auth);
        OrderRow order = view.order();
        OrderProgress step = OrderProgress.of(order.status(), order.holdExpiresAt(), order.paymentError(),
                Instant.now());
        if (step != OrderProgress.PAY && step != OrderProgress.DECLINED) {
            return "redirect:" + step.path(orderId);
        }
        String notice = step == OrderProgress.DECLINED ? Failure.declined(order.paymentError())
                + " You have not been charged: try another card." : null;
        boolean sandbox = cards.enabled();
        String secret = sandbox ? null : intents.retrieve(order.paymentIntentId()).clientSecret();
        if (!sandbox) {
            response.setHeader("Content-Security-Policy", StripeJs.PAYMENT_PAGE_CSP);
        }
        Instant now = Instant.now();
        model.addAttribute("pay", new PaymentView(orderId, order.eventId().toString(), view.eventName(),
                etickets.when(order.eventId()), seats(order),
                Formats.money(order.totalCents(), order.currency()),
                PaymentView.millisLeft(order.holdExpiresAt(), now),
                order.holdExpiresAt() == null ? null : order.holdExpiresAt().toString(), notice, sandbox,
                List.of(TestCard.values()), UUID.randomUUID().toString(), publishableKey, secret));
        model.addAttribute("stripeJs", StripeJs.SCRIPT);
        return "checkout/pay";
    }

    /** The sandbox card form: the server confirms the intent with the chosen test card's token. */
    @PostMapping("/orders/{orderId}/pay")
    String confirm(@PathVariable String orderId, @RequestParam(defaultValue = "") String card,
            @RequestParam(defaultValue = "") String attempt, Authentication auth, RedirectAttributes redirect) {
        if (!cards.enabled()) {
            throw new ApiProblems.NotFound("page"); // production: the browser pays with Stripe.js
        }
        OrderRow order = own(orderId, auth).order();
        OrderProgress step = OrderProgress.of(order.status(), order.holdExpiresAt(), null, Instant.now());
        if (step != OrderProgress.PAY) {
            return "redirect:" + step.path(orderId);
        }
        TestCard chosen = TestCard.byId(card).orElse(null);
        if (chosen == null) {
            redirect.addFlashAttribute("error", "Choose one of the test cards first.");
            return "redirect:/orders/" + orderId + "/pay";
        }
        String key = "sandbox-confirm-" + orderId + "-"
                + (ATTEMPT.matcher(attempt).matches() ? attempt : UUID.randomUUID().toString());
        SandboxCards.Attempt result;
        try {
            result = cards.confirm(order.paymentIntentId(), chosen.token(), key);
        } catch (PaymentIntents.ProviderUnavailable e) {
            redirect.addFlashAttribute("error", "The payment service did not answer. You have not been charged;"
                    + " please try again.");
            return "redirect:/orders/" + orderId + "/pay";
        }
        if (result.approved()) {
            return "redirect:/orders/" + orderId + "/processing";
        }
        String code = result.declineCode() == null ? "card_declined" : result.declineCode();
        return "redirect:/orders/" + orderId + "/failed?decline=" + code;
    }

    /** Follows the order until the booking consumer has decided; HTMX polls the status fragment. */
    @GetMapping("/orders/{orderId}/processing")
    String processing(@PathVariable String orderId, Authentication auth,
            @RequestParam(name = "redirect_status", required = false) String redirectStatus,
            @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response,
            Model model) {
        OrderRow order = own(orderId, auth).order();
        OrderProgress step = OrderProgress.whileProcessing(order.status());
        if (step == OrderProgress.PROCESSING && "failed".equals(redirectStatus)) {
            // Stripe.js came back from a 3-D Secure page that failed: nothing is on its way.
            return "redirect:/orders/" + orderId + "/failed?decline=card_declined";
        }
        if (step != OrderProgress.PROCESSING) {
            if (htmx == null) {
                return "redirect:" + step.path(orderId);
            }
            response.setHeader("HX-Redirect", step.path(orderId));
        }
        model.addAttribute("orderId", orderId);
        model.addAttribute("step", step.name());
        return htmx == null ? "checkout/processing" : "checkout/processing :: progress";
    }

    @GetMapping("/orders/{orderId}")
    String confirmation(@PathVariable String orderId, Authentication auth, Model model) {
        OrderQueries.OrderView view = own(orderId, auth);
        OrderRow order = view.order();
        OrderProgress step = OrderProgress.of(order.status(), order.holdExpiresAt(), order.paymentError(),
                Instant.now());
        if (step != OrderProgress.CONFIRMED) {
            return "redirect:" + step.path(orderId);
        }
        model.addAttribute("order", ConfirmationView.of(view, etickets.of(view),
                Formats.money(order.totalCents(), order.currency())));
        return "checkout/confirmation";
    }

    /** "Email my tickets again": the confirmation mail once more (at most once a minute). */
    @PostMapping("/orders/{orderId}/resend")
    String resend(@PathVariable String orderId, Authentication auth, RedirectAttributes redirect) {
        ResendTickets.Outcome outcome = resendTickets.resend(orderId, Actor.of(auth));
        redirect.addFlashAttribute("notice", outcome == ResendTickets.Outcome.SENT
                ? "Your tickets are on their way to your email again. If they do not arrive in a few minutes,"
                        + " check your spam folder; you can also download them here."
                : "Your tickets were emailed a moment ago (or are still on their way): please check your inbox"
                        + " and spam folder, or download them here.");
        return "redirect:/orders/" + orderId;
    }

    @GetMapping("/orders/{orderId}/failed")
    String failed(@PathVariable String orderId, @RequestParam(required = false) String decline, Authentication auth,
            Model model) {
        OrderQueries.OrderView view = own(orderId, auth);
        OrderRow order = view.order();
        String code = decline != null && DECLINE_CODE.matcher(decline).matches() ? decline : order.paymentError();
        Instant now = Instant.now();
        OrderProgress step = OrderProgress.of(order.status(), order.holdExpiresAt(), code, now);
        if (step == OrderProgress.PAY || step == OrderProgress.CONFIRMED) {
            return "redirect:" + step.path(orderId);
        }
        model.addAttribute("failure", Failure.of(step, code, order.statusReason(), orderId,
                order.eventId().toString()));
        model.addAttribute("expiresInMs", PaymentView.millisLeft(order.holdExpiresAt(), now));
        model.addAttribute("remaining", PaymentView.clock(PaymentView.millisLeft(order.holdExpiresAt(), now)));
        model.addAttribute("orderId", orderId);
        // What the buyer was buying stays in view after a decline: they are deciding whether to retry.
        model.addAttribute("summary", new FailedSummary(view.eventName(), etickets.when(order.eventId()), seats(order),
                Formats.money(order.totalCents(), order.currency())));
        return "checkout/failed";
    }

    /** The order summary beside a failure: event, when, seats and total. */
    record FailedSummary(String eventName, String when, List<String> seats, String total) {
    }

    /** The order if the caller owns it; "not found" otherwise, exactly as for an unknown id. */
    private OrderQueries.OrderView own(String orderId, Authentication auth) {
        return queries.find(orderId, new Actor(Actor.of(auth).id(), false));
    }

    private List<String> seats(OrderRow order) {
        if (order.seatIds() == null) {
            return List.of();
        }
        Map<Long, SeatRows.SeatLabel> labels = seatRows.labels(Arrays.stream(order.seatIds()).boxed().toList());
        return Arrays.stream(order.seatIds()).mapToObj(id -> label(labels.get(id))).toList();
    }

    static String label(SeatRows.SeatLabel seat) {
        return seat == null ? "Seat" : seat.text();
    }
}
