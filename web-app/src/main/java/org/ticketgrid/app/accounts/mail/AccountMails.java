package org.ticketgrid.app.accounts.mail;

import jakarta.annotation.PreDestroy;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.ticketgrid.app.accounts.AccountsProperties;

/**
 * The emails of the accounts feature, each a Thymeleaf template in a text and an HTML version
 * ({@code templates/mail/NAME.txt}, {@code NAME.html}), sent as multipart/alternative through the
 * configured SMTP server. Sending happens off the request thread: the answer to a request never
 * waits for SMTP, so it takes the same time whether a mail went out or not (no enumeration).
 */
@Component
public class AccountMails {

    private static final Logger LOG = LoggerFactory.getLogger(AccountMails.class);

    private final JavaMailSender sender;
    private final AccountsProperties properties;
    /** The mail templates ({@code templates/mail/NAME.txt|.html}), shared with other features' mails. */
    public static final TemplateEngine TEMPLATES = engine();

    private final TemplateEngine templates = TEMPLATES;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    AccountMails(JavaMailSender sender, AccountsProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    public void welcome(String to, String displayName) {
        send(to, "Welcome to TicketGrid", "welcome", Map.of("name", displayName,
                "eventsUrl", properties.publicUrl() + "/", "signInUrl", properties.publicUrl() + "/signin"));
    }

    /** Someone tried to register an address that already has an account. */
    public void alreadyRegistered(String to, String displayName) {
        send(to, "You already have a TicketGrid account", "already-registered", Map.of("name", displayName,
                "signInUrl", properties.publicUrl() + "/signin",
                "resetUrl", properties.publicUrl() + "/forgot-password"));
    }

    public void passwordReset(String to, String displayName, String token) {
        send(to, "Reset your TicketGrid password", "password-reset", Map.of("name", displayName,
                "resetUrl", properties.publicUrl() + "/reset-password?token=" + token,
                "minutes", properties.resetTokenLifetime().toMinutes()));
    }

    public void passwordChanged(String to, String displayName) {
        send(to, "Your TicketGrid password was changed", "password-changed", Map.of("name", displayName,
                "resetUrl", properties.publicUrl() + "/forgot-password"));
    }

    private void send(String to, String subject, String template, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        context.setVariable("subject", subject);
        String text = templates.process(template + ".txt", context);
        String html = templates.process(template + ".html", context);
        executor.execute(() -> {
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(properties.mailFrom());
                helper.setTo(to);
                helper.setSubject(subject);
                helper.setText(text, html);
                sender.send(message);
            } catch (Exception e) {
                LOG.error("could not send the '{}' mail", template, e);
            }
        });
    }

    @PreDestroy
    void close() {
        executor.close();
    }

    private static TemplateEngine engine() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 2));
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }
}
