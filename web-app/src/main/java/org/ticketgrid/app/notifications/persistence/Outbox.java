package org.ticketgrid.app.notifications.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.ticketgrid.notifications.NotificationKind;

/**
 * The {@code notification_outbox}: what happened, written by a use case in the SAME transaction as
 * the change it describes (the caller's transaction is mandatory), so the event exists exactly when
 * the change committed. Debezium carries the insert to Kafka and the Jet notifications pipeline does
 * the rest (ADR 0035): a use case never mails, renders or publishes anything itself.
 */
@Repository
public class Outbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that {@code kind} happened to {@code subjectId} (an order, refund, event or
     * notification id); {@code accountId} is the one recipient, or {@code null} when the pipeline
     * finds the recipients (ticket holders, subscribers). Returns the event's id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID record(NotificationKind kind, UUID accountId, String subjectId, Map<String, ?> payload) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO notification_outbox (id, kind, account_id, subject_id, payload)"
                + " VALUES (?, ?, ?, ?, CAST(? AS jsonb))")
                .params(id, kind.name(), accountId, subjectId, json(payload)).update();
        return id;
    }

    private static String json(Map<String, ?> payload) {
        try {
            return JSON.writeValueAsString(payload == null ? Map.of() : payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("an outbox payload must be plain JSON values", e);
        }
    }
}
