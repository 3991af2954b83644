package org.ticketgrid.app.payments.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.app.payments.stream.PaymentSignal;
import org.ticketgrid.app.payments.stream.PaymentStreams;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.TicketGridProperties;

/**
 * Takes a verified Stripe event in: records its id and publishes it to Kafka in one database
 * transaction, committed only after the broker acknowledged. A failed publish rolls the record
 * back, so Stripe's retry is not mistaken for a duplicate; a concurrent duplicate waits on the
 * first one's row and is then dropped. Deduplication is per stream (topic): in production there is
 * one stream per event, and two environments sharing a development database each get every event.
 */
@Service
public class WebhookInbox {

    /** What became of an event. */
    public enum Outcome {
        /** Published to Kafka. */
        ACCEPTED,
        /** Seen before on this stream: dropped. */
        DUPLICATE,
        /** Not about an order of this deployment, or of a type booking does not act on: dropped. */
        IGNORED
    }

    /** The events booking acts on; everything else is acknowledged and dropped. */
    static final Set<String> HANDLED = Set.of("payment_intent.amount_capturable_updated",
            "payment_intent.succeeded", "payment_intent.payment_failed", "payment_intent.canceled");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PaymentStreams streams;
    private final SaleCatalog catalog;
    private final String scope;
    private final ObjectProvider<RefundEventListener> refunds;

    WebhookInbox(JdbcClient jdbc, PlatformTransactionManager transactions, PaymentStreams streams,
            SaleCatalog catalog, TicketGridProperties properties, ObjectProvider<RefundEventListener> refunds) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.streams = streams;
        this.catalog = catalog;
        this.scope = properties.payments().scope();
        this.refunds = refunds;
    }

    /** @param event the verified event's JSON */
    public Outcome accept(JsonNode event) {
        String type = event.path("type").asText();
        if (RefundEventListener.TYPES.contains(type)) {
            return refundEvent(event);
        }
        JsonNode intent = event.path("data").path("object");
        String orderId = intent.path("metadata").path("orderId").asText(null);
        String eventId = intent.path("metadata").path("eventId").asText(null);
        if (!HANDLED.contains(type) || !"payment_intent".equals(intent.path("object").asText())
                || !scope.equals(intent.path("metadata").path("scope").asText()) || !isUuid(orderId)
                || !isUuid(eventId)) {
            return Outcome.IGNORED;
        }
        boolean highDemand;
        try {
            highDemand = catalog.offer(UUID.fromString(eventId)).highDemand();
        } catch (ApiProblems.NotFound e) {
            return Outcome.IGNORED; // an event of another system sharing the provider account
        }
        String topic = streams.topicFor(highDemand);
        PaymentSignal signal = new PaymentSignal(event.path("id").asText(), type, intent.path("id").asText(),
                orderId, event.path("created").asLong());
        return transactions.execute(tx -> {
            int recorded = jdbc.sql("""
                    INSERT INTO stripe_webhook_events (event_id, stream, type) VALUES (?, ?, ?)
                    ON CONFLICT DO NOTHING""").params(signal.eventId(), topic, type).update();
            if (recorded == 0) {
                return Outcome.DUPLICATE;
            }
            streams.publish(topic, signal);
            return Outcome.ACCEPTED;
        });
    }

    /** Refund events finish our refunds directly (idempotent, so duplicates need no record). */
    private Outcome refundEvent(JsonNode event) {
        String intentId = event.path("data").path("object").path("payment_intent").asText(null);
        RefundEventListener listener = refunds.getIfAvailable();
        if (intentId == null || listener == null) {
            return Outcome.IGNORED;
        }
        return listener.refundsChanged(intentId) ? Outcome.ACCEPTED : Outcome.IGNORED;
    }

    private static boolean isUuid(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
