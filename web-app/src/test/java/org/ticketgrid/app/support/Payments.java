package org.ticketgrid.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.WebhookEndpoint;
import com.stripe.net.Webhook;
import com.stripe.param.WebhookEndpointCreateParams;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ticketgrid.testing.RealStack;

/**
 * The test stack's payment sandbox ({@link RealStack#SANDBOX_URL}) as tests need it: stripe-java with the secret key for
 * assertions, the browser's confirmation with the publishable key and client secret, webhook
 * endpoints pointing at the in-process app, and signed event payloads.
 */
public final class Payments {

    public static final String SANDBOX = RealStack.SANDBOX_URL;
    public static final String SECRET_KEY = "sk_test_ticketgrid_local";
    public static final String PUBLISHABLE_KEY = "pk_test_ticketgrid_local";
    public static final String WEBHOOK_SECRET = "whsec_ticketgrid_local";
    public static final StripeClient STRIPE = StripeClient.builder().setApiKey(SECRET_KEY).setApiBase(SANDBOX).build();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Payments() {
    }

    /** The answer of a plain HTTP call. */
    public record Raw(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new IllegalStateException(body, e);
            }
        }
    }

    /**
     * Confirms as a browser does (Stripe.js): a form post to the provider with the publishable key,
     * the client secret and a test payment method.
     */
    public static Raw confirmAsBrowser(String paymentIntentId, String clientSecret, String paymentMethod) {
        String form = "payment_method=" + paymentMethod + "&client_secret="
                + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(SANDBOX + "/v1/payment_intents/" + paymentIntentId + "/confirm"))
                .header("Authorization", "Bearer " + PUBLISHABLE_KEY)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Pays a checkout's order ({@code paymentIntentId}, {@code clientSecret}) as a browser would. */
    public static Raw pay(com.fasterxml.jackson.databind.JsonNode checkout, String paymentMethod) {
        return confirmAsBrowser(checkout.get("paymentIntentId").asText(), checkout.get("clientSecret").asText(),
                paymentMethod);
    }

    public static PaymentIntent intent(String id) {
        try {
            return STRIPE.v1().paymentIntents().retrieve(id);
        } catch (StripeException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sandbox's recent events about {@code paymentIntentId} (JSON), oldest first. */
    public static List<JsonNode> eventsOf(String paymentIntentId) {
        List<JsonNode> mine = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 20; page++) {
            JsonNode list = send(HttpRequest.newBuilder(URI.create(SANDBOX + "/v1/events?limit=100"
                    + (after == null ? "" : "&starting_after=" + after)))
                    .header("Authorization", "Bearer " + SECRET_KEY).GET().build()).json();
            for (JsonNode event : list.get("data")) {
                if (paymentIntentId.equals(event.path("data").path("object").path("id").asText())) {
                    mine.add(event);
                }
                after = event.get("id").asText();
            }
            if (!list.path("has_more").asBoolean()) {
                break;
            }
        }
        return mine.reversed();
    }

    /** The first event of {@code type} about {@code paymentIntentId}. */
    public static JsonNode event(String paymentIntentId, String type) {
        return eventsOf(paymentIntentId).stream().filter(e -> type.equals(e.get("type").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " event for " + paymentIntentId));
    }

    /** The raw JSON of an event, as the sandbox would deliver it. */
    public static String payload(String eventId) {
        return send(HttpRequest.newBuilder(URI.create(SANDBOX + "/v1/events/" + eventId))
                .header("Authorization", "Bearer " + SECRET_KEY).GET().build()).body();
    }

    /** A {@code Stripe-Signature} header for {@code payload} signed at {@code epochSeconds}. */
    public static String signature(String payload, long epochSeconds, String secret) {
        try {
            String v1 = Webhook.Util.computeHmacSha256(secret, epochSeconds + "." + payload);
            return "t=" + epochSeconds + ",v1=" + v1;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks the sandbox to deliver an event again to every endpoint (a duplicate webhook). */
    public static Raw resend(String eventId) {
        return send(HttpRequest.newBuilder(URI.create(SANDBOX + "/_sandbox/events/" + eventId + "/resend"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** The sandbox's deliveries of one event (with attempts and their status codes). */
    public static JsonNode deliveries(String eventId) {
        return send(HttpRequest.newBuilder(URI.create(SANDBOX + "/_sandbox/deliveries?event=" + eventId)).GET().build())
                .json();
    }

    /** Registers {@code url} for the payment-intent events booking handles. */
    public static WebhookEndpoint register(String url) {
        try {
            return STRIPE.v1().webhookEndpoints().create(WebhookEndpointCreateParams.builder().setUrl(url)
                    .addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.PAYMENT_INTENT__AMOUNT_CAPTURABLE_UPDATED)
                    .addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.PAYMENT_INTENT__SUCCEEDED)
                    .addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.PAYMENT_INTENT__PAYMENT_FAILED)
                    .addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.PAYMENT_INTENT__CANCELED).build());
        } catch (StripeException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void unregister(WebhookEndpoint endpoint) {
        try {
            STRIPE.v1().webhookEndpoints().delete(endpoint.getId());
        } catch (StripeException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Raw send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Raw(response.statusCode(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asserts the sandbox answered 2xx. */
    public static Raw ok(Raw raw) {
        assertThat(raw.status()).as(raw.body()).isBetween(200, 299);
        return raw;
    }
}
