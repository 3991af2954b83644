package org.ticketgrid.app.notifications.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.ticketgrid.app.notifications.usecase.NotifyMe;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Ids;

/** "Notify me": ask to be told when tickets of an event become available. */
@RestController
@RequestMapping("/api/v1/events/{eventId}/alerts")
@Tag(name = "Notifications")
class AlertApi {

    record AlertResponse(String alertId) {
    }

    private final NotifyMe notifyMe;

    AlertApi(NotifyMe notifyMe) {
        this.notifyMe = notifyMe;
    }

    @PostMapping
    @Operation(summary = "Tell me when tickets are available", description = "For a sold-out event (or one whose "
            + "sales have not opened). Idempotent per account and event: asking again answers the same alertId. When "
            + "seats come back, subscribers are told in the order they asked, as many as seats came back, by email "
            + "and in-app (kind TICKETS_AVAILABLE).")
    @ApiResponse(responseCode = "201", description = "Subscribed")
    @ApiResponse(responseCode = "404", description = "No such event (problem+json)")
    @ApiResponse(responseCode = "409", description = "The event is cancelled or over: code event-closed")
    ResponseEntity<AlertResponse> subscribe(@PathVariable String eventId, Authentication auth) {
        return switch (notifyMe.subscribe(event(eventId), Actor.of(auth))) {
            case NotifyMe.Outcome.Subscribed s -> ResponseEntity.status(HttpStatus.CREATED)
                    .body(new AlertResponse(s.alertId().toString()));
            case NotifyMe.Outcome.Closed c -> throw new ApiProblems.Conflict("event-closed",
                    "This event is " + c.status().toLowerCase(java.util.Locale.ROOT)
                            + ": no tickets will become available.", Map.of("status", c.status()));
        };
    }

    @DeleteMapping
    @Operation(summary = "Stop telling me", description = "Idempotent.")
    @ApiResponse(responseCode = "204", description = "Unsubscribed")
    ResponseEntity<Void> unsubscribe(@PathVariable String eventId, Authentication auth) {
        notifyMe.unsubscribe(event(eventId), Actor.of(auth));
        return ResponseEntity.noContent().build();
    }

    private static UUID event(String id) {
        UUID eventId = Ids.orNull(id);
        if (eventId == null) {
            throw new ApiProblems.NotFound("event");
        }
        return eventId;
    }
}
