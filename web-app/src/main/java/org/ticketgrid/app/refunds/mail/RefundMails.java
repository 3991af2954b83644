package org.ticketgrid.app.refunds.mail;

import jakarta.mail.internet.MimeMessage;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.ticketgrid.app.accounts.AccountsProperties;
import org.ticketgrid.app.accounts.mail.AccountMails;
import org.ticketgrid.app.accounts.persistence.Users;
import org.ticketgrid.app.orders.usecase.OrderQueries;
import org.ticketgrid.app.refunds.persistence.RefundRow;
import org.ticketgrid.app.refunds.persistence.RefundStore;
import org.ticketgrid.app.platform.Formats;

/**
 * "Your refund": a multipart/alternative mail (templates {@code mail/order-refunded.txt} and
 * {@code .html}, the same layout as the order confirmation) listing the refunded tickets and the
 * amount. Claimed in the database first ({@code refunds.mailed_at}), so it never goes out twice at
 * once, and marked sent ({@code refunds.mail_sent_at}); a claim that never reached the SMTP server
 * is claimed again and re-sent by the refund sweeper: at least once.
 */
@Component
public class RefundMails {

    private static final Logger LOG = LoggerFactory.getLogger(RefundMails.class);

    private final JavaMailSender sender;
    private final AccountsProperties properties;
    private final Users users;
    private final OrderQueries queries;
    private final RefundStore refunds;

    RefundMails(JavaMailSender sender, AccountsProperties properties, Users users, OrderQueries queries,
            RefundStore refunds) {
        this.refunds = refunds;
        this.sender = sender;
        this.properties = properties;
        this.users = users;
        this.queries = queries;
    }

    public void refunded(RefundRow refund) {
        var view = queries.internal(refund.orderId());
        var user = users.byId(UUID.fromString(view.order().accountId())).orElse(null);
        if (user == null) {
            LOG.warn("order {} has no account to mail", refund.orderId());
            refunds.markMailSent(refund.id()); // nothing to retry
            return;
        }
        var ticketIds = new HashSet<>(refund.ticketIds());
        String subject = "Your refund for " + view.eventName();
        Context context = new Context();
        context.setVariables(Map.of("name", user.displayName(), "order", view.order(), "eventName", view.eventName(),
                "amount", Formats.money(refund.amountCents(), refund.currency()), "reason", refund.reason(),
                "tickets", view.tickets().stream().filter(t -> ticketIds.contains(t.id())).toList(),
                "orderUrl", properties.publicUrl() + "/account/bookings", "subject", subject));
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(user.email());
            helper.setSubject(subject);
            helper.setText(AccountMails.TEMPLATES.process("order-refunded.txt", context),
                    AccountMails.TEMPLATES.process("order-refunded.html", context));
            sender.send(message);
            refunds.markMailSent(refund.id());
        } catch (Exception e) {
            LOG.error("could not send the refund mail of refund {} (the refund sweeper retries)", refund.id(), e);
        }
    }

}
