package org.ticketgrid.pipelines.notifications;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.ticketgrid.notifications.NotificationKind;

/**
 * One notification for one person, as stored in {@code notifications}. Its id is derived from the
 * outbox event and the recipient ({@link #idOf}), so a replayed event yields the same notification:
 * that is what makes the mail idempotent (a sent id is never sent again).
 *
 * @param subjectId   the order, refund or event it is about (for rendering the mail)
 * @param inApp       shown in the notification centre (false for mail-only kinds)
 * @param emailWanted goes out by mail (kind and the buyer's preferences)
 * @param fresh       written by this pass (false when a replay found it stored): only fresh ones
 *                    are announced live
 */
public record Notification(UUID id, UUID outboxId, UUID accountId, NotificationKind kind, String subjectId,
        String title, String body, String link, boolean inApp, boolean emailWanted, String emailTo,
        Instant createdAt, boolean fresh) implements Serializable {

    /** The notification id of {@code outboxId} for {@code accountId}: the same on every replay. */
    public static UUID idOf(UUID outboxId, UUID accountId) {
        return UUID.nameUUIDFromBytes((outboxId + "/" + accountId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The live message for the web app instances (JSON text on the reliable topic). */
    public String liveJson() {
        return "{\"id\":\"" + id + "\",\"accountId\":\"" + accountId + "\",\"kind\":\"" + kind.name()
                + "\",\"title\":" + quote(title) + ",\"body\":" + quote(body) + ",\"link\":"
                + (link == null ? "null" : quote(link)) + ",\"createdAt\":\"" + createdAt + "\"}";
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
