package org.ticketgrid.app.payments.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A verified payment event, as put on Kafka: which Stripe event, of which type, about which
 * PaymentIntent and (from its metadata) which order. Deliberately thin: the consumer reads the
 * intent's current state from the provider rather than trusting a snapshot that may be stale.
 */
public record PaymentSignal(String eventId, String type, String paymentIntentId, String orderId, long created) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PaymentSignal fromJson(String json) {
        try {
            return JSON.readValue(json, PaymentSignal.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a payment signal: " + json, e);
        }
    }
}
