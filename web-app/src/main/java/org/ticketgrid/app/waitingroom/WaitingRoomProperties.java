package org.ticketgrid.app.waitingroom;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the waiting room ({@code ticketgrid.waiting-room.*}, env {@code TICKETGRID_WAITING_ROOM_*}).
 *
 * @param tokenSecret          HMAC key of admission tokens; the development default is refused when
 *                             the {@code production} profile is active ({@code TICKETGRID_WAITING_ROOM_TOKEN_SECRET})
 * @param window               default admission window: how long an admitted buyer has to hold seats
 * @param admissionsPerMinute  default admission rate cap per event
 * @param lapse                a place not polled or streamed for this long is given up
 * @param seenRefresh          how often a poll or stream refreshes "last seen" (fewer grid writes)
 * @param tick                 how often the admission loop runs each event's queue
 * @param leaseTtl             how long a loop's lease on an event lasts without renewal
 * @param seatsPerBuyer        seats an admitted buyer is expected to take, to size admissions
 * @param prequeueLead         default opening of the waiting room before sales open
 * @param joinsPerAddress      joins one client address may make per {@code joinPeriod}
 * @param joinPeriod           the throttle's refill period
 * @param missingTicketSkip    a number whose place was never written (a join that died half-way)
 *                             is skipped after this long
 */
@Validated
@ConfigurationProperties("ticketgrid.waiting-room")
public record WaitingRoomProperties(
        @DefaultValue(WaitingRoomProperties.DEV_SECRET) @NotBlank String tokenSecret,
        @DefaultValue("3m") @NotNull Duration window,
        @DefaultValue("600") @Min(1) @Max(1_000_000) int admissionsPerMinute,
        @DefaultValue("2m") @NotNull Duration lapse,
        @DefaultValue("20s") @NotNull Duration seenRefresh,
        @DefaultValue("500ms") @NotNull Duration tick,
        @DefaultValue("5s") @NotNull Duration leaseTtl,
        @DefaultValue("2") @Min(1) @Max(100) int seatsPerBuyer,
        @DefaultValue("30m") @NotNull Duration prequeueLead,
        @DefaultValue("20") @Min(1) long joinsPerAddress,
        @DefaultValue("1m") @NotNull Duration joinPeriod,
        @DefaultValue("10s") @NotNull Duration missingTicketSkip) {

    /** The development key: fine on a laptop, refused in production. */
    public static final String DEV_SECRET = "dev-only-waiting-room-secret-do-not-use-in-production";
}
