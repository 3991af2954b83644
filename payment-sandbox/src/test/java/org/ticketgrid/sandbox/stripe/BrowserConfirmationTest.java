package org.ticketgrid.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.sandbox.stripe.SandboxFixture.PUBLISHABLE_KEY;
import static org.ticketgrid.sandbox.stripe.SandboxFixture.SECRET_KEY;

import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the web app's checkout page does: confirm with the publishable key and the client secret,
 * from another origin, with plain form posts.
 */
class BrowserConfirmationTest {

  @RegisterExtension static final SandboxFixture sandbox = SandboxFixture.perClass();

  private PaymentIntent intent() throws StripeException {
    return Intents.manual(sandbox.stripe(), 4_000);
  }

  private static String secret(PaymentIntent intent) {
    return URLEncoder.encode(intent.getClientSecret(), StandardCharsets.UTF_8);
  }

  @Test
  void the_publishable_key_with_the_client_secret_confirms() throws StripeException {
    PaymentIntent intent = intent();

    SandboxFixture.RawResponse response =
        sandbox.post(
            "/v1/payment_intents/" + intent.getId() + "/confirm",
            PUBLISHABLE_KEY,
            "payment_method=pm_card_visa&client_secret=" + secret(intent));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json()).containsEntry("status", "requires_capture");
    assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
  }

  @Test
  void the_publishable_key_can_read_the_intent_with_its_client_secret() throws StripeException {
    PaymentIntent intent = intent();

    SandboxFixture.RawResponse response =
        sandbox.get(
            "/v1/payment_intents/" + intent.getId() + "?client_secret=" + secret(intent),
            PUBLISHABLE_KEY);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json()).containsEntry("id", intent.getId());
  }

  @Test
  void a_wrong_client_secret_changes_nothing() throws StripeException {
    PaymentIntent intent = intent();
    PaymentIntent other = intent();

    SandboxFixture.RawResponse response =
        sandbox.post(
            "/v1/payment_intents/" + intent.getId() + "/confirm",
            PUBLISHABLE_KEY,
            "payment_method=pm_card_visa&client_secret=" + secret(other));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.error()).containsEntry("param", "client_secret");
    assertThat(sandbox.client().v1().paymentIntents().retrieve(intent.getId()).getStatus())
        .isEqualTo("requires_payment_method");
  }

  @Test
  void the_publishable_key_cannot_capture_or_create() throws StripeException {
    PaymentIntent intent = intent();

    assertThat(
            sandbox
                .post("/v1/payment_intents/" + intent.getId() + "/capture", PUBLISHABLE_KEY, "")
                .status())
        .isEqualTo(401);
    assertThat(
            sandbox
                .post("/v1/payment_intents", PUBLISHABLE_KEY, "amount=100&currency=eur")
                .status())
        .isEqualTo(401);
  }

  @Test
  void a_card_form_may_post_raw_test_card_numbers() throws StripeException {
    PaymentIntent approved = intent();
    PaymentIntent declined = intent();
    String card = "payment_method_data[type]=card&payment_method_data[card][number]=";

    SandboxFixture.RawResponse ok =
        sandbox.post(
            "/v1/payment_intents/" + approved.getId() + "/confirm",
            PUBLISHABLE_KEY,
            card + "4242424242424242&client_secret=" + secret(approved));
    SandboxFixture.RawResponse refused =
        sandbox.post(
            "/v1/payment_intents/" + declined.getId() + "/confirm",
            PUBLISHABLE_KEY,
            card + "4000000000000002&client_secret=" + secret(declined));

    assertThat(ok.json()).containsEntry("status", "requires_capture");
    assertThat(refused.status()).isEqualTo(402);
    assertThat(refused.error())
        .containsEntry("type", "card_error")
        .containsEntry("decline_code", "generic_decline");
  }

  @Test
  void curl_style_basic_auth_is_accepted() {
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString((SECRET_KEY + ":").getBytes(StandardCharsets.UTF_8));

    SandboxFixture.RawResponse response =
        sandbox.send(
            HttpRequest.newBuilder(sandbox.baseUri().resolve("/v1/payment_intents"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("amount=100&currency=eur"))
                .build());

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void cors_preflight_is_answered_for_the_checkout_page() {
    SandboxFixture.RawResponse response =
        sandbox.send(
            HttpRequest.newBuilder(sandbox.baseUri().resolve("/v1/payment_intents/pi_1/confirm"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:8080")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .build());

    assertThat(response.status()).isEqualTo(204);
    assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(response.header("Access-Control-Allow-Headers")).contains("authorization");
  }

  @Test
  void health_and_unknown_routes() {
    assertThat(sandbox.get("/health", null).json()).isEqualTo(Map.of("status", "UP"));
    SandboxFixture.RawResponse unknown = sandbox.get("/v1/customers", SECRET_KEY);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.error()).containsEntry("type", "invalid_request_error");
    assertThat((String) unknown.error().get("message")).contains("GET: /v1/customers");
  }
}
