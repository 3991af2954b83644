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
        @Valid @NotNull Live live, @NotNull List<String> roles) {

    /** The process role that runs the booking consumers (Kafka); see {@link #runs(String)}. */
    public static final String BOOKING_CONSUMER = "booking-consumer";

    public TicketGridProperties(@DefaultValue Grid grid, @DefaultValue Search search, @DefaultValue Holds holds,
            @DefaultValue Payments payments, @DefaultValue DemoData demoData, @DefaultValue Live live,
            @DefaultValue({"web", BOOKING_CONSUMER}) List<String> roles) {
        this.grid = grid;
        this.search = search;
        this.holds = holds;
        this.payments = payments;
        this.demoData = demoData;
        this.live = live;
        this.roles = roles;
    }

    /**
     * Whether this process plays {@code role} ({@code ticketgrid.roles=web,booking-consumer}, env
     * {@code TICKETGRID_ROLES}): one box runs every role, a cluster runs each where it is needed.
     */
    public boolean runs(String role) {
        return roles.contains(role);
    }

    /**
     * The Hazelcast cluster this app is a client of. The client never gives up reconnecting;
     * {@code invocationTimeout} bounds how long one grid call may take before the request is
     * answered 503, {@code maxReconnectBackoff} how long a returned grid may wait for the client.
     */
    public record Grid(@DefaultValue("ticketgrid") @NotBlank String clusterName,
            @DefaultValue("127.0.0.1:5701") @NotEmpty List<String> members,
            @DefaultValue("5s") @NotNull Duration invocationTimeout,
            @DefaultValue("2s") @NotNull Duration maxReconnectBackoff) {
    }

    /** Elasticsearch, the search read model. */
    public record Search(@DefaultValue("http://127.0.0.1:9200") @NotBlank String elasticsearchUrl,
            @DefaultValue("events") @NotBlank String index) {
    }

    /**
     * Seat holds. {@code offerCacheTtl}: how long an event's sale terms (prices, sections, status)
     * may be reused from the catalog cache on the hold path before they are read again. A change
     * evicts them on every instance at once through the grid; the TTL is only a safety net.
     */
    public record Holds(@DefaultValue("5m") @NotNull Duration duration,
            // Seats one account may have at one event at a time, live holds and bought seats
            // counted (TICKETGRID_HOLDS_MAX_PER_ACCOUNT_PER_EVENT); maxSeats is per hold.
            @DefaultValue("8") @Min(1) @Max(100_000) int maxPerAccountPerEvent,
            @DefaultValue("8") @Min(1) @Max(100) int maxSeats,
            @DefaultValue("30s") @NotNull Duration offerCacheTtl) {
    }

    /**
     * The payment provider (Stripe, or the sandbox offline) and the booking flow around it. Keys
     * and the webhook secret default to the local sandbox's; production gives Stripe's through
     * {@code TICKETGRID_PAYMENTS_SECRET_KEY}, {@code _PUBLISHABLE_KEY}, {@code _WEBHOOK_SECRET}.
     *
     * @param webhookTolerance  how old a webhook signature may be (Stripe's default: 5 minutes)
     * @param checkoutExtension how long a hold is frozen from checkout while the buyer pays ...
     * @param holdCap           ... but never past this long after the hold was placed
     * @param bookingMargin     how far the booking consumer pushes the hold out before it writes
     *                          the order, so the seats cannot lapse between its steps
     * @param expiryGrace       how long past the hold's expiry an unpaid order waits before it is
     *                          EXPIRED (a webhook in flight gets this long to land)
     * @param expirySweepPeriod how often each instance looks for unpaid orders to expire
     * @param scope             names this deployment in its PaymentIntents' metadata; webhooks, the
     *                          booking consumer and the expiry sweeper act only on their own scope's
     *                          orders, so deployments sharing a provider account (or, in development,
     *                          a database) leave each other's payments alone
     */
    public record Payments(@DefaultValue("http://127.0.0.1:12111") @NotBlank String apiBase,
            @DefaultValue("true") boolean sandbox,
            @DefaultValue("sk_test_ticketgrid_local") @NotBlank String secretKey,
            @DefaultValue("pk_test_ticketgrid_local") @NotBlank String publishableKey,
            @DefaultValue("whsec_ticketgrid_local") @NotBlank String webhookSecret,
            @DefaultValue("5m") @NotNull Duration webhookTolerance,
            @DefaultValue("10m") @NotNull Duration checkoutExtension,
            @DefaultValue("15m") @NotNull Duration holdCap,
            @DefaultValue("2m") @NotNull Duration bookingMargin,
            @DefaultValue("30s") @NotNull Duration expiryGrace,
            @DefaultValue("5s") @NotNull Duration expirySweepPeriod,
            @DefaultValue("ticketgrid") @NotBlank String scope,
            @Valid @NotNull @DefaultValue Streams streams) {
    }

    /**
     * The Kafka streams of payment events: one for normal events and one for high-demand events,
     * each with its own consumer group, so one on-sale cannot starve the others.
     */
    public record Streams(@DefaultValue("ticketgrid.payments") @NotBlank String topic,
            @DefaultValue("ticketgrid-booking") @NotBlank String group,
            @DefaultValue("3") @Min(1) int partitions,
            @DefaultValue("ticketgrid.payments.high-demand") @NotBlank String highDemandTopic,
            @DefaultValue("ticketgrid-booking-high-demand") @NotBlank String highDemandGroup,
            @DefaultValue("6") @Min(1) int highDemandPartitions,
            @DefaultValue("6") @Min(1) @Max(64) int concurrency) {
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
