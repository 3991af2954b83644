package org.ticketgrid.app.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.Orders.aSale;
import static org.ticketgrid.app.support.Orders.awaitStatus;
import static org.ticketgrid.app.support.Orders.checkout;
import static org.ticketgrid.app.support.Orders.hold;
import static org.ticketgrid.app.support.Orders.seatStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.model.PaymentIntent;
import com.stripe.model.WebhookEndpoint;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaAdmin;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.ticketgrid.app.orders.usecase.BookingFaults;
import org.ticketgrid.app.platform.TicketGridProperties;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.Browser;
import org.ticketgrid.app.support.CatalogFixtures;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.Mailbox;
import org.ticketgrid.app.support.Orders.Sale;
import org.ticketgrid.app.support.Payments;
import org.ticketgrid.app.support.SmtpServer;
import org.ticketgrid.app.support.TestAccounts;
import org.ticketgrid.testing.Eventually;

/**
 * Hold, checkout, pay at the sandbox as a browser would, and the sandbox's signed webhook through
 * Kafka to the booking consumer: against the real stack, with the sandbox delivering to this
 * in-process app through a webhook endpoint registered for the test class.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrdersIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BookingFaults faults;
    @Autowired
    TicketGridProperties properties;
    @Autowired
    KafkaAdmin kafkaAdmin;
    @Autowired
    com.hazelcast.map.IMap<org.ticketgrid.holds.quota.QuotaKey, org.ticketgrid.holds.quota.HoldQuota> quotas;
    Api api;
    WebhookEndpoint endpoint;

    @BeforeAll
    void registerWebhook() {
        api = new Api(port);
        endpoint = Payments.register("http://127.0.0.1:" + port + "/api/v1/payments/stripe/webhook");
    }

    @AfterAll
    void unregisterWebhook() {
        Payments.unregister(endpoint);
    }

    @Test
    void boughtSeatsCountAgainstTheBuyersPerEventLimitForGood() {
        Sale sale = aSale(api);
        TestAccounts.Account buyer = TestAccounts.customer(api);
        Api asBuyer = api.withToken(buyer.token());
        String holdId = hold(asBuyer, sale.eventId(), List.of(sale.seats().get(0).get(0), sale.seats().get(0).get(1)));
        JsonNode order = checkout(asBuyer, holdId);
        Payments.ok(Payments.pay(order, "pm_card_visa"));
        awaitStatus(asBuyer, order.get("orderId").asText(), "CONFIRMED");

        var quota = Eventually.eventually(Duration.ofSeconds(10), () -> {
            var q = quotas.get(new org.ticketgrid.holds.quota.QuotaKey(sale.eventId(), buyer.id()));
            assertThat(q).isNotNull();
            assertThat(q.hasPurchases()).as("the purchase counts for good").isTrue();
            return q;
        });
        assertThat(quota.used(Long.MAX_VALUE - 1)).as("still counted when every hold has run out").isEqualTo(2);
        int limit = properties.holds().maxPerAccountPerEvent();
        List<Long> tooMany = sale.seats().get(1).subList(0, limit - 1);
        Api.Response refused = asBuyer.post("/api/v1/events/" + sale.eventId() + "/holds",
                Map.of("seatIds", tooMany));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("hold-limit-reached");
        assertThat(refused.json().get("used").asInt()).isEqualTo(2);
        for (long seat : tooMany) {
            assertThat(seatStatus(api, sale.eventId(), seat)).as("nothing held by the refusal").isEqualTo("AVAILABLE");
        }
    }

    @Test
    void payingWithACardConfirmsTheOrderWithTicketsSoldSeatsACaptureAndAMail() {
        Sale sale = aSale(api);
        TestAccounts.Account buyer = TestAccounts.customer(api);
        Api asBuyer = api.withToken(buyer.token());
        List<Long> seats = List.of(sale.seats().get(0).get(0), sale.seats().get(1).get(4));
        String holdId = hold(asBuyer, sale.eventId(), seats);

        Api.Response first = asBuyer.post("/api/v1/holds/" + holdId + "/checkout", "");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode order = first.json();
        assertThat(order.get("status").asText()).isEqualTo("PENDING_PAYMENT");
        assertThat(order.get("totalCents").asLong()).isEqualTo(9000);
        assertThat(order.get("publishableKey").asText()).isEqualTo(Payments.PUBLISHABLE_KEY);
        String orderId = order.get("orderId").asText();
        String intentId = order.get("paymentIntentId").asText();
        PaymentIntent created = Payments.intent(intentId);
        assertThat(created.getAmount()).isEqualTo(9000);
        assertThat(created.getCurrency()).isEqualTo("eur");
        assertThat(created.getCaptureMethod()).isEqualTo("manual");
        assertThat(created.getMetadata()).containsEntry("orderId", orderId).containsEntry("holdId", holdId)
                .containsEntry("eventId", sale.eventId()).containsEntry("scope", properties.payments().scope());

        Api.Response again = asBuyer.post("/api/v1/holds/" + holdId + "/checkout", "");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("orderId").asText()).isEqualTo(orderId);
        assertThat(again.json().get("paymentIntentId").asText()).isEqualTo(intentId);
        assertThat(again.json().get("clientSecret").asText()).isEqualTo(order.get("clientSecret").asText());

        Payments.Raw paid = Payments.ok(Payments.pay(order, "pm_card_visa"));
        assertThat(paid.json().get("status").asText()).isEqualTo("requires_capture");

        JsonNode confirmed = awaitStatus(asBuyer, orderId, "CONFIRMED");
        JsonNode tickets = confirmed.get("tickets");
        assertThat(tickets).hasSize(2);
        Set<String> codes = new HashSet<>();
        tickets.forEach(t -> {
            assertThat(t.get("code").asText()).matches("[A-Z2-7]{26}");
            assertThat(t.get("status").asText()).isEqualTo("VALID");
            codes.add(t.get("code").asText());
        });
        assertThat(codes).hasSize(2);
        assertThat(tickets.findValuesAsText("seatId")).containsExactlyInAnyOrder(
                seats.get(0).toString(), seats.get(1).toString());
        assertThat(tickets.get(0).get("seat").asText()).isEqualTo("Section 1, row A, seat 1");

        for (long seat : seats) {
            assertThat(seatStatus(api, sale.eventId(), seat)).isEqualTo("BOOKED");
        }
        PaymentIntent captured = Eventually.eventually(Duration.ofSeconds(15), () -> {
            PaymentIntent pi = Payments.intent(intentId);
            assertThat(pi.getStatus()).isEqualTo("succeeded");
            return pi;
        });
        assertThat(captured.getAmountReceived()).isEqualTo(9000);

        Mailbox.Mail mail = Mailbox.await(buyer.email(), "Your tickets for " + confirmed.get("eventName").asText());
        assertThat(mail.contentType()).startsWith("multipart/");
        for (String code : codes) {
            assertThat(mail.text()).contains(code);
            assertThat(mail.html()).contains(code);
        }
        assertThat(mail.text()).contains("Section 1, row A, seat 1").contains("90.00 EUR");

        JsonNode history = asBuyer.get("/api/v1/me/orders").json().get("items");
        assertThat(history.get(0).get("orderId").asText()).isEqualTo(orderId);
        assertThat(history.get(0).get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(history.get(0).get("tickets").findValuesAsText("code")).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(validTickets(sale.eventId(), seats)).isEqualTo(2);

        String page = new Browser(port).signIn(buyer.email(), TestAccounts.PASSWORD).get("/account/bookings").body();
        assertThat(page).contains(confirmed.get("eventName").asText());
        codes.forEach(code -> assertThat(page).contains(code));
    }

    @Test
    void concurrentCheckoutsOfOneHoldMakeOneOrderAndOneIntent() throws Exception {
        Sale sale = aSale(api);
        Api buyer = api.withToken(TestAccounts.customer(api).token());
        String holdId = hold(buyer, sale.eventId(), List.of(sale.seats().get(0).get(8)));

        List<Api.Response> answers = WebhookSignaturesAndOrderingIT.concurrently(8,
                () -> buyer.post("/api/v1/holds/" + holdId + "/checkout", ""));

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(200, 201));
        assertThat(answers.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(answers.stream().map(r -> r.json().get("orderId").asText()).distinct()).hasSize(1);
        assertThat(answers.stream().map(r -> r.json().get("paymentIntentId").asText()).distinct()).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM orders WHERE hold_id = ?")
                .param(Long.parseUnsignedLong(holdId, 16)).query(Long.class).single()).isEqualTo(1);
        // the hold is frozen for the payment: its expiry moved past the 4 s a hold lasts in tests
        JsonNode frozen = buyer.get("/api/v1/holds/" + holdId).json();
        assertThat(java.time.Instant.parse(frozen.get("expiresAt").asText()))
                .isAfter(java.time.Instant.parse(answers.get(0).json().get("holdExpiresAt").asText()).minusMillis(1));
    }

    @Test
    void aDeclinedCardChargesNothingAndTheSeatsAreFreeOnceTheHoldRunsOut() {
        Sale sale = aSale(api);
        Api buyer = api.withToken(TestAccounts.customer(api).token());
        List<Long> seats = List.of(sale.seats().get(0).get(2));
        JsonNode order = checkout(buyer, hold(buyer, sale.eventId(), seats));
        String orderId = order.get("orderId").asText();
        String intentId = order.get("paymentIntentId").asText();

        Payments.Raw declined = Payments.pay(order, "pm_card_chargeDeclined");
        assertThat(declined.status()).as(declined.body()).isEqualTo(402);

        JsonNode failed = Eventually.eventually(Duration.ofSeconds(20), () -> {
            JsonNode o = buyer.get("/api/v1/orders/" + orderId).json();
            assertThat(o.get("paymentError").asText(null)).isEqualTo("generic_decline");
            return o;
        });
        assertThat(failed.get("status").asText()).isEqualTo("PENDING_PAYMENT");
        assertThat(failed.get("tickets")).isEmpty();
        assertThat(seatStatus(api, sale.eventId(), seats.get(0))).isEqualTo("RESERVED");

        JsonNode expired = awaitStatus(buyer, orderId, "EXPIRED");
        assertThat(expired.get("statusReason").asText()).isEqualTo("hold-expired");
        assertThat(expired.get("tickets")).isEmpty();
        PaymentIntent intent = Payments.intent(intentId);
        assertThat(intent.getStatus()).isEqualTo("canceled");
        assertThat(intent.getAmountReceived()).isZero();
        assertThat(seatStatus(api, sale.eventId(), seats.get(0))).isEqualTo("AVAILABLE");
        // a late attempt cannot charge anyone: the intent is cancelled
        assertThat(Payments.pay(order, "pm_card_visa").status())
                .isEqualTo(400);
        Api other = api.withToken(TestAccounts.customer(api).token());
        hold(other, sale.eventId(), seats);
        Api.Response again = buyer.post("/api/v1/holds/" + order.get("holdId").asText() + "/checkout", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("hold-expired");
        assertThat(validTickets(sale.eventId(), seats)).isZero();
    }

    /**
     * The SMTP server is down when an order is confirmed: the notifications pipeline keeps trying
     * (with backoff) and, once the server is back, the buyer gets the confirmation once, and it is
     * recorded as sent. No second mail path (ADR 0035): the pipeline is the only sender.
     */
    @Test
    void aConfirmationMailThatNeverReachedTheSmtpServerIsSentAgainOnce() throws InterruptedException {
        Sale sale = aSale(api);
        TestAccounts.Account account = TestAccounts.customer(api);
        Api buyer = api.withToken(account.token());
        JsonNode order = checkout(buyer, hold(buyer, sale.eventId(), List.of(sale.seats().get(1).get(9))));
        String orderId = order.get("orderId").asText();
        SmtpServer.stop();
        try {
            Payments.ok(Payments.pay(order, "pm_card_visa"));
            awaitStatus(buyer, orderId, "CONFIRMED");
            Eventually.eventually(Duration.ofSeconds(30), () -> assertThat(jdbc.sql(
                    "SELECT max(email_attempts) FROM notifications n JOIN notification_outbox o ON o.id = n.outbox_id"
                            + " WHERE o.subject_id = ? AND n.kind = 'ORDER_CONFIRMED'")
                    .param(orderId).query(Integer.class).optional().orElse(0)).as("failed attempts").isPositive());
            assertThat(mailSent(orderId)).as("not sent while the server is down").isFalse();
        } finally {
            SmtpServer.start();
        }
        JsonNode confirmed = buyer.get("/api/v1/orders/" + orderId).json();
        String subject = "Your tickets for " + confirmed.get("eventName").asText();
        Mailbox.await(account.email(), subject);
        Eventually.eventually(Duration.ofSeconds(10), () -> assertThat(mailSent(orderId)).as("marked sent").isTrue());
        Thread.sleep(5_000); // well past the next retries: still exactly one
        assertThat(Mailbox.of(account.email()).stream().filter(m -> m.subject().equals(subject))).hasSize(1);
    }

    private boolean mailSent(String orderId) {
        return jdbc.sql("SELECT mail_sent_at IS NOT NULL FROM orders WHERE id = ?")
                .param(java.util.UUID.fromString(orderId)).query(Boolean.class).single();
    }

    @Test
    void aDuplicatedWebhookChangesNothing() {
        Sale sale = aSale(api);
        TestAccounts.Account account = TestAccounts.customer(api);
        Api buyer = api.withToken(account.token());
        List<Long> seats = List.of(sale.seats().get(1).get(1), sale.seats().get(1).get(2));
        JsonNode order = checkout(buyer, hold(buyer, sale.eventId(), seats));
        String orderId = order.get("orderId").asText();
        String intentId = order.get("paymentIntentId").asText();
        Payments.ok(Payments.pay(order, "pm_card_visa"));
        JsonNode confirmed = awaitStatus(buyer, orderId, "CONFIRMED");
        awaitCaptured(intentId, 9000);
        Mailbox.await(account.email(), "Your tickets for " + confirmed.get("eventName").asText());

        String authorized = Payments.event(intentId, "payment_intent.amount_capturable_updated").get("id").asText();
        String succeeded = Eventually.eventually(Duration.ofSeconds(10),
                () -> Payments.event(intentId, "payment_intent.succeeded")).get("id").asText();
        for (String eventId : List.of(authorized, succeeded, authorized)) {
            Payments.ok(Payments.resend(eventId));
        }
        // every copy reached this app and was answered 200 (the later ones as duplicates)
        Eventually.eventually(Duration.ofSeconds(20), () -> {
            for (String eventId : List.of(authorized, succeeded)) {
                assertThat(answersFromThisApp(eventId)).as(eventId).containsOnly(200).hasSizeGreaterThanOrEqualTo(2);
            }
        });
        assertThat(recordedEvents(intentId)).isEqualTo(2);
        JsonNode after = buyer.get("/api/v1/orders/" + orderId).json();
        assertThat(after.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(after.get("tickets").findValuesAsText("code"))
                .containsExactlyInAnyOrderElementsOf(confirmed.get("tickets").findValuesAsText("code"));
        assertThat(validTickets(sale.eventId(), seats)).isEqualTo(2);
        assertThat(Payments.intent(intentId).getAmountReceived()).isEqualTo(9000);
        assertThat(Mailbox.of(account.email()).stream().filter(m -> m.subject().startsWith("Your tickets"))).hasSize(1);
    }

    @Test
    void aPaymentAfterTheHoldRanOutAndTheSeatsWereBoughtIsCancelledNotCharged() {
        Sale sale = aSale(api);
        Api late = api.withToken(TestAccounts.customer(api).token());
        List<Long> seats = List.of(sale.seats().get(0).get(5), sale.seats().get(0).get(6));
        String lateHold = hold(late, sale.eventId(), seats);
        JsonNode lateOrder = checkout(late, lateHold);
        awaitHoldExpired(late, lateHold);

        // Someone else holds the same seats, pays, and gets them.
        Api fast = api.withToken(TestAccounts.customer(api).token());
        JsonNode fastOrder = checkout(fast, hold(fast, sale.eventId(), seats));
        Payments.ok(Payments.pay(fastOrder, "pm_card_visa"));
        awaitStatus(fast, fastOrder.get("orderId").asText(), "CONFIRMED");

        // Now the first buyer's payment lands: authorized at the provider, but the seats are gone.
        String lateIntent = lateOrder.get("paymentIntentId").asText();
        Payments.Raw paid = Payments.ok(Payments.pay(lateOrder, "pm_card_visa"));
        assertThat(paid.json().get("status").asText()).isEqualTo("requires_capture");

        JsonNode cancelled = awaitStatus(late, lateOrder.get("orderId").asText(), "CANCELLED");
        assertThat(cancelled.get("statusReason").asText()).isEqualTo("seats-lost");
        assertThat(cancelled.get("tickets")).isEmpty();
        PaymentIntent intent = Eventually.eventually(Duration.ofSeconds(15), () -> {
            PaymentIntent pi = Payments.intent(lateIntent);
            assertThat(pi.getStatus()).isEqualTo("canceled");
            return pi;
        });
        assertThat(intent.getAmountReceived()).isZero();
        assertThat(validTickets(sale.eventId(), seats)).isEqualTo(2);
        assertThat(ticketOwners(sale.eventId(), seats)).containsOnly(fastOrder.get("orderId").asText());
        for (long seat : seats) {
            assertThat(seatStatus(api, sale.eventId(), seat)).isEqualTo("BOOKED");
        }
    }

    @Test
    void aPaymentAfterTheHoldRanOutAndTheSeatsWereHeldBySomeoneElseIsCancelledNotCharged() {
        Sale sale = aSale(api);
        Api late = api.withToken(TestAccounts.customer(api).token());
        List<Long> seats = List.of(sale.seats().get(1).get(7));
        String lateHold = hold(late, sale.eventId(), seats);
        JsonNode lateOrder = checkout(late, lateHold);
        awaitHoldExpired(late, lateHold);
        Api other = api.withToken(TestAccounts.customer(api).token());
        String otherHold = hold(other, sale.eventId(), seats);

        String lateIntent = lateOrder.get("paymentIntentId").asText();
        Payments.ok(Payments.pay(lateOrder, "pm_card_visa"));

        awaitStatus(late, lateOrder.get("orderId").asText(), "CANCELLED");
        Eventually.eventually(Duration.ofSeconds(15),
                () -> assertThat(Payments.intent(lateIntent).getStatus()).isEqualTo("canceled"));
        assertThat(Payments.intent(lateIntent).getAmountReceived()).isZero();
        // the other buyer's hold is untouched and can be paid
        assertThat(seatStatus(api, sale.eventId(), seats.get(0))).isEqualTo("RESERVED");
        JsonNode otherOrder = checkout(other, otherHold);
        Payments.ok(Payments.pay(otherOrder, "pm_card_visa"));
        awaitStatus(other, otherOrder.get("orderId").asText(), "CONFIRMED");
        assertThat(validTickets(sale.eventId(), seats)).isEqualTo(1);
    }

    /** A buyer's checkout of two seats whose hold has run out, the payment not made yet. */
    record Lapsed(Sale sale, TestAccounts.Account buyer, Api api, List<Long> seats, JsonNode order) {
    }

    private Lapsed lapsedCheckout() {
        Sale sale = aSale(api);
        TestAccounts.Account buyer = TestAccounts.customer(api);
        Api late = api.withToken(buyer.token());
        List<Long> seats = List.of(sale.seats().get(0).get(8), sale.seats().get(0).get(9));
        String hold = hold(late, sale.eventId(), seats);
        JsonNode order = checkout(late, hold);
        awaitHoldExpired(late, hold);
        return new Lapsed(sale, buyer, late, seats, order);
    }

    /**
     * The buyer's hold ran out and they held the limit elsewhere at the event meanwhile; their late
     * payment for the lapsed seats (still free) would give them more than the limit, so it is
     * cancelled, not charged, and the seats stay on sale. Without the re-count the lapsed hold was
     * simply booked, beyond the limit.
     */
    @Test
    void aLatePaymentForLapsedSeatsThatWouldPassTheBuyersLimitIsCancelledNotCharged() {
        Lapsed lapsed = lapsedCheckout();
        Sale sale = lapsed.sale();
        TestAccounts.Account buyer = lapsed.buyer();
        Api late = lapsed.api();
        List<Long> lapsedSeats = lapsed.seats();
        JsonNode lateOrder = lapsed.order();
        int limit = properties.holds().maxPerAccountPerEvent();
        String fullHold = hold(late, sale.eventId(), sale.seats().get(1).subList(0, limit));

        String lateIntent = lateOrder.get("paymentIntentId").asText();
        Payments.ok(Payments.pay(lateOrder, "pm_card_visa"));

        JsonNode cancelled = awaitStatus(late, lateOrder.get("orderId").asText(), "CANCELLED");
        assertThat(cancelled.get("statusReason").asText()).isEqualTo("hold-limit-reached");
        assertThat(cancelled.get("tickets")).isEmpty();
        Eventually.eventually(Duration.ofSeconds(15),
                () -> assertThat(Payments.intent(lateIntent).getStatus()).isEqualTo("canceled"));
        assertThat(Payments.intent(lateIntent).getAmountReceived()).isZero();
        assertThat(validTickets(sale.eventId(), lapsedSeats)).isZero();
        for (long seat : lapsedSeats) {
            assertThat(seatStatus(api, sale.eventId(), seat)).as("back on sale").isEqualTo("AVAILABLE");
        }
        var quota = quotas.get(new org.ticketgrid.holds.quota.QuotaKey(sale.eventId(), buyer.id()));
        assertThat(quota.used(System.currentTimeMillis())).as("only the live hold counts").isEqualTo(limit);
        assertThat(quota.contains(org.ticketgrid.holds.Hold.parseId(fullHold))).isTrue();
    }

    /** Within the limit, a late payment for lapsed seats that nobody took is booked and counts for good. */
    @Test
    void aLatePaymentForLapsedSeatsNobodyTookIsBookedAndCountsAgainstTheLimit() {
        Lapsed lapsed = lapsedCheckout();
        Sale sale = lapsed.sale();
        TestAccounts.Account buyer = lapsed.buyer();
        Api late = lapsed.api();
        List<Long> lapsedSeats = lapsed.seats();
        JsonNode lateOrder = lapsed.order();
        // Another hold of the same buyer drops the lapsed one from the count before the payment lands.
        String other = hold(late, sale.eventId(), List.of(sale.seats().get(1).get(0)));

        Payments.ok(Payments.pay(lateOrder, "pm_card_visa"));
        awaitStatus(late, lateOrder.get("orderId").asText(), "CONFIRMED");
        assertThat(validTickets(sale.eventId(), lapsedSeats)).isEqualTo(2);
        var quota = Eventually.eventually(Duration.ofSeconds(10), () -> {
            var q = quotas.get(new org.ticketgrid.holds.quota.QuotaKey(sale.eventId(), buyer.id()));
            assertThat(q.hasPurchases()).as("the late purchase counts for good").isTrue();
            return q;
        });
        assertThat(quota.used(System.currentTimeMillis())).as("2 bought + 1 held").isEqualTo(3);
        assertThat(quota.contains(org.ticketgrid.holds.Hold.parseId(other))).isTrue();
    }

    /**
     * The grid still says the seat is the hold's, but PostgreSQL has a valid ticket for it (as after
     * a crash of another booking between its commit and its grid confirmation): the unique index
     * refuses the second sale, and the buyer's authorization is cancelled.
     */
    @Test
    void theUniqueIndexRefusesASeatTheDatabaseAlreadySoldAndTheBuyerIsNotCharged() {
        Sale sale = aSale(api);
        Api buyer = api.withToken(TestAccounts.customer(api).token());
        long seat = sale.seats().get(0).get(9);
        JsonNode order = checkout(buyer, hold(buyer, sale.eventId(), List.of(seat)));
        UUID otherOrder = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO orders (id, event_id, account_id, hold_id, status, total_cents, currency)
                VALUES (?, ?::uuid, 'someone-else', ?, 'CONFIRMED', 4500, 'EUR')""")
                .params(otherOrder, sale.eventId(), ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)).update();
        jdbc.sql("""
                INSERT INTO tickets (id, order_id, event_id, section_id, seat_id, status, price_cents, code)
                VALUES (?, ?, ?::uuid, ?, ?, 'VALID', 4500, ?)""")
                .params(UUID.randomUUID(), otherOrder, sale.eventId(), seat >> 20, seat, "TEST" + UUID.randomUUID())
                .update();

        String intentId = order.get("paymentIntentId").asText();
        Payments.ok(Payments.pay(order, "pm_card_visa"));

        JsonNode cancelled = awaitStatus(buyer, order.get("orderId").asText(), "CANCELLED");
        assertThat(cancelled.get("statusReason").asText()).isEqualTo("seats-sold");
        assertThat(cancelled.get("tickets")).isEmpty();
        Eventually.eventually(Duration.ofSeconds(15),
                () -> assertThat(Payments.intent(intentId).getStatus()).isEqualTo("canceled"));
        assertThat(Payments.intent(intentId).getAmountReceived()).isZero();
        assertThat(ticketOwners(sale.eventId(), List.of(seat))).containsExactly(otherOrder.toString());
    }

    @ParameterizedTest
    @EnumSource(BookingFaults.Point.class)
    void aConsumerCrashMidwayIsFinishedExactlyOnceByRedelivery(BookingFaults.Point point) {
        Sale sale = aSale(api);
        TestAccounts.Account account = TestAccounts.customer(api);
        Api buyer = api.withToken(account.token());
        List<Long> seats = List.of(sale.seats().get(0).get(3), sale.seats().get(1).get(3));
        JsonNode order = checkout(buyer, hold(buyer, sale.eventId(), seats));
        UUID orderId = UUID.fromString(order.get("orderId").asText());
        String intentId = order.get("paymentIntentId").asText();
        faults.arm(orderId, point);

        Payments.ok(Payments.pay(order, "pm_card_visa"));

        JsonNode confirmed = awaitStatus(buyer, orderId.toString(), "CONFIRMED");
        awaitCaptured(intentId, 9000);
        assertThat(faults.fired(orderId)).isEqualTo(point);
        Mailbox.await(account.email(), "Your tickets for " + confirmed.get("eventName").asText());
        Eventually.eventually(Duration.ofSeconds(10), () -> assertThat(
                jdbc.sql("SELECT captured_at IS NOT NULL FROM orders WHERE id = ?").param(orderId)
                        .query(Boolean.class).single()).isTrue());
        assertThat(buyer.get("/api/v1/orders/" + orderId).json().get("tickets")).hasSize(2);
        assertThat(validTickets(sale.eventId(), seats)).isEqualTo(2);
        for (long seat : seats) {
            assertThat(seatStatus(api, sale.eventId(), seat)).isEqualTo("BOOKED");
        }
        assertThat(Payments.intent(intentId).getAmountReceived()).isEqualTo(9000);
        assertThat(Mailbox.of(account.email()).stream().filter(m -> m.subject().startsWith("Your tickets"))).hasSize(1);
        // the redelivered record was committed once it was done: the booking group has no lag left
        Eventually.eventually(Duration.ofSeconds(20), () -> assertThat(lag(properties.payments().streams().topic(),
                properties.payments().streams().group())).isZero());
    }

    @Test
    void aHighDemandEventsPaymentsGoThroughTheirOwnTopicAndConsumerGroup() {
        Api merchant = TestAccounts.asMerchant(api);
        JsonNode venue = CatalogFixtures.aVenue().withSections(1).withRows(1, 4).create(merchant);
        String eventId = highDemandEvent(merchant, venue);
        long seat = CatalogFixtures.seatIds(venue).get(0).get(0);
        Api buyer = api.withToken(TestAccounts.customer(api).token());
        // A high-demand event: the buyer goes through its waiting room first.
        JsonNode order = checkout(buyer, org.ticketgrid.app.support.WaitingRooms.holdAdmitted(buyer, eventId,
                List.of(seat)));
        String intentId = order.get("paymentIntentId").asText();
        Payments.ok(Payments.pay(order, "pm_card_visa"));

        awaitStatus(buyer, order.get("orderId").asText(), "CONFIRMED");
        String authorized = Payments.event(intentId, "payment_intent.amount_capturable_updated").get("id").asText();
        // (other apps sharing the sandbox and database may record the event on streams of their own)
        var streams = properties.payments().streams();
        assertThat(jdbc.sql("SELECT stream FROM stripe_webhook_events WHERE event_id = ? AND stream IN (?, ?)")
                .params(authorized, streams.topic(), streams.highDemandTopic()).query(String.class).list())
                .containsExactly(streams.highDemandTopic());
    }

    /** Records of {@code topic} not yet committed by {@code group}. */
    long lag(String topic, String group) {
        try (AdminClient admin = AdminClient.create(kafkaAdmin.getConfigurationProperties())) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            committed.keySet().stream().filter(p -> p.topic().equals(topic))
                    .forEach(p -> latest.put(p, OffsetSpec.latest()));
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                lag += end.getValue().offset() - committed.get(end.getKey()).offset();
            }
            assertThat(latest).as("partitions the group committed on").isNotEmpty();
            return lag;
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    void awaitCaptured(String intentId, long amount) {
        Eventually.eventually(Duration.ofSeconds(15), () -> {
            PaymentIntent pi = Payments.intent(intentId);
            assertThat(pi.getStatus()).isEqualTo("succeeded");
            assertThat(pi.getAmountReceived()).isEqualTo(amount);
        });
    }

    static void awaitHoldExpired(Api buyer, String holdId) {
        Eventually.eventually(Duration.ofSeconds(20), () -> assertThat(
                buyer.get("/api/v1/holds/" + holdId).json().get("status").asText()).isEqualTo("EXPIRED"));
    }

    /** Status codes this app answered to the sandbox's deliveries of an event. */
    List<Integer> answersFromThisApp(String eventId) {
        List<Integer> codes = new java.util.ArrayList<>();
        for (JsonNode delivery : Payments.deliveries(eventId).path("data")) {
            if (delivery.path("url").asText().contains(":" + port + "/")) {
                delivery.path("attempts").forEach(a -> codes.add(a.path("status_code").asInt()));
            }
        }
        return codes;
    }

    long recordedEvents(String intentId) {
        return Payments.eventsOf(intentId).stream().filter(e -> jdbc.sql(
                "SELECT count(*) FROM stripe_webhook_events WHERE event_id = ? AND stream = ?")
                .params(e.get("id").asText(), properties.payments().streams().topic())
                .query(Long.class).single() > 0).count();
    }

    List<String> ticketOwners(String eventId, List<Long> seats) {
        return jdbc.sql("SELECT order_id::text FROM tickets WHERE event_id = ?::uuid AND seat_id = ANY(?)"
                + " AND status = 'VALID'").params(eventId, seats.toArray(Long[]::new)).query(String.class).list();
    }

    static String highDemandEvent(Api merchant, JsonNode venue) {
        java.time.Instant starts = java.time.Instant.now().plus(Duration.ofDays(20)).truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS);
        Api.Response created = merchant.post("/api/v1/events", java.util.Map.of("venueId", venue.get("id").asText(),
                "name", "Hot On-Sale " + UUID.randomUUID(), "description", "Everybody wants in", "category", "MUSIC",
                "startsAt", starts.toString(), "endsAt", starts.plus(Duration.ofHours(2)).toString(),
                "highDemand", true, "ticketTypes", List.of(java.util.Map.of("name", "Standard", "priceCents", 4500,
                        "currency", "EUR", "sectionIds", List.of(venue.get("sections").get(0).get("id").asLong())))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(merchant.post("/api/v1/events/" + id + "/publish", "").status()).isEqualTo(200);
        return id;
    }

    long validTickets(String eventId, List<Long> seats) {
        return jdbc.sql("SELECT count(*) FROM tickets WHERE event_id = ?::uuid AND seat_id = ANY(?) AND status = 'VALID'")
                .params(eventId, seats.toArray(Long[]::new)).query(Long.class).single();
    }
}
