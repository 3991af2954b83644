package org.ticketgrid.pipelines.notifications;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Properties;

/**
 * SMTP with jakarta.mail: multipart/mixed { related { alternative { text, html }, inline images },
 * attachments }, as mail clients expect (a client without HTML shows the text part, one that blocks
 * images still has every code in text). Short timeouts: a hung server is a failed attempt, retried.
 */
public final class SmtpMailer implements Mailer {

    private final Session session;
    private final InternetAddress from;

    public SmtpMailer(String host, int port, String from) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        this.session = Session.getInstance(props);
        try {
            this.from = new InternetAddress(from);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("not a mail address: " + from, e);
        }
    }

    @Override
    public void send(OutgoingMail mail, String messageId) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), "UTF-8");

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(mail.html(), "text/html; charset=UTF-8");
        alternative.addBodyPart(html);
        MimeBodyPart alternativePart = new MimeBodyPart();
        alternativePart.setContent(alternative);

        MimeMultipart related = new MimeMultipart("related");
        related.addBodyPart(alternativePart);
        for (OutgoingMail.Part image : mail.inline()) {
            MimeBodyPart part = binary(image);
            part.setDisposition(Part.INLINE);
            part.setContentID("<" + image.name() + ">");
            related.addBodyPart(part);
        }
        MimeBodyPart relatedPart = new MimeBodyPart();
        relatedPart.setContent(related);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(relatedPart);
        for (OutgoingMail.Part file : mail.attachments()) {
            MimeBodyPart part = binary(file);
            part.setDisposition(Part.ATTACHMENT);
            part.setFileName(file.name());
            mixed.addBodyPart(part);
        }
        message.setContent(mixed);
        message.saveChanges();
        Transport.send(message);
    }

    private static MimeBodyPart binary(OutgoingMail.Part p) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(p.bytes(), p.contentType())));
        return part;
    }
}
