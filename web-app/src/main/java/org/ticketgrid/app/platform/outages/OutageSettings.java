package org.ticketgrid.app.platform.outages;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How outages are answered ({@code TICKETGRID_OUTAGES_RETRY_AFTER}): the {@code Retry-After} a
 * client is given while a backing service is away (about how long a restarted service and the
 * client's reconnection take).
 */
@Validated
@ConfigurationProperties("ticketgrid.outages")
public record OutageSettings(@DefaultValue("5s") @NotNull Duration retryAfter) {
}
