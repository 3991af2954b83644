package org.ticketgrid.app.checkin.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.ticketgrid.app.checkin.usecase.CheckIn;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.Ids;

/** Scanners at the gate. */
@RestController
@Tag(name = "Check-in", description = "Letting ticket holders in at the door, once per ticket")
class CheckInApi {

    record CheckInRequest(@Schema(description = "The ticket's code as scanned from its QR code, or typed from"
            + " the ticket (dashes, spaces and case do not matter)") String code) {
    }

    record CheckInResponse(UUID ticketId, String place, String ticketType, Instant checkedInAt) {
    }

    private final CheckIn checkIn;

    CheckInApi(CheckIn checkIn) {
        this.checkIn = checkIn;
    }

    @PostMapping("/api/v1/events/{id}/checkins")
    @Operation(summary = "Let a ticket holder in",
            description = "The event's merchant or an admin. A ticket admits once: of two scans of the same code,"
                    + " even at the same moment at two gates, one answers 200 and the other 409"
                    + " already-checked-in (with checkedInAt).")
    @ApiResponse(responseCode = "200", description = "Let the holder in")
    @ApiResponse(responseCode = "400", description = "invalid-code: not a ticket code")
    @ApiResponse(responseCode = "403", description = "not-your-event")
    @ApiResponse(responseCode = "404", description = "unknown-ticket: no ticket of this event has this code"
            + " (another event's ticket included); or no such event")
    @ApiResponse(responseCode = "409", description = "already-checked-in, ticket-void (refunded), ticket-not-paid")
    CheckInResponse checkIn(@PathVariable String id, @RequestBody(required = false) CheckInRequest body,
            Authentication caller) {
        CheckIn.Admitted admitted = checkIn.admit(Ids.uuid(id, "event"), body == null ? null : body.code(),
                Actor.of(caller));
        return new CheckInResponse(admitted.ticketId(), admitted.place(), admitted.ticketType(),
                admitted.checkedInAt());
    }
}
