package org.ticketgrid.app.live.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.ticketgrid.app.live.SeatFeed;
import org.ticketgrid.app.platform.Ids;

/** Live seat updates of an event, as server-sent events. */
@RestController
@RequestMapping("/api/v1")
class LiveApi {

    private final SeatFeed feed;

    LiveApi(SeatFeed feed) {
        this.feed = feed;
    }

    @Operation(summary = "Live seat updates of an event (server-sent events)", description = """
            Public. First one `availability` event per ticket type, then as seats change: `seat` \
            `{seatId, status}` (AVAILABLE, RESERVED, BOOKED) for seated sections, `section` \
            `{sectionId, available, capacity}` for general-admission areas, and `availability` \
            `{ticketTypeId, available, held, sold}`. Changes are gathered for about 250 ms and sent as \
            differences; a comment line every 15 s keeps idle streams open. 404 for an unknown or \
            draft event; 503 `too-many-subscribers` (with Retry-After) when this server follows \
            as many streams as it may.""")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE))
    // No 'produces': a refusal (404, 503) must still be rendered as problem+json.
    @GetMapping("/events/{eventId}/stream")
    SseEmitter stream(@PathVariable String eventId, HttpServletResponse response) {
        SseEmitter emitter = feed.subscribe(Ids.uuid(eventId, "event"));
        // nginx and other proxies must pass events on at once, not buffer them.
        response.setHeader("X-Accel-Buffering", "no");
        response.setHeader("Cache-Control", "no-cache");
        return emitter;
    }
}
