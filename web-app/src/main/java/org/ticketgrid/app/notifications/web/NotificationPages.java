package org.ticketgrid.app.notifications.web;

import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ticketgrid.app.notifications.persistence.DeadLetters;
import org.ticketgrid.app.notifications.usecase.LiveNotifications;
import org.ticketgrid.app.notifications.usecase.NotificationCentre;
import org.ticketgrid.app.notifications.usecase.ResendDeadLetter;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Ids;

/**
 * The notification centre's pages: {@code /notifications} (the list, links, mark read), the
 * session-cookie live stream the header's bell follows ({@code /notifications/stream}), and the
 * admin's dead-letter view with its resend button ({@code /admin/notifications}).
 */
@Controller
class NotificationPages {

    private final NotificationCentre centre;
    private final LiveNotifications live;
    private final DeadLetters deadLetters;
    private final ResendDeadLetter resend;

    NotificationPages(NotificationCentre centre, LiveNotifications live, DeadLetters deadLetters,
            ResendDeadLetter resend) {
        this.centre = centre;
        this.live = live;
        this.deadLetters = deadLetters;
        this.resend = resend;
    }

    @GetMapping("/notifications")
    String list(Authentication auth, Model model) {
        model.addAttribute("view", centre.list(Actor.of(auth), false));
        return "notifications/list";
    }

    @GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(Authentication auth) {
        return live.subscribe(Actor.of(auth).id());
    }

    /** Marks one read and follows its link (the list's "open" button), or back to the list. */
    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable String id, Authentication auth) {
        UUID notification = Ids.orNull(id);
        if (notification == null
                || centre.read(Actor.of(auth), notification) instanceof NotificationCentre.ReadOutcome.NotFound) {
            throw new ApiProblems.NotFound("notification");
        }
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(Authentication auth) {
        centre.readAll(Actor.of(auth));
        return "redirect:/notifications";
    }

    @GetMapping("/admin/notifications")
    String deadLetters(Model model) {
        model.addAttribute("letters", deadLetters.newestFirst(200));
        return "notifications/admin";
    }

    @PostMapping("/admin/notifications/{id}/resend")
    String resend(@PathVariable String id, RedirectAttributes flash) {
        UUID notification = Ids.orNull(id);
        if (notification == null) {
            throw new ApiProblems.NotFound("notification");
        }
        ResendDeadLetter.Outcome outcome = resend.resend(notification);
        flash.addFlashAttribute("message", outcome == ResendDeadLetter.Outcome.QUEUED
                ? "The mail is on its way again." : "That mail was not waiting for a resend.");
        return "redirect:/admin/notifications";
    }
}
