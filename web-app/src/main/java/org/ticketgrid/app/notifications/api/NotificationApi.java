package org.ticketgrid.app.notifications.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.ticketgrid.app.notifications.persistence.Notifications;
import org.ticketgrid.app.notifications.usecase.LiveNotifications;
import org.ticketgrid.app.notifications.usecase.NotificationCentre;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Ids;

/** The signed-in buyer's notifications: the list, marking read, and the live stream. */
@RestController
@RequestMapping("/api/v1/me/notifications")
@Tag(name = "Notifications", description = "In-app notifications of the signed-in account")
class NotificationApi {

    record Item(String id, String kind, String title, String body, String link, Instant createdAt, Instant readAt) {
        static Item of(Notifications.Row r) {
            return new Item(r.id().toString(), r.kind(), r.title(), r.body(), r.link(), r.createdAt(), r.readAt());
        }
    }

    record Page(List<Item> items, long unread) {
    }

    private final NotificationCentre centre;
    private final LiveNotifications live;

    NotificationApi(NotificationCentre centre, LiveNotifications live) {
        this.centre = centre;
        this.live = live;
    }

    @GetMapping
    @Operation(summary = "My notifications", description = "Newest first (at most 100); unread=true lists only "
            + "unread ones. kind is one of ORDER_CONFIRMED, ORDER_CANCELLED, REFUNDED, EVENT_CANCELLED, "
            + "EVENT_RESCHEDULED, TICKETS_AVAILABLE, YOUR_TURN; unread is the account's unread count.")
    Page list(@RequestParam(defaultValue = "false") boolean unread, Authentication auth) {
        NotificationCentre.View view = centre.list(Actor.of(auth), unread);
        return new Page(view.items().stream().map(Item::of).toList(), view.unread());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark a notification read", description = "Idempotent.")
    @ApiResponse(responseCode = "204", description = "Read")
    @ApiResponse(responseCode = "404", description = "No such notification of yours (problem+json)")
    ResponseEntity<Void> read(@PathVariable String id, Authentication auth) {
        UUID notification = Ids.orNull(id);
        if (notification == null
                || centre.read(Actor.of(auth), notification) instanceof NotificationCentre.ReadOutcome.NotFound) {
            throw new ApiProblems.NotFound("notification");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live notifications", description = "Server-sent events: first `unread` {unread}, then a "
            + "`notification` event {id, kind, title, body, link, createdAt, readAt, unread} for each new one, "
            + "whichever web app instance the stream is connected to.")
    SseEmitter stream(Authentication auth) {
        return live.subscribe(Actor.of(auth).id());
    }
}
