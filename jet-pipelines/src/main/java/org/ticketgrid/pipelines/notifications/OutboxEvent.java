package org.ticketgrid.pipelines.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.ticketgrid.notifications.NotificationKind;

/**
 * One row of {@code notification_outbox} as Debezium delivers its insert: what happened, to whom
 * (when there is one recipient) and about what.
 *
 * @param payload the row's JSON payload as text (kind-specific details: reasons, dates, accounts)
 */
public record OutboxEvent(UUID id, NotificationKind kind, UUID accountId, String subjectId, String payload)
        implements Serializable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Parses a Debezium JSON value (schemas disabled). Returns {@code null} for anything that is not
     * the insert of an outbox row this version understands (heartbeats, deletes, unknown kinds,
     * malformed messages): one bad message must never stop every notification behind it.
     */
    public static OutboxEvent parse(String debeziumJson) {
        if (debeziumJson == null || debeziumJson.isBlank()) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(debeziumJson);
            String op = root.path("op").asText("");
            JsonNode row = root.path("after");
            if (!("c".equals(op) || "r".equals(op)) || !row.isObject()
                    || !"notification_outbox".equals(root.path("source").path("table").asText("notification_outbox"))) {
                return null;
            }
            NotificationKind kind = NotificationKind.parse(row.path("kind").asText(null));
            String id = row.path("id").asText(null);
            if (kind == null || id == null) {
                return null;
            }
            String account = row.path("account_id").asText(null);
            JsonNode payload = row.path("payload");
            // jsonb arrives as text (io.debezium.data.Json); accept an object too.
            String payloadText = payload.isTextual() ? payload.asText() : payload.isObject() ? payload.toString() : "{}";
            return new OutboxEvent(UUID.fromString(id), kind, account == null ? null : UUID.fromString(account),
                    row.path("subject_id").asText(""), payloadText);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A field of the payload as text, or {@code null}. */
    public String field(String name) {
        try {
            JsonNode node = JSON.readTree(payload == null ? "{}" : payload).path(name);
            return node.isMissingNode() || node.isNull() ? null : node.isValueNode() ? node.asText() : node.toString();
        } catch (IOException e) {
            return null;
        }
    }

    /** A list field of the payload (for example the subscribers to tell), empty when absent. */
    public java.util.List<String> list(String name) {
        try {
            JsonNode node = JSON.readTree(payload == null ? "{}" : payload).path(name);
            java.util.List<String> out = new java.util.ArrayList<>();
            node.forEach(n -> out.add(n.asText()));
            return out;
        } catch (IOException e) {
            return java.util.List.of();
        }
    }
}
