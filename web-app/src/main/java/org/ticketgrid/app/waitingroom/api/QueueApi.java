package org.ticketgrid.app.waitingroom.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Ids;
import org.ticketgrid.app.waitingroom.usecase.JoinOutcome;
import org.ticketgrid.app.waitingroom.usecase.QueueDraws;
import org.ticketgrid.app.waitingroom.usecase.QueueStreams;
import org.ticketgrid.app.waitingroom.usecase.QueueView;
import org.ticketgrid.app.waitingroom.usecase.WaitingRoom;

/** The waiting room of high-demand events: join, look, leave, follow live, and the published draw. */
@RestController
@RequestMapping("/api/v1")
class QueueApi {

    record JoinResponse(String queueTicketId, String eventId, long number, Long position, String state) {
    }

    record StatusResponse(String queueTicketId, String eventId, String state, Long position, Long aheadOfYou,
            Long estimatedWaitSeconds, String admissionToken, Instant admittedUntil) {

        static StatusResponse of(QueueView v) {
            return new StatusResponse(v.queueTicketId(), v.eventId(), v.state().name(), v.position(), v.aheadOfYou(),
                    v.estimatedWaitSeconds(), v.admissionToken(), v.admittedUntil());
        }
    }

    private final WaitingRoom room;
    private final QueueStreams streams;
    private final QueueDraws draws;

    QueueApi(WaitingRoom room, QueueStreams streams, QueueDraws draws) {
        this.room = room;
        this.streams = streams;
        this.draws = draws;
    }

    @Operation(summary = "Join the waiting room of a high-demand event", description = """
            Signed-in accounts only; one place per account and event: joining again answers 200 with \
            the place the account already has (a place given up or lapsed is replaced by a new one at \
            the back). Before sales open the place is in the pre-queue (`PREQUEUE`, `position` null) \
            until the seeded draw at opening. 409 `no-waiting-room` (not a high-demand event), \
            `sold-out`, `waiting-room-not-open` (with `opensAt`), `sales-closed`; 429 when this \
            client address joined too often (`Retry-After`); 404 for an unknown or draft event.""")
    @PostMapping("/events/{eventId}/queue")
    ResponseEntity<JoinResponse> join(@PathVariable String eventId, Principal principal, HttpServletRequest request) {
        JoinOutcome outcome = room.join(Ids.uuid(eventId, "event"), principal.getName(), request.getRemoteAddr());
        return switch (outcome) {
            case JoinOutcome.Joined joined -> {
                QueueView v = joined.view();
                JoinResponse body = new JoinResponse(v.queueTicketId(), v.eventId(), v.number(), v.position(),
                        v.state().name());
                yield joined.created()
                        ? ResponseEntity.created(URI.create("/api/v1/queue/" + v.queueTicketId())).body(body)
                        : ResponseEntity.ok(body);
            }
            case JoinOutcome.NoWaitingRoom n -> throw new ApiProblems.Conflict("no-waiting-room",
                    "This event has no waiting room: hold seats directly.", Map.of());
            case JoinOutcome.SoldOut s -> throw new ApiProblems.Conflict("sold-out", "This event is sold out.",
                    Map.of());
            case JoinOutcome.Closed c -> throw new ApiProblems.Conflict("sales-closed",
                    "Sales for this event are over.", Map.of());
            case JoinOutcome.NotOpenYet n -> throw new ApiProblems.Conflict("waiting-room-not-open",
                    "The waiting room opens at " + n.opensAt() + ".", Map.of("opensAt", n.opensAt().toString()));
            case JoinOutcome.Throttled t -> throw new ApiProblems.TooManyRequests(t.retryAfterSeconds());
        };
    }

    @Operation(summary = "A place in the waiting room (its owner only)", description = """
            `state`: PREQUEUE, WAITING, ADMITTED, EXPIRED, LEFT, SOLD_OUT. `position` 1 is next; \
            `admissionToken` and `admittedUntil` only while ADMITTED: send the token as header \
            `X-Admission-Token` when holding seats. Asking counts as being there: a place neither \
            polled nor streamed for `ticketgrid.waiting-room.lapse` (2 minutes) lapses (EXPIRED). \
            404 for an unknown place or someone else's.""")
    @GetMapping("/queue/{queueTicketId}")
    StatusResponse status(@PathVariable String queueTicketId, Principal principal) {
        return room.status(queueTicketId, principal.getName()).map(StatusResponse::of)
                .orElseThrow(() -> new ApiProblems.NotFound("queue ticket"));
    }

    @Operation(summary = "Give up a place", description = "204; 404 for an unknown place or someone else's.")
    @DeleteMapping("/queue/{queueTicketId}")
    ResponseEntity<Void> leave(@PathVariable String queueTicketId, Principal principal) {
        if (!room.leave(queueTicketId, principal.getName())) {
            throw new ApiProblems.NotFound("queue ticket");
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Follow a place live (server-sent events)", description = """
            `position` `{position, aheadOfYou, estimatedWaitSeconds, state}` at once and whenever it \
            changes; `admitted` `{admissionToken, admittedUntil}`; `expired` (then the stream ends); \
            `sold-out`; `reopened` (seats came back, the line moves again). An open stream keeps the \
            place from lapsing. 404 for an unknown place or someone else's.""")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE))
    @GetMapping("/queue/{queueTicketId}/stream")
    SseEmitter stream(@PathVariable String queueTicketId, Principal principal, HttpServletResponse response) {
        SseEmitter emitter = streams.subscribe(queueTicketId, principal.getName())
                .orElseThrow(() -> new ApiProblems.NotFound("queue ticket"));
        response.setHeader("X-Accel-Buffering", "no");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        return emitter;
    }

    @Operation(summary = "The published pre-queue draw", description = """
            Public. `{seed, drawnAt, participants, algorithm}`: pre-queue numbers 1..participants (in \
            order of arrival) were shuffled with the algorithm named (see README "Waiting room": \
            Fisher-Yates driven by SHA-256(seed || counter)); `./ticketing draw <eventId>` re-runs it. \
            404 before the draw (or for an event without one).""")
    @GetMapping("/events/{eventId}/queue/draw")
    QueueDraws.Draw draw(@PathVariable String eventId) {
        return draws.of(Ids.uuid(eventId, "event")).orElseThrow(() -> new ApiProblems.NotFound("draw"));
    }

}
