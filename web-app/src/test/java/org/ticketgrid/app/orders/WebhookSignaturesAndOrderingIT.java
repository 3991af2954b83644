package org.ticketgrid.app.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.Orders.aSale;
import static org.ticketgrid.app.support.Orders.awaitStatus;
import static org.ticketgrid.app.support.Orders.checkout;
import static org.ticketgrid.app.support.Orders.hold;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.ticketgrid.app.platform.TicketGridProperties;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.Orders;
import org.ticketgrid.app.support.Orders.Sale;
import org.ticketgrid.app.support.Payments;
import org.ticketgrid.app.support.TestAccounts;
import org.ticketgrid.testing.Eventually;

/**
 * The webhook endpoint fed by hand, in an order of our choosing: the sandbox's own events (read
 * from {@code /v1/events}), signed as Stripe signs them, posted to this app. No webhook endpoint is
 * registered for this class, so nothing but these posts reaches the app.
 */
@IntegrationTest
class WebhookSignaturesAndOrderingIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TicketGridProperties properties;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /**
     * Forged, tampered, stale and unsigned deliveries are refused before anything is read. The event
     * is the order's own {@code payment_intent.created}, relabelled as an authorization: a handled
     * type, about a real order, yet no payment happened, so nothing anywhere can legitimately change
     * the order while the forgeries arrive.
     */
    @Test
    void badlySignedWebhooksAreRefusedAndChangeNothing() {
        Sale sale = aSale(api);
        Api buyer = api.withToken(TestAccounts.customer(api).token());
        JsonNode order = checkout(buyer, hold(buyer, sale.eventId(), List.of(sale.seats().get(0).get(0))));
        String intentId = order.get("paymentIntentId").asText();
        String eventId = Payments.event(intentId, "payment_intent.created").get("id").asText();
        String payload = authorizationLookalike(eventId);
        long now = System.currentTimeMillis() / 1000;

        List<HttpResponse<String>> refused = List.of(
                post(payload, Payments.signature(payload, now, "whsec_not_the_secret")),
                post(payload.replace("\"amount\":4500", "\"amount\":1"), Payments.signature(payload, now,
                        Payments.WEBHOOK_SECRET)),
                post(payload, Payments.signature(payload, now - 3600, Payments.WEBHOOK_SECRET)),
                post(payload, "t=" + now + ",v1=" + "0".repeat(64)),
                post(payload, "garbage"),
                post(payload, null));
        for (HttpResponse<String> response : refused) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(response.body()).contains("\"code\":\"bad-signature\"");
        }
        // Nothing happened: no event recorded, the order still waits, the intent is untouched.
        assertThat(recorded(eventId)).isZero();
        assertThat(buyer.get("/api/v1/orders/" + order.get("orderId").asText()).json().get("status").asText())
                .isEqualTo("PENDING_PAYMENT");
        assertThat(Payments.intent(intentId).getStatus()).isEqualTo("requires_payment_method");

        // A signed garbage body is refused as malformed, not as a server error.
        String junk = "{\"not\":\"an event\"";
        HttpResponse<String> malformed = post(junk, Payments.signature(junk, now, Payments.WEBHOOK_SECRET));
        assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"code\":\"malformed-event\"");

        // The same body correctly signed goes through (and the consumer, reading the intent's real
        // state, finds nothing paid); a real payment then confirms the order.
        HttpResponse<String> genuine = post(payload, Payments.signature(payload, now, Payments.WEBHOOK_SECRET));
        assertThat(genuine.statusCode()).as(genuine.body()).isEqualTo(200);
        assertThat(genuine.body()).contains("\"accepted\"");
        assertThat(recorded(eventId)).isEqualTo(1);
        Payments.ok(Payments.pay(order, "pm_card_visa"));
        postSigned(Payments.payload(
                Payments.event(intentId, "payment_intent.amount_capturable_updated").get("id").asText()));
        awaitStatus(buyer, order.get("orderId").asText(), "CONFIRMED");
    }

    /** Another deployment's payment (another scope in the intent's metadata) is not this app's business. */
    @Test
    void anEventOfAnotherDeploymentIsAcknowledgedAndIgnored() {
        Sale sale = aSale(api);
        Api buyer = api.withToken(TestAccounts.customer(api).token());
        JsonNode order = checkout(buyer, hold(buyer, sale.eventId(), List.of(sale.seats().get(1).get(9))));
        String intentId = order.get("paymentIntentId").asText();
        String eventId = Payments.event(intentId, "payment_intent.created").get("id").asText();
        String ours = authorizationLookalike(eventId);
        String scope = Payments.intent(intentId).getMetadata().get("scope");
        String theirs = ours.replace("\"scope\":\"" + scope + "\"", "\"scope\":\"someone-else\"");
        assertThat(theirs).isNotEqualTo(ours);

        HttpResponse<String> answer = postSigned(theirs);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"ignored\"");
        assertThat(recorded(eventId)).isZero();
        assertThat(postSigned(ours).body()).contains("\"accepted\"");
        assertThat(recorded(eventId)).isEqualTo(1);
    }

    /** The intent's {@code payment_intent.created} event, as the sandbox has it, typed as an authorization. */
    static String authorizationLookalike(String createdEventId) {
        String payload = Payments.payload(createdEventId);
        assertThat(payload).contains("\"type\":\"payment_intent.created\"").contains("\"amount\":4500");
        return payload.replace("\"type\":\"payment_intent.created\"",
                "\"type\":\"payment_intent.amount_capturable_updated\"");
    }

    long recorded(String eventId) {
        return jdbc.sql("SELECT count(*) FROM stripe_webhook_events WHERE event_id = ? AND stream = ?")
                .params(eventId, properties.payments().streams().topic()).query(Long.class).single();
    }

    /**
     * A declined attempt, then a successful one, delivered the other way round, with duplicates and
     * concurrently: the order ends CONFIRMED once, and the stale decline changes nothing.
     */
    @Test
    void eventsDeliveredOutOfOrderTwiceAndAtOnceEndTheSame() throws Exception {
        Sale sale = aSale(api);
        Api buyer = api.withToken(TestAccounts.customer(api).token());
        List<Long> seats = List.of(sale.seats().get(1).get(0), sale.seats().get(1).get(1));
        JsonNode order = checkout(buyer, hold(buyer, sale.eventId(), seats));
        String orderId = order.get("orderId").asText();
        String intentId = order.get("paymentIntentId").asText();
        String secret = order.get("clientSecret").asText();
        assertThat(Payments.confirmAsBrowser(intentId, secret, "pm_card_chargeDeclinedInsufficientFunds").status())
                .isEqualTo(402);
        Payments.ok(Payments.confirmAsBrowser(intentId, secret, "pm_card_visa"));
        String declined = Payments.payload(
                Payments.event(intentId, "payment_intent.payment_failed").get("id").asText());
        String authorized = Payments.payload(
                Payments.event(intentId, "payment_intent.amount_capturable_updated").get("id").asText());

        // The authorization first, the same one eight times at once.
        List<HttpResponse<String>> answers = concurrently(8, () -> postSigned(authorized));
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
        assertThat(answers.stream().filter(r -> r.body().contains("\"accepted\""))).hasSize(1);
        JsonNode confirmed = awaitStatus(buyer, orderId, "CONFIRMED");

        // Then the older decline, late, and twice.
        assertThat(postSigned(declined).body()).contains("\"accepted\"");
        assertThat(postSigned(declined).body()).contains("\"duplicate\"");
        Eventually.eventually(Duration.ofSeconds(15), () -> assertThat(Payments.intent(intentId).getStatus())
                .isEqualTo("succeeded"));
        String succeeded = Payments.payload(Eventually.eventually(Duration.ofSeconds(10),
                () -> Payments.event(intentId, "payment_intent.succeeded")).get("id").asText());
        assertThat(postSigned(succeeded).statusCode()).isEqualTo(200);
        assertThat(postSigned(authorized).body()).contains("\"duplicate\"");

        Thread.sleep(1500); // let the consumer see the late events before looking
        JsonNode after = buyer.get("/api/v1/orders/" + orderId).json();
        assertThat(after.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(after.get("paymentError").isNull()).isTrue();
        assertThat(after.get("tickets").findValuesAsText("code"))
                .containsExactlyInAnyOrderElementsOf(confirmed.get("tickets").findValuesAsText("code"));
        assertThat(jdbc.sql("SELECT count(*) FROM tickets WHERE order_id = ?::uuid").param(orderId)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(Payments.intent(intentId).getAmountReceived()).isEqualTo(9000);
    }

    /**
     * No webhook reaches this app in this class: a payment whose webhook is lost. Once the hold ran
     * out, the expiry sweeper finds the authorized intent and settles it as the webhook would have:
     * the seats are still the hold's, so the order is booked and captured rather than left waiting
     * with the money reserved.
     */
    @Test
    void aPaymentWhoseWebhookNeverArrivesIsSettledByTheExpirySweeper() {
        Sale sale = aSale(api);
        Api buyer = api.withToken(TestAccounts.customer(api).token());
        long seat = sale.seats().get(0).get(4);
        JsonNode order = checkout(buyer, hold(buyer, sale.eventId(), List.of(seat)));
        String intentId = order.get("paymentIntentId").asText();
        Payments.ok(Payments.pay(order, "pm_card_visa"));
        assertThat(buyer.get("/api/v1/orders/" + order.get("orderId").asText()).json().get("status").asText())
                .isEqualTo("PENDING_PAYMENT");

        JsonNode confirmed = awaitStatus(buyer, order.get("orderId").asText(), "CONFIRMED");
        assertThat(confirmed.get("tickets")).hasSize(1);
        Eventually.eventually(Duration.ofSeconds(15), () -> assertThat(Payments.intent(intentId).getStatus())
                .isEqualTo("succeeded"));
        assertThat(Orders.seatStatus(api, sale.eventId(), seat)).isEqualTo("BOOKED");
    }

    HttpResponse<String> postSigned(String payload) {
        return post(payload, Payments.signature(payload, System.currentTimeMillis() / 1000, Payments.WEBHOOK_SECRET));
    }

    HttpResponse<String> post(String payload, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/payments/stripe/webhook")).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload)).timeout(Duration.ofSeconds(30));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> List<T> concurrently(int n, Callable<T> task) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        }
    }
}
