package org.ticketgrid.app.refunds;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Refund settings ({@code ticketgrid.refunds.*}, e.g. {@code TICKETGRID_REFUNDS_CUSTOMERWINDOW=72h}).
 *
 * @param customerWindow a buyer may refund their own order until this long before the event starts
 * @param retryAfter     a refund still unfinished after this long is finished by the sweeper
 * @param sweepPeriod    how often the sweeper looks
 */
@Validated
@ConfigurationProperties("ticketgrid.refunds")
public record RefundProperties(@DefaultValue("48h") @NotNull Duration customerWindow,
        @DefaultValue("30s") @NotNull Duration retryAfter, @DefaultValue("10s") @NotNull Duration sweepPeriod) {
}
