package org.ticketgrid.app.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code ticketgrid.*} setting, with local defaults; each can be given as an environment
 * variable ({@code TICKETGRID_HOLDS_DURATION=30s}).
 */
@Validated
@ConfigurationProperties("ticketgrid")
public record TicketGridProperties(@Valid @NotNull Grid grid, @Valid @NotNull Search search,
        @Valid @NotNull Holds holds, @Valid @NotNull Payments payments, @Valid @NotNull DemoData demoData) {

    public TicketGridProperties(@DefaultValue Grid grid, @DefaultValue Search search, @DefaultValue Holds holds,
            @DefaultValue Payments payments, @DefaultValue DemoData demoData) {
        this.grid = grid;
        this.search = search;
        this.holds = holds;
        this.payments = payments;
        this.demoData = demoData;
    }

    /** The Hazelcast cluster this app is a client of. */
    public record Grid(@DefaultValue("ticketgrid") @NotBlank String clusterName,
            @DefaultValue("127.0.0.1:5701") @NotEmpty List<String> members,
            @DefaultValue("120s") @NotNull Duration connectTimeout) {
    }

    /** Elasticsearch, the search read model. */
    public record Search(@DefaultValue("http://127.0.0.1:9200") @NotBlank String elasticsearchUrl,
            @DefaultValue("events") @NotBlank String index) {
    }

    /**
     * Seat holds. {@code maxSeats}: seats in one hold. {@code maxPerAccountPerEvent}: seats one
     * account may have at one event at a time, counting every live hold and every seat it bought
     * ({@code TICKETGRID_HOLDS_MAX_PER_ACCOUNT_PER_EVENT}). {@code offerCacheTtl}: how long an
     * instance may reuse an event's sale terms (prices, sections, status) on the hold path before
     * reading them again; a status change made through this instance evicts at once, others see it
     * within the TTL.
     */
    public record Holds(@DefaultValue("5m") @NotNull Duration duration,
            @DefaultValue("8") @Min(1) @Max(100) int maxSeats,
            @DefaultValue("8") @Min(1) @Max(100_000) int maxPerAccountPerEvent,
            @DefaultValue("2s") @NotNull Duration offerCacheTtl) {
    }

    /** The payment provider (Stripe, or the sandbox offline). */
    public record Payments(@DefaultValue("http://127.0.0.1:12111") @NotBlank String apiBase,
            @DefaultValue("true") boolean sandbox) {
    }

    /** Demo catalog loaded once by {@code ./ticketing up}. */
    public record DemoData(@DefaultValue("false") boolean enabled) {
    }
}
