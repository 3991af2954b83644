package org.ticketgrid.app.payments.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.TicketGridProperties;

/**
 * Stripe's webhook. The signature is checked by stripe-java on the raw bytes as received (any
 * re-serialization would break it), with the timestamp tolerance on, before anything is read.
 * The answer is 200 only once the event is safely on Kafka (or known already); any failure
 * answers 5xx and Stripe delivers again.
 */
@RestController
@RequestMapping("/api/v1/payments/stripe")
@Tag(name = "Payments", description = "Payment provider callbacks")
class StripeWebhookApi {

    record Received(boolean received, String outcome) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebhookInbox inbox;
    private final String secret;
    private final long toleranceSeconds;

    StripeWebhookApi(WebhookInbox inbox, TicketGridProperties properties) {
        this.inbox = inbox;
        this.secret = properties.payments().webhookSecret();
        this.toleranceSeconds = properties.payments().webhookTolerance().toSeconds();
    }

    @PostMapping("/webhook")
    @Operation(summary = "Receive a Stripe event",
            description = "Verifies the Stripe-Signature header on the raw body (timestamps older than the "
                    + "tolerance are refused), drops events already received, and answers 200 only after the "
                    + "event is on Kafka for the booking consumer.")
    @ApiResponse(responseCode = "200", description = "Received (accepted, duplicate or not ours)")
    @ApiResponse(responseCode = "400", description = "Missing or bad signature, or not a Stripe event (problem+json)")
    Received receive(@RequestBody(required = false) byte[] body,
            @Parameter(description = "t=<unix time>,v1=<HMAC-SHA256>") @RequestHeader(value = "Stripe-Signature",
                    required = false) String signature) {
        String payload = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        if (signature == null || signature.isBlank()) {
            throw new ApiProblems.InvalidRequest("bad-signature", "The Stripe-Signature header is missing.");
        }
        try {
            Webhook.constructEvent(payload, signature, secret, toleranceSeconds);
        } catch (SignatureVerificationException e) {
            throw new ApiProblems.InvalidRequest("bad-signature", "The webhook signature does not verify.");
        } catch (RuntimeException e) {
            // Signed correctly but not an event stripe-java can read.
            throw new ApiProblems.InvalidRequest("malformed-event", "The body is not a Stripe event.");
        }
        JsonNode event;
        try {
            event = JSON.readTree(payload);
        } catch (IOException e) {
            throw new ApiProblems.InvalidRequest("malformed-event", "The body is not a Stripe event.");
        }
        return new Received(true, inbox.accept(event).name().toLowerCase());
    }
}
