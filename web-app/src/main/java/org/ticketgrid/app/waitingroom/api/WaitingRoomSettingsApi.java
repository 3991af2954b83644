package org.ticketgrid.app.waitingroom.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.ticketgrid.app.platform.Ids;
import org.ticketgrid.app.waitingroom.usecase.QueueDraws;
import org.ticketgrid.app.waitingroom.usecase.RoomTerms;
import org.ticketgrid.app.waitingroom.usecase.WaitingRoomAdmin;

/** A merchant's waiting-room settings of an event, and its live figures. */
@RestController
@RequestMapping("/api/v1/merchant/events/{eventId}/waiting-room")
class WaitingRoomSettingsApi {

    record SettingsRequest(Instant waitingRoomOpensAt, @Min(1) @Max(1_000_000) Integer admissionsPerMinute,
            @Min(1) @Max(3600) Integer admissionWindowSeconds) {
    }

    record SettingsResponse(String eventId, boolean highDemand, Instant waitingRoomOpensAt, Instant salesOpenAt,
            int admissionsPerMinute, long admissionWindowSeconds, QueueDraws.Figures queue) {

        static SettingsResponse of(RoomTerms t, QueueDraws.Figures figures) {
            return new SettingsResponse(t.eventId().toString(), t.highDemand(), t.opensAt(), t.salesOpenAt(),
                    t.admissionsPerMinute(), t.window().toSeconds(), figures);
        }
    }

    private final WaitingRoomAdmin admin;

    WaitingRoomSettingsApi(WaitingRoomAdmin admin) {
        this.admin = admin;
    }

    @Operation(summary = "Waiting-room settings and live figures of an event (its merchant or an admin)")
    @GetMapping
    SettingsResponse get(@PathVariable String eventId, Authentication principal) {
        UUID event = Ids.uuid(eventId, "event");
        WaitingRoomAdmin.Snapshot s = admin.snapshot(event, principal);
        return SettingsResponse.of(s.terms(), s.figures());
    }

    @Operation(summary = "Change an event's waiting-room settings", description = """
            `waitingRoomOpensAt` (null: 30 minutes before sales open), `admissionsPerMinute` (the \
            cap on admissions per minute), `admissionWindowSeconds` (how long an admitted buyer has \
            to hold seats, default 180). Null fields fall back to the platform defaults. 404 unless \
            the caller owns the event (or is an admin).""")
    @PutMapping
    SettingsResponse put(@PathVariable String eventId, @Valid @RequestBody SettingsRequest request,
            Authentication principal) {
        UUID event = Ids.uuid(eventId, "event");
        WaitingRoomAdmin.Snapshot s = admin.change(event, principal, request.waitingRoomOpensAt(),
                request.admissionsPerMinute(), request.admissionWindowSeconds());
        return SettingsResponse.of(s.terms(), s.figures());
    }
}
