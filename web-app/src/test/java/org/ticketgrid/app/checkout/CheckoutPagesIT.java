package org.ticketgrid.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.Orders.aSale;
import static org.ticketgrid.app.support.Orders.awaitStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.stripe.model.WebhookEndpoint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.Browser;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.Mailbox;
import org.ticketgrid.app.support.Orders;
import org.ticketgrid.app.support.Orders.Sale;
import org.ticketgrid.app.support.Payments;
import org.ticketgrid.app.support.TestAccounts;
import org.ticketgrid.testing.Eventually;

/**
 * The buyer's pages end to end against the real stack, as a browser uses them (session cookie,
 * CSRF tokens, HTMX headers): hold on the event page, checkout, the sandbox card form, processing
 * until the sandbox's webhook has gone through Kafka and the booking consumer, the confirmation
 * with QR codes, the downloads, the mail; declines, strangers, anonymous visitors and forged forms.
 * Holds last 4 s here and a checkout freezes them for 6 s (see IntegrationTest), so each flow
 * must, and does, finish inside one hold.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutPagesIT {

    private static final Pattern ORDER_PAY = Pattern.compile("/orders/([0-9a-f-]{36})/pay$");
    private static final Pattern HOLD_ID = Pattern.compile("name=\"holdId\" value=\"([^\"]+)\"");
    private static final Pattern ATTEMPT = Pattern.compile("name=\"attempt\" value=\"([0-9a-f-]{36})\"");
    private static final Pattern EXPIRES_AT = Pattern.compile("data-expires-at=\"([^\"]+)\"");

    @Value("${local.server.port}")
    int port;
    Api api;
    WebhookEndpoint endpoint;

    record Buyer(TestAccounts.Account account, Browser browser, Api api) {
    }

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
    void holdCheckoutPayWithTheSandboxVisaAndTheConfirmationShowsEachTicketsQrCode() throws Exception {
        Sale sale = aSale(api);
        Buyer buyer = buyer();
        Browser browser = buyer.browser();
        List<Long> seats = List.of(sale.seats().get(0).get(0), sale.seats().get(1).get(4));
        holdOnThePage(browser, sale.eventId(), seats);

        Browser.Page review = browser.get("/events/" + sale.eventId() + "/checkout");
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        assertThat(review.body()).contains("Checkout").contains("Section 1, row A, seat 1")
                .contains("Section 2, row A, seat 5").contains("90.00 EUR").contains("Continue to payment")
                .contains("data-expires-in=").contains("src=\"/js/checkout.js\"");
        assertNoInlineScript(review.body());
        Instant heldUntil = Instant.parse(find(EXPIRES_AT, review.body()));

        String orderId = startCheckout(browser, sale.eventId(), find(HOLD_ID, review.body()));
        Browser.Page pay = browser.get("/orders/" + orderId + "/pay");
        assertThat(pay.status()).as(pay.body()).isEqualTo(200);
        assertThat(pay.body()).contains("Pay with a test card").contains("value=\"visa\"")
                .contains("value=\"declined\"").contains("value=\"insufficient-funds\"").contains("Pay 90.00 EUR")
                .contains("Your hold was extended while you pay").contains("Section 2, row A, seat 5")
                .doesNotContain("js.stripe.com").doesNotContain("pm_card");
        assertNoInlineScript(pay.body());
        assertThat(pay.header("Content-Security-Policy")).contains("script-src 'self';").doesNotContain("stripe");
        // The checkout froze the hold: the payment page counts down to a later end than the hold had.
        assertThat(Instant.parse(find(EXPIRES_AT, pay.body()))).isAfter(heldUntil);

        Browser.Page paid = payWith(browser, orderId, "visa");
        assertThat(paid.status()).as(paid.body()).isEqualTo(302);
        assertThat(paid.location()).endsWith("/orders/" + orderId + "/processing");
        Browser.Page processing = browser.get("/orders/" + orderId + "/processing");
        if (processing.status() == 200) {
            assertThat(processing.body()).contains("Confirming your payment")
                    .contains("hx-get=\"/orders/" + orderId + "/processing\"").contains("hx-trigger=\"every 1s\"");
        } else {
            assertThat(processing.location()).endsWith("/orders/" + orderId); // the booking was quicker
        }
        Eventually.eventually(Duration.ofSeconds(30), () -> {
            Browser.Page poll = browser.htmxGet("/orders/" + orderId + "/processing", "order-progress");
            assertThat(poll.status()).isEqualTo(200);
            assertThat(poll.header("HX-Redirect")).isEqualTo("/orders/" + orderId);
        });

        JsonNode order = awaitStatus(buyer.api(), orderId, "CONFIRMED");
        JsonNode tickets = order.get("tickets");
        assertThat(tickets).hasSize(2);
        Browser.Page confirmation = browser.get("/orders/" + orderId);
        assertThat(confirmation.status()).as(confirmation.body()).isEqualTo(200);
        String html = confirmation.body();
        assertThat(count(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\"")).isEqualTo(2);
        assertThat(html).contains("You&#39;re going!").contains("Download all tickets (PDF)")
                .contains("href=\"/orders/" + orderId + "/tickets.pdf\"");
        assertNoInlineScript(html);
        for (JsonNode t : tickets) {
            assertThat(html).contains(readable(t.get("code").asText())).contains(t.get("seat").asText())
                    .contains("href=\"/orders/" + orderId + "/tickets/" + t.get("id").asText() + ".png\"");
        }

        Browser.Download pdf = browser.download("/orders/" + orderId + "/tickets.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertNotCacheable(pdf);
        String pdfText = pdfText(pdf.bytes());
        for (JsonNode t : tickets) {
            assertThat(pdfText).contains(readable(t.get("code").asText()));
        }
        JsonNode first = tickets.get(0);
        Browser.Download png = browser.download("/orders/" + orderId + "/tickets/" + first.get("id").asText() + ".png");
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.contentType()).isEqualTo("image/png");
        assertNotCacheable(png);
        assertThat(scan(png.bytes())).isEqualTo(first.get("code").asText());

        // The booking history links the order page and the PDF, newest first, in the pages and the API.
        Browser.Page bookings = browser.get("/account/bookings");
        assertThat(bookings.body()).contains("href=\"/orders/" + orderId + "\"")
                .contains("href=\"/orders/" + orderId + "/tickets.pdf\"");
        JsonNode mine = buyer.api().get("/api/v1/me/orders").json().get("items");
        assertThat(mine.get(0).get("orderId").asText()).isEqualTo(orderId);
        assertThat(mine.get(0).get("links").get("ticketsPdf").asText()).isEqualTo("/orders/" + orderId + "/tickets.pdf");
        assertThat(mine.get(0).get("links").get("apiTicketsPdf").asText())
                .isEqualTo("/api/v1/orders/" + orderId + "/tickets.pdf");
        Api.Response apiPdf = buyer.api().get("/api/v1/orders/" + orderId + "/tickets.pdf");
        assertThat(apiPdf.status()).isEqualTo(200);
        assertThat(apiPdf.contentType()).isEqualTo("application/pdf");
        assertThat(apiPdf.header("Cache-Control")).contains("no-store").contains("private");
    }

    @Test
    void theConfirmationMailHasEachQrCodeInlineAndThePdfAttached() throws Exception {
        Sale sale = aSale(api);
        Buyer buyer = buyer();
        String orderId = buyThroughThePages(buyer, sale, List.of(sale.seats().get(0).get(1), sale.seats().get(0).get(2)));
        JsonNode tickets = awaitStatus(buyer.api(), orderId, "CONFIRMED").get("tickets");
        String subject = "Your tickets for " + api.get("/api/v1/events/" + sale.eventId()).json().get("name").asText();

        Mailbox.Mail mail = Mailbox.await(buyer.account().email(), subject);
        assertThat(mail.contentType()).startsWith("multipart/mixed");
        assertThat(mail.text()).contains("attached to this mail as a PDF").contains("/orders/" + orderId);
        for (JsonNode t : tickets) {
            assertThat(mail.text()).contains(t.get("seat").asText() + ": " + t.get("code").asText());
            assertThat(mail.html()).contains("src=\"cid:qr-" + t.get("id").asText() + "\"");
        }
        List<Mailbox.Part> parts = Mailbox.parts(buyer.account().email(), subject);
        List<Mailbox.Part> images = parts.stream().filter(p -> p.contentType().startsWith("image/png")).toList();
        assertThat(images).hasSize(2);
        for (JsonNode t : tickets) {
            Mailbox.Part image = images.stream()
                    .filter(p -> ("<qr-" + t.get("id").asText() + ">").equals(p.contentId())).findFirst()
                    .orElseThrow(() -> new AssertionError("no inline QR code for ticket " + t));
            assertThat(image.disposition()).isEqualToIgnoringCase("inline");
            assertThat(scan(image.bytes())).isEqualTo(t.get("code").asText());
        }
        List<Mailbox.Part> pdfs = parts.stream().filter(p -> p.contentType().startsWith("application/pdf")).toList();
        assertThat(pdfs).hasSize(1);
        assertThat(pdfs.getFirst().disposition()).isEqualToIgnoringCase("attachment");
        assertThat(pdfs.getFirst().fileName()).matches("tickets-[0-9A-F]{8}\\.pdf");
        String text = pdfText(pdfs.getFirst().bytes());
        for (JsonNode t : tickets) {
            assertThat(text).contains(readable(t.get("code").asText()));
        }
    }

    @Test
    void aDeclinedCardLeadsToTheFailurePageAndAnotherCardWithinTheSameHoldSucceeds() {
        Sale sale = aSale(api);
        Buyer buyer = buyer();
        Browser browser = buyer.browser();
        holdOnThePage(browser, sale.eventId(), List.of(sale.seats().get(1).get(0)));
        String orderId = startCheckout(browser, sale.eventId(), holdIdOfReview(browser, sale.eventId()));

        Browser.Page declined = payWith(browser, orderId, "insufficient-funds");
        assertThat(declined.status()).isEqualTo(302);
        assertThat(declined.location()).contains("/orders/" + orderId + "/failed");
        Browser.Page failed = browser.get(declined.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(failed.status()).as(failed.body()).isEqualTo(200);
        assertThat(failed.body()).contains("Your card was declined").contains("not enough funds")
                .contains("You have not been charged").contains("Try another card")
                .contains("href=\"/orders/" + orderId + "/pay\"").contains("left on your hold");
        String intentId = buyer.api().get("/api/v1/orders/" + orderId).json().get("paymentIntentId").asText();
        assertThat(Payments.intent(intentId).getStatus()).isEqualTo("requires_payment_method");

        // A failed 3-D Secure return (production's Stripe.js) does not wait on the processing page.
        assertThat(browser.get("/orders/" + orderId + "/processing?redirect_status=failed").location())
                .endsWith("/orders/" + orderId + "/failed?decline=card_declined");

        Browser.Page declinedAgain = payWith(browser, orderId, "declined");
        assertThat(declinedAgain.location()).contains("/orders/" + orderId + "/failed");
        assertThat(browser.get(declinedAgain.location().replaceFirst("^https?://[^/]+", "")).body())
                .contains("The bank declined the payment.");

        Browser.Page paid = payWith(browser, orderId, "visa");
        assertThat(paid.status()).isEqualTo(302);
        assertThat(paid.location()).endsWith("/orders/" + orderId + "/processing");
        JsonNode order = awaitStatus(buyer.api(), orderId, "CONFIRMED");
        assertThat(order.get("tickets")).hasSize(1);
        assertThat(Payments.intent(intentId).getStatus()).isEqualTo("succeeded");
        Browser.Page confirmation = browser.get("/orders/" + orderId);
        assertThat(count(confirmation.body(), "class=\"qr\"")).isEqualTo(1);
        // A paid order's payment and failure pages lead to its tickets.
        assertThat(browser.get("/orders/" + orderId + "/pay").location()).endsWith("/orders/" + orderId);
        assertThat(browser.get("/orders/" + orderId + "/failed").location()).endsWith("/orders/" + orderId);
    }

    @Test
    void someoneElsesOrderPagesAndDownloadsAreNotFound() {
        Sale sale = aSale(api);
        Buyer alice = buyer();
        String orderId = buyThroughThePages(alice, sale, List.of(sale.seats().get(1).get(1)));
        JsonNode ticket = awaitStatus(alice.api(), orderId, "CONFIRMED").get("tickets").get(0);
        String png = "/orders/" + orderId + "/tickets/" + ticket.get("id").asText() + ".png";
        Buyer bob = buyer();

        for (String page : List.of("/orders/" + orderId, "/orders/" + orderId + "/pay",
                "/orders/" + orderId + "/processing", "/orders/" + orderId + "/failed",
                "/orders/" + UUID.randomUUID(), "/orders/not-an-id/pay")) {
            Browser.Page answer = bob.browser().get(page);
            assertThat(answer.status()).as(page).isEqualTo(404);
            assertThat(answer.body()).as(page).contains("We could not find that page").doesNotContain(ticket
                    .get("code").asText());
        }
        for (String file : List.of("/orders/" + orderId + "/tickets.pdf", png)) {
            Browser.Download answer = bob.browser().download(file);
            assertThat(answer.status()).as(file).isEqualTo(404);
            assertThat(answer.contentType()).as(file).startsWith("text/html");
            assertThat(alice.browser().download(file).status()).as(file).isEqualTo(200);
        }
        bob.browser().get("/account/bookings");
        assertThat(bob.browser().post("/orders/" + orderId + "/pay", Map.of("card", "visa")).status()).isEqualTo(404);

        for (String file : List.of("/api/v1/orders/" + orderId + "/tickets.pdf", "/api" + "/v1" + png)) {
            Api.Response answer = bob.api().get(file);
            assertThat(answer.status()).as(file).isEqualTo(404);
            assertThat(answer.contentType()).as(file).startsWith("application/problem+json");
            assertThat(api.get(file).status()).as(file).isEqualTo(401);
            assertThat(alice.api().get(file).status()).as(file).isEqualTo(200);
            assertThat(api.withToken(TestAccounts.admin(api).token()).get(file).status()).as(file).isEqualTo(200);
        }
        assertThat(alice.api().get("/api/v1/orders/" + orderId + "/tickets/" + UUID.randomUUID() + ".png").status())
                .isEqualTo(404);
    }

    @Test
    void anAnonymousBuyerSignsInAndComesBackToCheckoutWithTheSeatsStillHeld() {
        Sale sale = aSale(api);
        long seat = sale.seats().get(0).get(4);
        TestAccounts.Account account = TestAccounts.customer(api);
        Browser anonymous = new Browser(port).from(TestAccounts.randomIp());
        Browser.Page order = anonymous.get("/orders/" + UUID.randomUUID());
        assertThat(order.status()).isEqualTo(302);
        assertThat(order.location()).endsWith("/signin");
        anonymous.get("/events/" + sale.eventId());
        Browser.Page held = anonymous.htmxPost("/events/" + sale.eventId() + "/hold", List.of(Map.entry("seat", "" + seat)));
        assertThat(held.body()).contains("Your seats are held").contains("You will sign in (or sign up) first");

        // Holds last 4 s in the tests: from here to the review, the buyer has that long.
        Browser.Page checkout = anonymous.get("/events/" + sale.eventId() + "/checkout");
        assertThat(checkout.status()).isEqualTo(302);
        assertThat(checkout.location()).endsWith("/signin");
        anonymous.get("/signin");
        Browser.Page signedIn = anonymous.post("/signin", Map.of("email", account.email(),
                "password", TestAccounts.PASSWORD));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).contains("/events/" + sale.eventId() + "/checkout");

        Browser.Page review = anonymous.get("/events/" + sale.eventId() + "/checkout");
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        assertThat(review.body()).contains("Section 1, row A, seat 5").contains("45.00 EUR");
        String holdId = find(HOLD_ID, review.body());
        Api.Response hold = api.withToken(account.token()).get("/api/v1/holds/" + holdId);
        assertThat(hold.status()).as("the hold now belongs to the account").isEqualTo(200);
        assertThat(Orders.seatStatus(api, sale.eventId(), seat)).isEqualTo("RESERVED");
    }

    @Test
    void checkoutAndPaymentFormsWithoutTheCsrfTokenAreRejectedAndChangeNothing() {
        Sale sale = aSale(api);
        Buyer buyer = buyer();
        Browser browser = buyer.browser();
        holdOnThePage(browser, sale.eventId(), List.of(sale.seats().get(1).get(2)));
        String holdId = holdIdOfReview(browser, sale.eventId());

        Browser.Page forged = browser.postRaw("/events/" + sale.eventId() + "/checkout", Map.of("holdId", holdId));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(buyer.api().get("/api/v1/me/orders").json().get("items")).isEmpty();

        String orderId = startCheckout(browser, sale.eventId(), holdId);
        Browser.Page forgedPay = browser.postRaw("/orders/" + orderId + "/pay", Map.of("card", "visa"));
        assertThat(forgedPay.status()).isEqualTo(403);
        String intentId = buyer.api().get("/api/v1/orders/" + orderId).json().get("paymentIntentId").asText();
        assertThat(Payments.intent(intentId).getStatus()).isEqualTo("requires_payment_method");
        assertThat(buyer.api().get("/api/v1/orders/" + orderId).json().get("status").asText())
                .isEqualTo("PENDING_PAYMENT");
    }

    @Test
    void checkoutWithoutAHoldLeadsBackToTheEventPageWithANotice() {
        Sale sale = aSale(api);
        Browser browser = buyer().browser();
        Browser.Page checkout = browser.get("/events/" + sale.eventId() + "/checkout");
        assertThat(checkout.status()).as(checkout.body()).isEqualTo(302);
        assertThat(checkout.location()).endsWith("/events/" + sale.eventId());
        assertThat(browser.get("/events/" + sale.eventId()).body())
                .contains("You have no seats on hold for this event any more");

        Browser.Page unknownHold = browser.post("/events/" + sale.eventId() + "/checkout", Map.of("holdId", "H-404"));
        assertThat(unknownHold.status()).isEqualTo(302);
        assertThat(browser.get("/events/" + sale.eventId()).body())
                .contains("That hold is no longer yours to check out");
        assertThat(browser.get("/events/" + UUID.randomUUID() + "/checkout").status()).isEqualTo(404);
    }

    // --- the buyer's steps through the pages

    private Buyer buyer() {
        TestAccounts.Account account = TestAccounts.customer(api);
        Browser browser = new Browser(port).from(TestAccounts.randomIp()).signIn(account.email(), TestAccounts.PASSWORD);
        return new Buyer(account, browser, api.withToken(account.token()));
    }

    private static void holdOnThePage(Browser browser, String eventId, List<Long> seats) {
        browser.get("/events/" + eventId);
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        seats.forEach(s -> fields.add(Map.entry("seat", "" + s)));
        Browser.Page held = browser.htmxPost("/events/" + eventId + "/hold", fields);
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.body()).contains("Your seats are held").contains("href=\"/events/" + eventId + "/checkout\"");
    }

    private static String holdIdOfReview(Browser browser, String eventId) {
        Browser.Page review = browser.get("/events/" + eventId + "/checkout");
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        return find(HOLD_ID, review.body());
    }

    /** "Continue to payment": answers the new order's id. */
    private static String startCheckout(Browser browser, String eventId, String holdId) {
        Browser.Page started = browser.post("/events/" + eventId + "/checkout", Map.of("holdId", holdId));
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        return find(ORDER_PAY, started.location());
    }

    private static Browser.Page payWith(Browser browser, String orderId, String card) {
        Browser.Page pay = browser.get("/orders/" + orderId + "/pay");
        assertThat(pay.status()).as(pay.body()).isEqualTo(200);
        return browser.post("/orders/" + orderId + "/pay", Map.of("card", card, "attempt", find(ATTEMPT, pay.body())));
    }

    private String buyThroughThePages(Buyer buyer, Sale sale, List<Long> seats) {
        holdOnThePage(buyer.browser(), sale.eventId(), seats);
        String orderId = startCheckout(buyer.browser(), sale.eventId(), holdIdOfReview(buyer.browser(), sale.eventId()));
        Browser.Page paid = payWith(buyer.browser(), orderId, "visa");
        assertThat(paid.location()).as(paid.body()).endsWith("/orders/" + orderId + "/processing");
        return orderId;
    }

    // --- reading what came back

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern + " in " + text).isTrue();
        return m.group(1);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private static String readable(String code) {
        return code.replaceAll("(.{4})(?!$)", "$1-");
    }

    private static void assertNoInlineScript(String html) {
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContain("onclick=");
    }

    private static void assertNotCacheable(Browser.Download download) {
        assertThat(download.header("Cache-Control")).contains("no-store").contains("private");
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static String scan(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }
}
