package org.ticketgrid.app.checkout;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ticketgrid.app.holds.HoldPurchases;
import org.ticketgrid.app.holds.usecase.PlaceHold;
import org.ticketgrid.app.holds.usecase.ReleaseHold;
import org.ticketgrid.app.orders.usecase.Checkout;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Ids;
import org.ticketgrid.holds.Hold;
import org.ticketgrid.app.catalog.eventpage.EventPage;
import org.ticketgrid.app.catalog.eventpage.EventPageQueries;
import org.ticketgrid.app.holds.web.Buyer;
import org.ticketgrid.app.holds.web.HoldPanel;
import org.ticketgrid.app.holds.web.HoldPanels;
import org.ticketgrid.app.holds.web.SessionHolds;

/**
 * The "Checkout" step of the buying panel: a review of the held seats with their prices, the
 * total and the hold's countdown, then "Continue to payment" creates the order and its
 * PaymentIntent ({@link Checkout}) and hands over to the order pages. Signed-in buyers only (an
 * anonymous visitor is sent to sign in and back here); a hold placed before signing in belongs to
 * the browser, so it is held again for the account (the seats are released and taken back at once).
 */
@Controller
class CheckoutStepController {

    private final HoldPanels panels;
    private final EventPageQueries pages;
    private final ReleaseHold releaseHold;
    private final PlaceHold placeHold;
    private final Checkout checkout;

    CheckoutStepController(HoldPanels panels, EventPageQueries pages, ReleaseHold releaseHold, PlaceHold placeHold,
            Checkout checkout) {
        this.panels = panels;
        this.pages = pages;
        this.releaseHold = releaseHold;
        this.placeHold = placeHold;
        this.checkout = checkout;
    }

    @GetMapping("/events/{id}/checkout")
    String review(@PathVariable String id, Principal principal, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        UUID eventId = Ids.uuid(id, "event");
        EventPage event = pages.event(eventId);
        Hold hold = current(eventId, principal.getName(), request);
        Optional<HoldPurchases.Purchase> purchase = hold == null ? Optional.empty() : panels.purchase(hold);
        if (purchase.isPresent()) {
            // Checked out already: the order's pages say where it stands (no second hold countdown).
            SessionHolds.forUpdate(request).forget(eventId, Hold.formatId(hold.holdId()));
            return "redirect:/orders/" + purchase.get().orderId() + (purchase.get().paid() ? "" : "/pay");
        }
        if (hold == null) {
            redirect.addFlashAttribute("panel", HoldPanel.selecting(HoldPanel.Notice.warning(
                    "You have no seats on hold for this event any more. Choose seats, then check out.")));
            return "redirect:/events/" + eventId;
        }
        model.addAttribute("event", event);
        model.addAttribute("panel", panels.held(hold));
        return "checkout/checkout";
    }

    @PostMapping("/events/{id}/checkout")
    String start(@PathVariable String id, @RequestParam(defaultValue = "") String holdId, Principal principal,
            RedirectAttributes redirect) {
        UUID eventId = Ids.uuid(id, "event");
        try {
            Checkout.Started started = checkout.checkout(holdId, principal.getName());
            return "redirect:/orders/" + started.order().id() + "/pay";
        } catch (ApiProblems.Conflict conflict) {
            Object orderId = conflict.properties().get("orderId");
            if (orderId != null) {
                return "redirect:/orders/" + orderId + "/failed";
            }
            redirect.addFlashAttribute("panel", HoldPanel.selecting(HoldPanel.Notice.warning(
                    "Your hold ended before checkout, and the seats went back on sale. Please choose again.")));
        } catch (ApiProblems.NotFound | ApiProblems.InvalidRequest gone) {
            redirect.addFlashAttribute("panel", HoldPanel.selecting(HoldPanel.Notice.warning(
                    "That hold is no longer yours to check out. Please choose seats again.")));
        }
        return "redirect:/events/" + eventId;
    }

    /** The buyer's active hold at the event, taken over from this browser if placed before signing in. */
    private Hold current(UUID eventId, String account, HttpServletRequest request) {
        SessionHolds mine = SessionHolds.forUpdate(request);
        String holdId = mine.at(eventId);
        if (holdId == null) {
            return null;
        }
        long now = System.currentTimeMillis();
        Hold hold = panels.find(holdId, account);
        if (hold == null) {
            hold = adopt(eventId, holdId, account, request, mine);
        }
        if (hold == null || hold.releasedAt() != 0 || hold.isExpired(now)) {
            mine.forget(eventId, holdId);
            return null;
        }
        return hold;
    }

    private Hold adopt(UUID eventId, String holdId, String account, HttpServletRequest request, SessionHolds mine) {
        Object browser = request.getSession().getAttribute(Buyer.BROWSER_ID);
        Hold anonymous = browser == null ? null : panels.find(holdId, (String) browser);
        if (anonymous == null || anonymous.isExpired(System.currentTimeMillis())) {
            return null;
        }
        releaseHold.release(holdId, (String) browser);
        try {
            Hold own = placeHold.hold(eventId, Arrays.stream(anonymous.seatIds()).boxed().toList(), account);
            mine.forget(eventId, holdId);
            mine.remember(eventId, Hold.formatId(own.holdId()));
            return own;
        } catch (ApiProblems.ApiProblem taken) {
            return null; // someone was quicker in the moment between release and hold
        }
    }
}
