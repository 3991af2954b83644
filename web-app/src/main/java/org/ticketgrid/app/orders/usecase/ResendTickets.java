package org.ticketgrid.app.orders.usecase;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticketgrid.app.notifications.persistence.Outbox;
import org.ticketgrid.app.orders.persistence.Orders;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.notifications.NotificationKind;

/**
 * "Email my tickets again", for the buyer of a paid order who cannot find the mail: the same
 * confirmation mail (QR codes and PDF), at most once a minute, and only once the previous one was
 * sent. Anybody but the buyer gets "not found", as for the order itself.
 */
@Service
public class ResendTickets {

    /** What happened. */
    public enum Outcome {
        /** Claimed and on its way. */
        SENT,
        /** The last mail went out under a minute ago, or is still on its way: nothing sent. */
        TOO_SOON
    }

    private final OrderQueries queries;
    private final Orders orders;
    private final Outbox outbox;
    private final TransactionTemplate transactions;

    ResendTickets(OrderQueries queries, Orders orders, Outbox outbox, PlatformTransactionManager transactions) {
        this.queries = queries;
        this.orders = orders;
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactions);
    }

    public Outcome resend(String orderId, Actor buyer) {
        var order = queries.find(orderId, new Actor(buyer.id(), false)).order();
        // The claim and the request to the notifications pipeline commit together (it mails).
        return transactions.execute(tx -> {
            if (!orders.claimMailAgain(order.id())) {
                return Outcome.TOO_SOON;
            }
            outbox.record(NotificationKind.TICKETS_RESENT, UUID.fromString(order.accountId()),
                    order.id().toString(), Map.of("eventId", order.eventId().toString()));
            return Outcome.SENT;
        });
    }
}
