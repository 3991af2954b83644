package org.ticketgrid.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.Orders.aSale;
import static org.ticketgrid.app.support.Orders.awaitStatus;
import static org.ticketgrid.app.support.Orders.checkout;
import static org.ticketgrid.app.support.Orders.hold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.jet.Job;
import com.hazelcast.jet.core.JobStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.EventStream;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.Mailbox;
import org.ticketgrid.app.support.Orders.Sale;
import org.ticketgrid.app.support.PaymentWebhookTest;
import org.ticketgrid.app.support.Payments;
import org.ticketgrid.app.support.Refunds;
import org.ticketgrid.app.support.Refunds.Paid;
import org.ticketgrid.app.support.TestAccounts;
import org.ticketgrid.testing.Eventually;

/**
 * Notifications on the real stack: the use case writes the outbox row, Debezium carries it to
 * Kafka, the Jet job on the grid member makes the in-app notification, mails once and publishes
 * live; the web app serves the list, the read mark and the stream.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsIT extends PaymentWebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    HazelcastInstance grid;

    private static List<JsonNode> items(Api buyer, String query) {
        Api.Response list = buyer.get("/api/v1/me/notifications" + query);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        list.json().get("items").forEach(out::add);
        return out;
    }

    private static JsonNode awaitKind(Api buyer, String kind) {
        return Eventually.eventually(Duration.ofSeconds(30), () -> {
            List<JsonNode> mine = items(buyer, "").stream().filter(n -> kind.equals(n.get("kind").asText())).toList();
            assertThat(mine).as(kind + " notifications").hasSize(1);
            return mine.getFirst();
        });
    }

    private static long mails(String address, String subject) {
        return Mailbox.of(address).stream().filter(m -> m.subject().equals(subject)).count();
    }

    @Test
    void aConfirmedOrderMakesOneMailAndOneInAppNotificationLiveAndOnlyItsBuyerSeesIt() throws Exception {
        Sale sale = aSale(api);
        TestAccounts.Account account = TestAccounts.customer(api);
        Api buyer = api.withToken(account.token());
        JsonNode order = checkout(buyer, hold(buyer, sale.eventId(), List.of(sale.seats().get(0).get(0))));
        String orderId = order.get("orderId").asText();
        try (EventStream stream = EventStream.open(api.base() + "/api/v1/me/notifications/stream", account.token())) {
            assertThat(stream.status()).isEqualTo(200);
            EventStream.Event first = stream.await(e -> "unread".equals(e.name()), Duration.ofSeconds(10));
            assertThat(first).isNotNull();
            assertThat(JSON.readTree(first.data()).get("unread").asLong()).isZero();

            Payments.ok(Payments.pay(order, "pm_card_visa"));
            JsonNode confirmed = awaitStatus(buyer, orderId, "CONFIRMED");
            EventStream.Event live = stream.await(e -> "notification".equals(e.name()), Duration.ofSeconds(30));
            assertThat(live).as("a live notification").isNotNull();
            JsonNode pushed = JSON.readTree(live.data());
            assertThat(pushed.get("kind").asText()).isEqualTo("ORDER_CONFIRMED");
            assertThat(pushed.get("link").asText()).isEqualTo("/orders/" + orderId);
            assertThat(pushed.get("unread").asLong()).isEqualTo(1);

            String subject = "Your tickets for " + confirmed.get("eventName").asText();
            Mailbox.await(account.email(), subject);
            JsonNode notification = awaitKind(buyer, "ORDER_CONFIRMED");
            assertThat(notification.get("id").asText()).isEqualTo(pushed.get("id").asText());
            assertThat(notification.get("title").asText()).isEqualTo(subject);
            assertThat(notification.get("readAt").isNull()).isTrue();
            assertThat(buyer.get("/api/v1/me/notifications").json().get("unread").asLong()).isEqualTo(1);

            // Another account neither sees it nor can mark it.
            Api stranger = api.withToken(TestAccounts.customer(api).token());
            assertThat(items(stranger, "")).isEmpty();
            Api.Response theirs = stranger.post("/api/v1/me/notifications/" + notification.get("id").asText()
                    + "/read", "");
            assertThat(theirs.status()).isEqualTo(404);
            assertThat(theirs.contentType()).startsWith("application/problem+json");
            assertThat(buyer.post("/api/v1/me/notifications/not-an-id/read", "").status()).isEqualTo(404);

            Api.Response read = buyer.post("/api/v1/me/notifications/" + notification.get("id").asText() + "/read", "");
            assertThat(read.status()).isEqualTo(204);
            assertThat(buyer.post("/api/v1/me/notifications/" + notification.get("id").asText() + "/read", "")
                    .status()).as("idempotent").isEqualTo(204);
            assertThat(items(buyer, "?unread=true")).isEmpty();
            assertThat(items(buyer, "").getFirst().get("readAt").isNull()).isFalse();

            Thread.sleep(3_000); // later redeliveries or retries add nothing
            assertThat(mails(account.email(), subject)).isEqualTo(1);
            assertThat(items(buyer, "")).hasSize(1);
        }
        assertThat(api.get("/api/v1/me/notifications").status()).as("anonymous").isEqualTo(401);
    }

    @Test
    void aRefundMakesOneMailAndOneInAppNotification() throws Exception {
        Sale sale = Refunds.aSaleStartingIn(api, Duration.ofDays(20));
        Paid paid = Refunds.paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(0).get(2)));
        String eventName = paid.order().get("eventName").asText();
        Mailbox.await(paid.account().email(), "Your tickets for " + eventName);
        Api.Response refunded = paid.buyer().post("/api/v1/orders/" + paid.orderId() + "/refund",
                Map.of("reason", "Cannot come"));
        assertThat(refunded.status()).as(refunded.body()).isEqualTo(202);
        Mailbox.Mail mail = Mailbox.await(paid.account().email(), "Your refund for " + eventName);
        assertThat(mail.text()).contains("45.00 EUR").contains("Cannot come");
        assertThat(mail.html()).contains("45.00 EUR");
        JsonNode notification = awaitKind(paid.buyer(), "REFUNDED");
        assertThat(notification.get("title").asText()).isEqualTo("Your refund for " + eventName);
        Thread.sleep(3_000);
        assertThat(mails(paid.account().email(), "Your refund for " + eventName)).isEqualTo(1);
        assertThat(items(paid.buyer(), "").stream().map(n -> n.get("kind").asText()))
                .containsExactlyInAnyOrder("ORDER_CONFIRMED", "REFUNDED");
    }

    @Test
    void aCancelledEventTellsEachTicketHolderOnce() throws Exception {
        Sale sale = Refunds.aSaleStartingIn(api, Duration.ofDays(20));
        Paid first = Refunds.paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(0).get(3)));
        Paid second = Refunds.paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(1).get(3)));
        String eventName = first.order().get("eventName").asText();
        Api.Response cancelled = merchant.post("/api/v1/events/" + sale.eventId() + "/cancel", "");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        for (Paid paid : List.of(first, second)) {
            Mailbox.await(paid.account().email(), eventName + " is cancelled");
            JsonNode n = awaitKind(paid.buyer(), "EVENT_CANCELLED");
            assertThat(n.get("link").asText()).isEqualTo("/events/" + sale.eventId());
        }
        Thread.sleep(2_000);
        for (Paid paid : List.of(first, second)) {
            assertThat(mails(paid.account().email(), eventName + " is cancelled")).isEqualTo(1);
        }
    }

    /**
     * The Jet job restarted (from its last snapshot) while orders are being confirmed: every buyer
     * still gets exactly one confirmation and one notification.
     */
    @Test
    void theJobRestartedMidStreamLosesAndDuplicatesNothing() throws Exception {
        Sale sale = aSale(api);
        List<TestAccounts.Account> accounts = new ArrayList<>();
        List<JsonNode> orders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TestAccounts.Account account = TestAccounts.customer(api);
            Api buyer = api.withToken(account.token());
            accounts.add(account);
            orders.add(checkout(buyer, hold(buyer, sale.eventId(), List.of(sale.seats().get(1).get(4 + i)))));
        }
        Job job = grid.getJet().getJob("notifications");
        assertThat(job).as("the notifications job runs on the grid").isNotNull();
        for (int i = 0; i < orders.size(); i++) {
            Payments.ok(Payments.pay(orders.get(i), "pm_card_visa"));
            if (i == 2) {
                job.restart();
            }
        }
        Eventually.eventually(Duration.ofSeconds(60), () -> assertThat(job.getStatus()).isEqualTo(JobStatus.RUNNING));
        String subject = null;
        for (int i = 0; i < orders.size(); i++) {
            Api buyer = api.withToken(accounts.get(i).token());
            JsonNode confirmed = awaitStatus(buyer, orders.get(i).get("orderId").asText(), "CONFIRMED");
            subject = "Your tickets for " + confirmed.get("eventName").asText();
            Mailbox.await(accounts.get(i).email(), subject);
            awaitKind(buyer, "ORDER_CONFIRMED");
        }
        Thread.sleep(3_000);
        for (TestAccounts.Account account : accounts) {
            assertThat(mails(account.email(), subject)).as(account.email()).isEqualTo(1);
        }
    }

    /**
     * Notify me: three buyers subscribe in order; one seat comes back (a refund) and only the first
     * is told; another seat and the second is told; the third, who unsubscribed, never is.
     */
    @Test
    void notifyMeServesSubscribersInOrderAndOnlyAsManyAsSeatsCameBack() throws Exception {
        Sale sale = Refunds.aSaleStartingIn(api, Duration.ofDays(20));
        Paid a = Refunds.paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(0).get(5)));
        Paid b = Refunds.paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(0).get(6)));
        List<TestAccounts.Account> subscribers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TestAccounts.Account s = TestAccounts.customer(api);
            Api as = api.withToken(s.token());
            Api.Response alert = as.post("/api/v1/events/" + sale.eventId() + "/alerts", "");
            assertThat(alert.status()).as(alert.body()).isEqualTo(201);
            Api.Response again = as.post("/api/v1/events/" + sale.eventId() + "/alerts", "");
            assertThat(again.json().get("alertId").asText()).as("idempotent").isEqualTo(alert.json().get("alertId")
                    .asText());
            subscribers.add(s);
        }
        assertThat(api.withToken(subscribers.get(2).token()).delete("/api/v1/events/" + sale.eventId() + "/alerts")
                .status()).isEqualTo(204);
        assertThat(api.withToken(subscribers.get(0).token()).post("/api/v1/events/" + UUID.randomUUID() + "/alerts",
                "").status()).isEqualTo(404);
        String eventName = a.order().get("eventName").asText();
        String subject = "Tickets are available for " + eventName;

        assertThat(a.buyer().post("/api/v1/orders/" + a.orderId() + "/refund", Map.of("reason", "x")).status())
                .isEqualTo(202);
        Mailbox.Mail told = Mailbox.await(subscribers.get(0).email(), subject);
        assertThat(told.text()).contains("/events/" + sale.eventId()).contains("Stop these mails");
        awaitKind(api.withToken(subscribers.get(0).token()), "TICKETS_AVAILABLE");
        Thread.sleep(3_000);
        assertThat(mails(subscribers.get(1).email(), subject)).as("second waits").isZero();
        assertThat(items(api.withToken(subscribers.get(1).token()), "")).isEmpty();

        assertThat(b.buyer().post("/api/v1/orders/" + b.orderId() + "/refund", Map.of("reason", "y")).status())
                .isEqualTo(202);
        Mailbox.await(subscribers.get(1).email(), subject);
        awaitKind(api.withToken(subscribers.get(1).token()), "TICKETS_AVAILABLE");
        Thread.sleep(3_000);
        assertThat(mails(subscribers.get(0).email(), subject)).as("first told once").isEqualTo(1);
        assertThat(mails(subscribers.get(2).email(), subject)).as("unsubscribed").isZero();
    }
}
