package org.ticketgrid.app.orders.usecase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.orders.mail.OrderMails;
import org.ticketgrid.app.orders.persistence.Orders;
import org.ticketgrid.app.platform.PeriodicRounds;
import org.ticketgrid.app.platform.TicketGridProperties;

/**
 * Makes the confirmation mail at least once. Every minute ({@code ticketgrid.payments.mail-retry-period}),
 * paid orders whose mail was claimed more than {@code ticketgrid.payments.mail-retry-after} (5 min)
 * ago but never reached the SMTP server (the instance crashed between claim and send, or the
 * server refused) are claimed again and mailed. Claims older than two days are left alone (a buyer
 * who bought long ago has their tickets on the site). Runs where the booking consumer runs; one
 * conditional UPDATE per round, so several instances never send the same retry twice.
 */
@Service
public class MailRetry extends PeriodicRounds {

    private static final Logger LOG = LoggerFactory.getLogger(MailRetry.class);
    private static final Duration GIVE_UP_AFTER = Duration.ofDays(2);

    private final Orders orders;
    private final OrderMails mails;
    private final String scope;
    private final Duration retryAfter;

    MailRetry(Orders orders, OrderMails mails, TicketGridProperties properties,
            @Value("${ticketgrid.payments.mail-retry-after:5m}") Duration retryAfter,
            @Value("${ticketgrid.payments.mail-retry-period:1m}") Duration period) {
        super("mail-retry", period, properties.runs(TicketGridProperties.BOOKING_CONSUMER), LOG);
        this.orders = orders;
        this.mails = mails;
        this.scope = properties.payments().scope();
        this.retryAfter = retryAfter;
    }

    /** Re-sends the mails claimed before {@code now - retryAfter} and never sent; returns their orders. */
    public List<UUID> resend(Instant now) {
        List<UUID> again = orders.reclaimUnsentMails(scope, now.minus(retryAfter), now.minus(GIVE_UP_AFTER), 50);
        for (UUID order : again) {
            LOG.info("re-sending the confirmation of order {}: the first attempt never reached the SMTP server",
                    order);
            mails.confirmed(order);
        }
        return again;
    }

    @Override
    protected void round() {
        resend(Instant.now());
    }
}
