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
        @Valid @NotNull Holds holds, @Valid @NotNull Payments payments, @Valid @NotNull DemoData demoData,
        @Valid @NotNull Live live) {

    public TicketGridProperties(@DefaultValue Grid grid, @DefaultValue Search search, @DefaultValue Holds holds,
            @DefaultValue Payments payments, @DefaultValue DemoData demoData, @DefaultValue Live live) {
        this.grid = grid;
        this.search = search;
        this.holds = holds;
        this.payments = payments;
        this.demoData = demoData;
        this.live = live;
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

    /** Seat holds. */
    /**
     * Seat holds. {@code offerCacheTtl}: how long an instance may reuse an event's sale terms
     * (prices, sections, status) on the hold path before reading them again; a status change made
     * through this instance evicts at once, others see it within the TTL.
     */
    public record Holds(@DefaultValue("5m") @NotNull Duration duration,
            // Seats one account may have at one event at a time, live holds and bought seats
            // counted (TICKETGRID_HOLDS_MAX_PER_ACCOUNT_PER_EVENT); maxSeats is per hold.
            @DefaultValue("8") @Min(1) @Max(100_000) int maxPerAccountPerEvent,
            @DefaultValue("8") @Min(1) @Max(100) int maxSeats,
            @DefaultValue("2s") @NotNull Duration offerCacheTtl) {
    }

    /** The payment provider (Stripe, or the sandbox offline). */
    public record Payments(@DefaultValue("http://127.0.0.1:12111") @NotBlank String apiBase,
            @DefaultValue("true") boolean sandbox) {
    }

    /**
     * Live seat maps over server-sent events ({@code TICKETGRID_LIVE_*}). {@code maxSubscribers}:
     * open streams one instance serves (more get 503); {@code coalesce}: how long changes of one
     * event are gathered before they are read back and sent; {@code heartbeat}: how often an idle
     * stream gets a comment (keeps proxies from closing it, finds clients that left);
     * {@code resync}: how often an event with subscribers is read back even without a change;
     * {@code timeout}: a stream's longest life (the browser reconnects by itself).
     */
    public record Live(@DefaultValue("5000") @Min(1) int maxSubscribers,
            @DefaultValue("250ms") @NotNull Duration coalesce,
            @DefaultValue("15s") @NotNull Duration heartbeat,
            @DefaultValue("30s") @NotNull Duration resync,
            @DefaultValue("30m") @NotNull Duration timeout) {
    }

    /** Demo catalog loaded once by {@code ./ticketing up}. */
    public record DemoData(@DefaultValue("false") boolean enabled) {
    }
}
