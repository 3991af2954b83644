package org.ticketgrid.app.orders.mail;

import jakarta.annotation.PreDestroy;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.ticketgrid.app.accounts.AccountsProperties;
import org.ticketgrid.app.accounts.mail.AccountMails;
import org.ticketgrid.app.accounts.persistence.Users;
import org.ticketgrid.app.orders.usecase.OrderETickets;
import org.ticketgrid.app.orders.persistence.Orders;
import org.ticketgrid.app.orders.usecase.OrderQueries;
import org.ticketgrid.app.platform.Formats;

/**
 * "Your tickets": a multipart/alternative mail (templates {@code mail/order-confirmed.txt} and
 * {@code .html}) listing each ticket's seat and code; the HTML part shows each ticket's QR code as
 * an inline PNG ({@code cid:qr-<ticketId>}, related to the HTML part: no remote image to block),
 * and the printable PDF of all tickets is attached, so the text part stays complete on its own. Sent by the booking consumer once the
 * payment is captured; it is claimed in the database first ({@code orders.mailed_at}), so a
 * redelivered event does not mail twice, and marked sent ({@code orders.mail_sent_at}) once the SMTP
 * server took it; a claim that never got there (a crash, a failing SMTP server) is claimed again
 * and re-sent by {@link org.ticketgrid.app.orders.usecase.MailRetry}: at least once.
 */
@Component
public class OrderMails {

    private static final Logger LOG = LoggerFactory.getLogger(OrderMails.class);

    private final JavaMailSender sender;
    private final AccountsProperties properties;
    private final Users users;
    private final OrderQueries queries;
    private final OrderETickets etickets;
    private final Orders orders;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    OrderMails(JavaMailSender sender, AccountsProperties properties, Users users, OrderQueries queries,
            OrderETickets etickets, Orders orders) {
        this.orders = orders;
        this.sender = sender;
        this.properties = properties;
        this.users = users;
        this.queries = queries;
        this.etickets = etickets;
    }

    public void confirmed(UUID orderId) {
        var view = queries.internal(orderId);
        var user = users.byId(UUID.fromString(view.order().accountId())).orElse(null);
        if (user == null) {
            LOG.warn("order {} has no account to mail", orderId);
            orders.markMailSent(orderId); // nothing to retry
            return;
        }
        String subject = "Your tickets for " + view.eventName();
        Context context = new Context();
        context.setVariables(Map.of("name", user.displayName(), "order", view.order(), "eventName", view.eventName(),
                "when", etickets.when(view.order().eventId()), "total", Formats.money(view.order().totalCents(), view.order().currency()),
                "tickets", view.tickets().stream()
                        .filter(t -> "VALID".equals(t.status())).toList(),
                "orderUrl", properties.publicUrl() + "/orders/" + view.order().id(),
                "bookingsUrl", properties.publicUrl() + "/account/bookings", "subject", subject));
        String text = AccountMails.TEMPLATES.process("order-confirmed.txt", context);
        String html = AccountMails.TEMPLATES.process("order-confirmed.html", context);
        // Off the consumer's thread: a slow SMTP server (or rendering the PDF) must not slow down booking.
        executor.execute(() -> {
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(properties.mailFrom());
                helper.setTo(user.email());
                helper.setSubject(subject);
                helper.setText(text, html);
                attachTickets(helper, view);
                sender.send(message);
                orders.markMailSent(orderId);
            } catch (Exception e) {
                LOG.error("could not send the confirmation of order {} (it is retried)", orderId, e);
            }
        });
    }

    @PreDestroy
    void close() {
        executor.close();
    }

    /** The QR codes inline (after the HTML part that names them) and the PDF as an attachment. */
    private void attachTickets(MimeMessageHelper helper, OrderQueries.OrderView view) throws Exception {
        var valid = view.tickets().stream().filter(t -> "VALID".equals(t.status())).toList();
        if (valid.isEmpty()) {
            return;
        }
        for (var t : valid) {
            helper.addInline("qr-" + t.id(), new ByteArrayResource(etickets.png(view, t.id().toString(),
                    OrderETickets.MAIL_SCALE)), "image/png");
        }
        helper.addAttachment("tickets-" + OrderETickets.reference(view.order().id()) + ".pdf",
                new ByteArrayResource(etickets.pdf(view)), "application/pdf");
    }

}
