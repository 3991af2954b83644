package org.ticketgrid.app.holds.usecase;

import com.hazelcast.map.IMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.TicketGridProperties;
import org.ticketgrid.holds.quota.HoldQuota;
import org.ticketgrid.holds.quota.QuotaKey;
import org.ticketgrid.holds.quota.QuotaOutcome;
import org.ticketgrid.holds.quota.ep.ChangeQuotaProcessor;
import org.ticketgrid.holds.quota.ep.ReleaseQuotaProcessor;
import org.ticketgrid.holds.quota.ep.ReserveQuotaProcessor;

/**
 * The per-account, per-event seat limit ({@code ticketgrid.holds.max-per-account-per-event}):
 * every live hold of an account at an event, and every seat it bought there, counts in one grid
 * entry that only entry processors change, so parallel requests of one account are decided one
 * after the other on that entry's partition thread. Holds stop counting at their expiry by
 * timestamp (no process needs to run), at release, or at a refund; bought seats count for good.
 */
@Service
public class HoldLimits {

    private final IMap<QuotaKey, HoldQuota> quotas;
    private final int limit;

    HoldLimits(IMap<QuotaKey, HoldQuota> quotas, TicketGridProperties properties) {
        this.quotas = quotas;
        this.limit = properties.holds().maxPerAccountPerEvent();
    }

    public int limit() {
        return limit;
    }

    /**
     * Counts a hold's seats before any seat is touched, or refuses with 409 {@code hold-limit-reached}
     * and changes nothing.
     */
    void reserve(UUID eventId, String accountId, long holdId, int seats, long now, long until) {
        QuotaOutcome outcome = quotas.executeOnKey(key(eventId.toString(), accountId),
                new ReserveQuotaProcessor(holdId, seats, limit, now, until));
        if (!outcome.granted()) {
            int left = Math.max(0, limit - outcome.used());
            throw new ApiProblems.Conflict("hold-limit-reached", "You can have at most " + limit
                    + " tickets for this event at a time, held or bought; you have " + outcome.used() + ", so "
                    + (left == 0 ? "none" : "at most " + left) + " more.",
                    Map.of("maxPerAccountPerEvent", limit, "used", outcome.used(), "requested", seats));
        }
    }

    /** Stops counting a hold that was released, or refused half-way (a bought one keeps counting). */
    public void release(String eventId, String accountId, long holdId) {
        quotas.executeOnKey(key(eventId, accountId), ReleaseQuotaProcessor.release(holdId, System.currentTimeMillis()));
    }

    /** The hold was bought: its seats keep counting after the hold's time (for the orders feature). */
    public void confirm(String eventId, String accountId, long holdId) {
        quotas.executeOnKey(key(eventId, accountId), ChangeQuotaProcessor.confirm(holdId, System.currentTimeMillis()));
    }

    /**
     * Before a payment books a hold: the hold must count, until {@code until}. A hold that ran out
     * may have been dropped from the count meanwhile (the account placed other holds since); it is
     * then counted again, but only within the limit, so paying late for lapsed seats never gives an
     * account more than the limit. Returns false, changing nothing, when the limit refuses.
     */
    public boolean recount(String eventId, String accountId, long holdId, int seats, long now, long until) {
        // One call: a hold still counted is only kept counting until `until` (never shortened).
        return quotas.executeOnKey(key(eventId, accountId),
                new ReserveQuotaProcessor(holdId, seats, limit, now, until)).granted();
    }

    /** The hold counts until {@code until} while its buyer pays (for the orders feature). */
    public void extend(String eventId, String accountId, long holdId, long until) {
        quotas.executeOnKey(key(eventId, accountId),
                new ChangeQuotaProcessor(holdId, until, System.currentTimeMillis()));
    }

    /** A bought hold was refunded: its seats stop counting (for the orders feature). */
    public void refund(String eventId, String accountId, long holdId) {
        quotas.executeOnKey(key(eventId, accountId),
                new ReleaseQuotaProcessor(holdId, System.currentTimeMillis(), true));
    }

    private static QuotaKey key(String eventId, String accountId) {
        return new QuotaKey(eventId, accountId);
    }
}
