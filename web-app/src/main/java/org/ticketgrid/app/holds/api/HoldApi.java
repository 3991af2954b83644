package org.ticketgrid.app.holds.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.ticketgrid.app.holds.usecase.PlaceHold;
import org.ticketgrid.app.holds.usecase.ReleaseHold;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Ids;
import org.ticketgrid.app.waitingroom.usecase.AdmissionGate;
import org.ticketgrid.holds.Hold;

/** Seat holds: create, read, release. */
@RestController
@RequestMapping("/api/v1")
class HoldApi {

    /** Either chosen seats, or a quantity of a general-admission ticket type. */
    record HoldRequest(@Size(max = 1000) List<Long> seatIds, UUID ticketTypeId, Integer quantity) {
    }

    record HoldResponse(String holdId, String eventId, String status, Instant expiresAt, List<String> seats,
            long totalCents, String currency) {

        static HoldResponse of(Hold hold) {
            return new HoldResponse(Hold.formatId(hold.holdId()), hold.eventId(),
                    hold.isExpired(System.currentTimeMillis()) ? "EXPIRED" : "ACTIVE",
                    Instant.ofEpochMilli(hold.expiresAt()),
                    Arrays.stream(hold.seatIds()).mapToObj(Long::toString).toList(), hold.totalCents(),
                    hold.currency());
        }
    }

    private final PlaceHold placeHold;
    private final ReleaseHold releaseHold;
    private final AdmissionGate admissionGate;

    HoldApi(PlaceHold placeHold, ReleaseHold releaseHold, AdmissionGate admissionGate) {
        this.placeHold = placeHold;
        this.releaseHold = releaseHold;
        this.admissionGate = admissionGate;
    }

    @Operation(summary = "Hold seats for five minutes", description = """
            Either `seatIds` (chosen seats, all or nothing) or `ticketTypeId` with `quantity` \
            (general admission). Refusals are problem+json with a stable `code`: 409 \
            `seats-taken` (with `takenSeatIds`), `sold-out`, `not-on-sale`, `sales-not-open`, \
            `sales-closed` (the event has started: online sales close then), \
            `hold-limit-reached` (the account would have more than \
            `ticketgrid.holds.max-per-account-per-event` seats at this event, live holds and \
            bought seats counted; with `maxPerAccountPerEvent`, `used`, `requested`); 400 \
            `no-seats`, `too-many-seats` (more than `ticketgrid.holds.max-seats` in one hold), \
            `duplicate-seat`, `unknown-seat`, `invalid-quantity`, `unknown-ticket-type`, \
            `invalid-request`; 404 for an unknown or draft event. A high-demand event needs header \
            `X-Admission-Token` with the caller's own live admission token from its waiting room: \
            missing, forged, expired, someone else's, or already used for a purchase: 403 \
            `not-admitted`, checked before anything is held.""")
    @PostMapping("/events/{eventId}/holds")
    ResponseEntity<HoldResponse> hold(@PathVariable String eventId, @Valid @RequestBody HoldRequest request,
            Principal principal, @RequestHeader(value = "X-Admission-Token", required = false) String admission) {
        UUID event = Ids.uuid(eventId, "event");
        if (admissionGate.enter(event, account(principal), admission) instanceof AdmissionGate.NotAdmitted) {
            throw new ApiProblems.Forbidden("not-admitted",
                    "Holding seats at this event needs your own live admission token from its waiting room.");
        }
        Hold hold;
        if (request.seatIds() != null && request.ticketTypeId() == null && request.quantity() == null) {
            hold = placeHold.hold(event, request.seatIds(), account(principal));
        } else if (request.seatIds() == null && request.ticketTypeId() != null && request.quantity() != null) {
            hold = placeHold.holdQuantity(event, request.ticketTypeId(), request.quantity(), account(principal));
        } else {
            throw new ApiProblems.InvalidRequest("invalid-request",
                    "Send either seatIds, or ticketTypeId with quantity.");
        }
        return ResponseEntity.created(URI.create("/api/v1/holds/" + Hold.formatId(hold.holdId())))
                .body(HoldResponse.of(hold));
    }

    @GetMapping("/holds/{holdId}")
    HoldResponse get(@PathVariable String holdId, Principal principal) {
        return HoldResponse.of(releaseHold.find(holdId, account(principal)));
    }

    @Operation(summary = "Release a hold", description = """
            204: the seats are free at once, the account's count is given back, and every live \
            seat map hears of it. 404 for an unknown hold or someone else's.""")
    @DeleteMapping("/holds/{holdId}")
    ResponseEntity<Void> release(@PathVariable String holdId, Principal principal) {
        releaseHold.release(holdId, account(principal));
        return ResponseEntity.noContent().build();
    }

    /** The buyer: holds need a signed-in account (the security chain), whose name is its user id. */
    private static String account(Principal principal) {
        return principal.getName();
    }
}
