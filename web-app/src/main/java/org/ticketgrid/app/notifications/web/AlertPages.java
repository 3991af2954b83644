package org.ticketgrid.app.notifications.web;

import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.ticketgrid.app.notifications.usecase.NotifyMe;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Ids;

/**
 * The event page's "notify me" box (loaded into a sold-out or not-yet-on-sale event's page): ask to
 * be told when tickets are available, or stop. Signed-out visitors are asked to sign in.
 */
@Controller
class AlertPages {

    private final NotifyMe notifyMe;

    AlertPages(NotifyMe notifyMe) {
        this.notifyMe = notifyMe;
    }

    @GetMapping("/events/{id}/alerts")
    String box(@PathVariable String id, Authentication auth, Model model) {
        UUID eventId = event(id);
        boolean signedIn = auth != null && auth.isAuthenticated() && Ids.orNull(auth.getName()) != null;
        model.addAttribute("eventId", eventId);
        model.addAttribute("signedIn", signedIn);
        model.addAttribute("subscribed", signedIn && notifyMe.subscribed(eventId, Actor.of(auth).id()));
        return "notifications/alert-box :: box";
    }

    @PostMapping("/events/{id}/alerts")
    String subscribe(@PathVariable String id, Authentication auth) {
        UUID eventId = event(id);
        if (auth == null || Ids.orNull(auth.getName()) == null) {
            return "redirect:/signin";
        }
        notifyMe.subscribe(eventId, Actor.of(auth));
        return "redirect:/events/" + eventId + "#alerts";
    }

    /** Unsubscribe (the mail's "stop these mails" link leads to the box with this button). */
    @PostMapping("/events/{id}/alerts/delete")
    String unsubscribe(@PathVariable String id, Authentication auth) {
        UUID eventId = event(id);
        if (auth == null || Ids.orNull(auth.getName()) == null) {
            return "redirect:/signin";
        }
        notifyMe.unsubscribe(eventId, Actor.of(auth));
        return "redirect:/events/" + eventId + "#alerts";
    }

    private static UUID event(String id) {
        UUID eventId = Ids.orNull(id);
        if (eventId == null) {
            throw new ApiProblems.NotFound("event");
        }
        return eventId;
    }
}
