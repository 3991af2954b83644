package org.ticketgrid.app.orders.usecase;

import org.springframework.stereotype.Service;
import org.ticketgrid.app.orders.mail.OrderMails;
import org.ticketgrid.app.orders.persistence.Orders;
import org.ticketgrid.app.platform.Actor;

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
    private final OrderMails mails;

    ResendTickets(OrderQueries queries, Orders orders, OrderMails mails) {
        this.queries = queries;
        this.orders = orders;
        this.mails = mails;
    }

    public Outcome resend(String orderId, Actor buyer) {
        var order = queries.find(orderId, new Actor(buyer.id(), false)).order();
        if (!orders.claimMailAgain(order.id())) {
            return Outcome.TOO_SOON;
        }
        mails.confirmed(order.id());
        return Outcome.SENT;
    }
}
