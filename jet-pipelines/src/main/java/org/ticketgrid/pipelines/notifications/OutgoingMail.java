package org.ticketgrid.pipelines.notifications;

import java.util.List;

/**
 * A rendered mail: always a plain-text part (complete on its own), an HTML alternative, inline
 * images the HTML names by {@code cid:}, and attachments.
 */
public record OutgoingMail(String to, String subject, String text, String html, List<Part> inline,
        List<Part> attachments) {

    /** A binary part: its content id (inline) or file name (attachment), type and bytes. */
    public record Part(String name, String contentType, byte[] bytes) {
    }
}
