package org.ticketgrid.app.waitingroom.usecase;

import com.hazelcast.map.IMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.holds.quota.HoldQuota;
import org.ticketgrid.holds.quota.QuotaKey;
import org.ticketgrid.waitingroom.QueueTicket;
import org.ticketgrid.waitingroom.QueueTicketKey;
import org.ticketgrid.waitingroom.ep.UseTicketProcessor;

/**
 * The door of a high-demand event's hold endpoint. The token is checked first, with no grid or
 * database call (a flood of holds without one costs a hash each); then the place it names must be
 * the account's, admitted and inside its window, and, if this admission already served a hold, the
 * account must not have bought since (one admission, one purchase; per-account limits still apply).
 */
@Service
public class AdmissionGate {

    /** What the gate says. */
    public sealed interface Decision permits NotRequired, Admitted, NotAdmitted {
    }

    /** Not a high-demand event: no waiting room, no token needed. */
    public record NotRequired() implements Decision {
    }

    /** Come in. */
    public record Admitted(QueueTicketKey place) implements Decision {
    }

    /** Refused: missing, forged, expired, borrowed, or already used for a purchase. */
    public record NotAdmitted(String reason) implements Decision {
    }

    private final SaleCatalog catalog;
    private final AdmissionTokens tokens;
    private final IMap<QueueTicketKey, QueueTicket> tickets;
    private final IMap<QuotaKey, HoldQuota> quotas;

    AdmissionGate(SaleCatalog catalog, AdmissionTokens tokens, IMap<QueueTicketKey, QueueTicket> tickets,
            IMap<QuotaKey, HoldQuota> quotas) {
        this.catalog = catalog;
        this.tokens = tokens;
        this.tickets = tickets;
        this.quotas = quotas;
    }

    /** The token check alone (CPU only): for a high-demand event, is this a live token of this account? */
    public Decision precheck(UUID eventId, String accountId, String token) {
        SaleCatalog.Offer offer = catalog.offer(eventId);
        if (!offer.highDemand() || offer.status() == org.ticketgrid.app.catalog.EventStatus.DRAFT) {
            return new NotRequired(); // (a draft is "not found" to the hold itself)
        }
        return switch (tokens.check(token, eventId.toString(), accountId, System.currentTimeMillis())) {
            case AdmissionTokens.Invalid invalid -> new NotAdmitted(invalid.reason());
            case AdmissionTokens.Valid valid -> new Admitted(valid.place());
        };
    }

    /** The whole check before a hold: the token, then the place it names. */
    public Decision enter(UUID eventId, String accountId, String token) {
        Decision decision = precheck(eventId, accountId, token);
        if (!(decision instanceof Admitted admitted)) {
            return decision;
        }
        long now = System.currentTimeMillis();
        QueueTicket ticket = tickets.get(admitted.place());
        if (ticket == null || !ticket.accountId().equals(accountId) || !ticket.mayHold(now)) {
            return new NotAdmitted("place-not-admitted");
        }
        if (ticket.used()) {
            HoldQuota quota = quotas.get(new QuotaKey(eventId.toString(), accountId));
            if (quota != null && quota.hasPurchases()) {
                return new NotAdmitted("admission-used");
            }
            return decision;
        }
        return Boolean.TRUE.equals(tickets.executeOnKey(admitted.place(), new UseTicketProcessor(accountId, now)))
                ? decision : new NotAdmitted("place-not-admitted");
    }
}
