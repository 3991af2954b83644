package org.ticketgrid.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.Refunds.paidOrder;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.Browser;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.PaymentWebhookTest;
import org.ticketgrid.app.support.Mailbox;
import org.ticketgrid.app.support.Orders.Sale;
import org.ticketgrid.app.support.Refunds;
import org.ticketgrid.app.support.Refunds.Paid;
import org.ticketgrid.app.support.TestAccounts;
import org.ticketgrid.testing.Eventually;

/**
 * "Email my tickets again" on the order page: once the first mail is out and a minute has passed,
 * the buyer gets the same mail again; pressed again at once it sends nothing and says so;
 * strangers get the 404 page and a forged form 403.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResendTicketsIT extends PaymentWebhookTest {

    @Test
    void theBuyerGetsTheTicketsMailAgainAtMostOnceAMinute() {
        Sale sale = Refunds.aSaleStartingIn(api, Duration.ofDays(10));
        Paid paid = paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(0).get(7)));
        String subject = "Your tickets for " + paid.order().get("eventName").asText();
        Mailbox.await(paid.account().email(), subject);
        Browser buyer = new Browser(port).from(TestAccounts.randomIp()).signIn(paid.account().email(),
                TestAccounts.PASSWORD);
        String resend = "/orders/" + paid.orderId() + "/resend";
        assertThat(buyer.get("/orders/" + paid.orderId()).body()).contains("action=\"" + resend + "\"");

        Browser.Page tooSoon = buyer.post(resend, Map.of());
        assertThat(tooSoon.status()).isEqualTo(302);
        assertThat(buyer.get("/orders/" + paid.orderId()).body()).contains("emailed a moment ago");

        jdbc.sql("UPDATE orders SET mail_sent_at = now() - interval '2 minutes' WHERE id = ?")
                .param(UUID.fromString(paid.orderId())).update();
        assertThat(buyer.post(resend, Map.of()).status()).isEqualTo(302);
        assertThat(buyer.get("/orders/" + paid.orderId()).body()).contains("on their way to your email again");
        assertThat(buyer.post(resend, Map.of()).status()).as("pressed twice").isEqualTo(302);
        Eventually.eventually(Duration.ofSeconds(20), () -> assertThat(Mailbox.of(paid.account().email()).stream()
                .filter(m -> m.subject().equals(subject))).hasSize(2));

        Browser stranger = new Browser(port).from(TestAccounts.randomIp())
                .signIn(TestAccounts.customer(api).email(), TestAccounts.PASSWORD);
        stranger.get("/"); // a page, for the form's CSRF token
        assertThat(stranger.post(resend, Map.of()).status()).isEqualTo(404);
        assertThat(buyer.postRaw(resend, Map.of()).status()).as("no CSRF token").isEqualTo(403);
        assertThat(Mailbox.of(paid.account().email()).stream().filter(m -> m.subject().equals(subject)))
                .as("nothing more sent").hasSize(2);
    }
}
