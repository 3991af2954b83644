package org.ticketgrid.app.reconciliation;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Reconciliation settings ({@code ticketgrid.reconciliation.*}).
 *
 * @param enabled  whether the scheduled job runs on this instance (with the booking-consumer role)
 * @param period   how often it runs
 * @param lookback how far back each scheduled run looks (orders and intents created since)
 * @param grace    how old a state must be before it counts as a mismatch (a webhook may be in flight)
 * @param maxIntents the most intents one run reads from the provider
 */
@Validated
@ConfigurationProperties("ticketgrid.reconciliation")
public record ReconciliationProperties(@DefaultValue("true") boolean enabled,
        @DefaultValue("15m") @NotNull Duration period, @DefaultValue("3d") @NotNull Duration lookback,
        @DefaultValue("10m") @NotNull Duration grace, @DefaultValue("20000") int maxIntents) {
}
