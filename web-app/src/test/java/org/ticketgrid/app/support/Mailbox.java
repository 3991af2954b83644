package org.ticketgrid.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ticketgrid.testing.Eventually;
import org.ticketgrid.testing.RealStack;

/** The mail GreenMail received for an address, through GreenMail's REST API (the test stack's, {@link RealStack#MAIL_API_URL}). */
public final class Mailbox {

    /** A received mail: subject, content type, and its decoded text and HTML parts. */
    public record Mail(String subject, String contentType, String text, String html) {
    }

    private static final String API = RealStack.MAIL_API_URL + "/api/user/";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    private Mailbox() {
    }

    /** Every mail of {@code address} so far (an empty list when GreenMail has none). */
    public static List<Mail> of(String address) {
        List<Mail> mails = new ArrayList<>();
        for (String raw : raw(address)) {
            try {
                mails.add(parse(raw));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    /** Waits until a mail with {@code subject} has arrived for {@code address}, and returns the newest. */
    public static Mail await(String address, String subject) {
        return Eventually.eventually(Duration.ofSeconds(15), () -> {
            List<Mail> matching = of(address).stream().filter(m -> m.subject().equals(subject)).toList();
            assertThat(matching).as("mails '" + subject + "' to " + address).isNotEmpty();
            return matching.get(matching.size() - 1);
        });
    }

    /** A non-text part of a mail: an inline image or an attachment. */
    public record Part(String contentType, String contentId, String disposition, String fileName, byte[] bytes) {
    }

    /**
     * The inline images and attachments of the newest mail with {@code subject} to {@code address}
     * (waiting for it as {@link #await} does).
     */
    public static List<Part> parts(String address, String subject) {
        return Eventually.eventually(Duration.ofSeconds(15), () -> {
            List<Part> found = new ArrayList<>();
            boolean seen = false;
            for (String raw : raw(address)) {
                try {
                    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                            new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
                    if (subject.equals(message.getSubject())) {
                        seen = true;
                        found.clear();
                        binaryParts(message.getContent(), found);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            assertThat(seen).as("mail '" + subject + "' to " + address).isTrue();
            return found;
        });
    }

    private static List<String> raw(String address) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(API
                    + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/")).GET()
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            List<String> raws = new ArrayList<>();
            if (response.statusCode() == 200) {
                for (JsonNode node : JSON.readTree(response.body())) {
                    raws.add(node.get("mimeMessage").asText());
                }
            }
            return raws;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void binaryParts(Object content, List<Part> found) throws Exception {
        if (!(content instanceof Multipart multipart)) {
            return;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            Object inner = part.getContent();
            if (inner instanceof Multipart) {
                binaryParts(inner, found);
            } else if (!(inner instanceof String)) {
                String[] ids = part instanceof jakarta.mail.internet.MimeBodyPart mime ? mime.getHeader("Content-ID")
                        : null;
                found.add(new Part(part.getContentType(), ids == null ? null : ids[0], part.getDisposition(),
                        part.getFileName(), part.getInputStream().readAllBytes()));
            }
        }
    }

    /** The reset token in a reset mail's link. */
    public static String resetToken(Mail mail) {
        Matcher m = TOKEN.matcher(mail.text());
        assertThat(m.find()).as("reset link in " + mail.text()).isTrue();
        return m.group(1);
    }

    private static Mail parse(String raw) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        String[] parts = new String[2];
        collect(message.getContent(), message.getContentType(), parts);
        return new Mail(message.getSubject(), message.getContentType(), parts[0], parts[1]);
    }

    private static void collect(Object content, String type, String[] parts) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                collect(part.getContent(), part.getContentType(), parts);
            }
        } else if (content instanceof String s) {
            parts[type.toLowerCase().startsWith("text/html") ? 1 : 0] = s;
        }
    }
}
