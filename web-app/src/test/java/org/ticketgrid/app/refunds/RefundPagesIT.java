package org.ticketgrid.app.refunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.Refunds.paidOrder;

import com.stripe.model.Refund;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.Browser;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.PaymentWebhookTest;
import org.ticketgrid.app.support.Orders.Sale;
import org.ticketgrid.app.support.Refunds;
import org.ticketgrid.app.support.Refunds.Paid;
import org.ticketgrid.app.support.TestAccounts;

/**
 * The refund page as browsers use it: the buyer refunds some tickets of their order inside the
 * window; a refusal (no ticket chosen, no reason, a ticket already refunded, the window closed) is
 * a message on the page with the right status, and changes nothing at the provider; the merchant
 * finds the order on the event's sales page and refunds it after the buyer's window closed;
 * strangers get the 404 page, anonymous visitors the sign-in, forged forms a 403.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefundPagesIT extends PaymentWebhookTest {

    @Test
    void theBuyerRefundsOneOfTwoTicketsFromTheOrderPageAndRefusalsAreShownOnThePage() {
        Sale sale = Refunds.aSaleStartingIn(api, Duration.ofDays(30));
        Paid paid = paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(0).get(0), sale.seats().get(0).get(1)));
        Browser buyer = signedIn(paid.account().email());
        String refundPath = "/orders/" + paid.orderId() + "/refund";

        assertThat(buyer.get("/orders/" + paid.orderId()).body()).contains("href=\"" + refundPath + "\"");
        Browser.Page form = buyer.get(refundPath);
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        List<String> tickets = paid.ticketIds();
        assertThat(form.body()).contains("value=\"" + tickets.get(0) + "\"").contains("value=\"" + tickets.get(1) + "\"")
                .contains("45.00").contains("You can refund your own tickets until");

        Browser.Page noTicket = buyer.post(refundPath, Map.of("reason", "Cannot come"));
        assertThat(noTicket.status()).isEqualTo(400);
        assertThat(noTicket.body()).contains("Choose at least one ticket");
        Browser.Page noReason = buyer.post(refundPath, Map.of("ticketId", tickets.get(0), "reason", "  "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Give a reason").doesNotContain("Exception");
        assertThat(Refunds.at(paid.paymentIntentId())).as("nothing reached the provider").isEmpty();

        Browser.Page done = buyer.post(refundPath, Map.of("ticketId", tickets.get(0), "reason", "One friend cannot come"));
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(done.location()).endsWith("/orders/" + paid.orderId());
        Browser.Page after = buyer.get("/orders/" + paid.orderId());
        assertThat(after.body()).contains("Refunded 45.00").contains("for 1 ticket").contains("This ticket was cancelled.");
        List<Refund> refunds = Refunds.at(paid.paymentIntentId());
        assertThat(refunds).hasSize(1);
        assertThat(refunds.getFirst().getAmount()).isEqualTo(4500L);
        assertThat(paid.buyer().get("/api/v1/orders/" + paid.orderId()).json().get("status").asText())
                .isEqualTo("PARTIALLY_REFUNDED");
        assertThat(Refunds.ticketStatuses(paid.buyer(), paid.orderId()))
                .containsEntry(tickets.get(0), "VOID").containsEntry(tickets.get(1), "VALID");

        Browser.Page again = buyer.get(refundPath);
        assertThat(again.body()).doesNotContain("value=\"" + tickets.get(0) + "\"")
                .contains("value=\"" + tickets.get(1) + "\"");
        Browser.Page twice = buyer.post(refundPath, Map.of("ticketId", tickets.get(0), "reason", "Again"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("already refunded");
        assertThat(Refunds.at(paid.paymentIntentId())).as("a repeat never reaches the provider").hasSize(1);
    }

    @Test
    void afterTheBuyersWindowThePageSaysSoAndTheMerchantRefundsFromTheSalesPage() {
        Sale soon = Refunds.aSaleStartingIn(api, Duration.ofHours(24));
        Paid paid = paidOrder(api, jdbc, soon.eventId(), List.of(soon.seats().get(1).get(3)));
        Browser buyer = signedIn(paid.account().email());
        String refundPath = "/orders/" + paid.orderId() + "/refund";

        Browser.Page closed = buyer.get(refundPath);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body()).contains("Refunds of your own tickets closed on").contains("contact the organizer")
                .doesNotContain("name=\"ticketId\"");
        Browser.Page refused = buyer.post(refundPath, Map.of("ticketId", paid.ticketIds().get(0), "reason", "Ill"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("ask the organizer");
        assertThat(Refunds.at(paid.paymentIntentId())).isEmpty();

        Browser merchant = signedIn(TestAccounts.merchant(api).email());
        Browser.Page sales = merchant.get("/merchant/events/" + soon.eventId());
        assertThat(sales.status()).isEqualTo(200);
        assertThat(sales.body()).contains("href=\"" + refundPath + "\"").contains(paid.account().email());
        Browser.Page form = merchant.get(refundPath);
        assertThat(form.body()).contains("value=\"" + paid.ticketIds().get(0) + "\"")
                .doesNotContain("You can refund your own tickets until");
        Browser.Page done = merchant.post(refundPath, Map.of("ticketId", paid.ticketIds().get(0),
                "reason", "The artist is ill"));
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(done.location()).endsWith("/merchant/events/" + soon.eventId());
        assertThat(merchant.get("/merchant/events/" + soon.eventId()).body()).contains("Refunded 45.00")
                .doesNotContain("href=\"" + refundPath + "\"");
        assertThat(Refunds.at(paid.paymentIntentId())).hasSize(1);
        assertThat(paid.buyer().get("/api/v1/orders/" + paid.orderId()).json().get("status").asText())
                .isEqualTo("REFUNDED");
    }

    @Test
    void strangersAnonymousVisitorsAndForgedFormsGetNothing() {
        Sale sale = Refunds.aSaleStartingIn(api, Duration.ofDays(30));
        Paid paid = paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(0).get(4)));
        String refundPath = "/orders/" + paid.orderId() + "/refund";
        Map<String, String> form = Map.of("ticketId", paid.ticketIds().get(0), "reason", "Mine now");

        Browser stranger = signedIn(TestAccounts.customer(api).email());
        assertThat(stranger.get(refundPath).status()).isEqualTo(404);
        assertThat(stranger.post(refundPath, form).status()).isEqualTo(404);
        assertThat(stranger.get("/orders/not-an-order/refund").status()).isEqualTo(404);
        Browser anonymous = new Browser(port).from(TestAccounts.randomIp());
        Browser.Page toSignIn = anonymous.get(refundPath);
        assertThat(toSignIn.status()).isEqualTo(302);
        assertThat(toSignIn.location()).contains("/signin");
        Browser buyer = signedIn(paid.account().email());
        buyer.get(refundPath);
        assertThat(buyer.postRaw(refundPath, form).status()).as("no CSRF token").isEqualTo(403);

        assertThat(Refunds.at(paid.paymentIntentId())).isEmpty();
        assertThat(paid.buyer().get("/api/v1/orders/" + paid.orderId()).json().get("status").asText())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void anAdminFindsAnOrderByReferenceOrEmailAndRefundsIt() {
        Sale sale = Refunds.aSaleStartingIn(api, Duration.ofDays(30));
        Paid paid = paidOrder(api, jdbc, sale.eventId(), List.of(sale.seats().get(1).get(6)));
        String reference = paid.orderId().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        Browser admin = new Browser(port).from(TestAccounts.randomIp())
                .signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);

        String byReference = admin.get("/admin/orders?q=" + reference).body();
        assertThat(byReference).contains(reference).contains(paid.account().email())
                .contains("href=\"/orders/" + paid.orderId() + "/refund\"");
        assertThat(admin.get("/admin/orders?q=" + paid.account().email().toUpperCase(java.util.Locale.ROOT)).body())
                .as("email, any case").contains(reference);
        assertThat(admin.get("/admin/orders?q=%25").body()).as("a LIKE wildcard is a plain character")
                .contains("No order matches");
        assertThat(admin.get("/admin/orders?q=" + "x".repeat(400)).status()).isEqualTo(200);
        assertThat(admin.get("/admin/orders").body()).contains("Type a reference or an email");

        Browser.Page done = admin.post("/orders/" + paid.orderId() + "/refund", Map.of("ticketId",
                paid.ticketIds().get(0), "reason", "Support: double purchase"));
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(Refunds.at(paid.paymentIntentId())).hasSize(1);
        assertThat(signedIn(paid.account().email()).get("/admin/orders?q=" + reference).status())
                .as("customers may not search").isEqualTo(403);
    }

    private Browser signedIn(String email) {
        return new Browser(port).from(TestAccounts.randomIp()).signIn(email, TestAccounts.PASSWORD);
    }
}
