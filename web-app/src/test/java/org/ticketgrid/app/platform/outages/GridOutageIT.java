package org.ticketgrid.app.platform.outages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.Orders;
import org.ticketgrid.app.support.PaymentWebhookTest;
import org.ticketgrid.app.support.Payments;
import org.ticketgrid.app.support.Refunds;
import org.ticketgrid.app.support.TestAccounts;
import org.ticketgrid.testing.Eventually;
import org.ticketgrid.testing.RealStack;

/**
 * A grid outage is answered and survived (ADR 0032). This web app is the client of a Hazelcast
 * member of its own, in another JVM, which the test kills with {@code kill -9}: while it is away,
 * a hold is answered 503 problem+json with {@code Retry-After} within seconds, the event page with
 * the friendly page, and health names the grid as what is down while the database stays up. The
 * member is started again (the inventory comes back from PostgreSQL) and the same web-app process,
 * never restarted, sells a ticket end to end: hold, checkout, payment at the sandbox, CONFIRMED.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GridOutageIT extends PaymentWebhookTest {

    private static final Duration PROMPT = Duration.ofSeconds(8);
    private static MemberProcess member;

    @DynamicPropertySource
    static void ownGrid(DynamicPropertyRegistry registry) {
        RealStack.ensureRunning();
        member = new MemberProcess("outage-" + UUID.randomUUID(), MemberProcess.freePort(),
                Path.of("target", "outage-member.log"));
        member.start();
        registry.add("ticketgrid.grid.members", member::address);
        registry.add("ticketgrid.grid.cluster-name", member::clusterName);
    }

    @AfterAll
    void stopMember() {
        member.kill();
    }

    @Test
    void aKilledMemberIsAnswered503AndTheSameAppSellsATicketOnceItIsBack() {
        // Before the outage: an event on sale and a buyer with an account.
        Orders.Sale sale = Refunds.aSaleStartingIn(api, Duration.ofDays(7));
        TestAccounts.Account account = TestAccounts.customer(api);
        Api buyer = api.withToken(account.token());
        assertThat(component(health(), "hazelcast")).isEqualTo("UP");

        member.kill();

        // While it is away: prompt 503s, never a 500 or a hang.
        Timed<Api.Response> hold = timed(() -> buyer.post("/api/v1/events/" + sale.eventId() + "/holds",
                Map.of("seatIds", List.of(sale.seats().get(0).get(0)))));
        assertThat(hold.value().status()).as(hold.value().body()).isEqualTo(503);
        assertThat(hold.value().contentType()).startsWith("application/problem+json");
        assertThat(hold.value().header("Retry-After")).isEqualTo("5");
        assertThat(hold.value().json().get("code").asText()).isEqualTo("service-unavailable");
        assertThat(hold.value().json().get("service").asText()).isEqualTo("grid");
        assertThat(hold.took()).as("503 within a few seconds").isLessThan(PROMPT);

        Timed<HttpResponse<String>> page = timed(() -> page("/events/" + sale.eventId()));
        assertThat(page.value().statusCode()).isEqualTo(503);
        assertThat(page.value().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.value().headers().firstValue("Retry-After")).hasValue("5");
        assertThat(page.value().body()).contains("We will be right back").doesNotContain("Exception");
        assertThat(page.took()).isLessThan(PROMPT);

        Timed<JsonNode> down = timed(this::health);
        assertThat(down.value().get("status").asText()).isEqualTo("DOWN");
        assertThat(component(down.value(), "hazelcast")).isEqualTo("DOWN");
        assertThat(component(down.value(), "db")).isEqualTo("UP");
        assertThat(down.took()).isLessThan(PROMPT);

        // The member comes back (a new process, same address); the client finds it by itself.
        member.start();
        Eventually.eventually(Duration.ofSeconds(60),
                () -> assertThat(component(health(), "hazelcast")).isEqualTo("UP"));

        // Access tokens live in the grid (hashed, an hour), so the killed member took them along:
        // the buyer signs in again, as a client whose token stopped working would.
        Api signedInAgain = api.withToken(api.post("/api/v1/auth/token", Map.of("email", account.email(),
                "password", TestAccounts.PASSWORD)).json().get("accessToken").asText());
        JsonNode checkout = Orders.checkout(signedInAgain, Orders.hold(signedInAgain, sale.eventId(),
                List.of(sale.seats().get(0).get(0), sale.seats().get(0).get(1))));
        Payments.ok(Payments.pay(checkout, "pm_card_visa"));
        JsonNode order = Orders.awaitStatus(signedInAgain, checkout.get("orderId").asText(), "CONFIRMED");
        assertThat(order.get("tickets")).hasSize(2);
        assertThat(Orders.seatStatus(api, sale.eventId(), sale.seats().get(0).get(0))).isEqualTo("BOOKED");
    }

    private record Timed<T>(T value, Duration took) {
    }

    private static <T> Timed<T> timed(java.util.function.Supplier<T> call) {
        long start = System.nanoTime();
        T value = call.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }

    private JsonNode health() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(30)).GET().build());
        try {
            return new ObjectMapper().readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("health is not JSON: " + response.body(), e);
        }
    }

    private static String component(JsonNode health, String name) {
        JsonNode component = health.path("components").path(name);
        return component.isMissingNode() ? "MISSING in " + health : component.path("status").asText();
    }

    private HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(30)).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
