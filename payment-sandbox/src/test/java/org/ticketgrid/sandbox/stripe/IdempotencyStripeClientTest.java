package org.ticketgrid.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ticketgrid.sandbox.stripe.SandboxFixture.SECRET_KEY;

import com.stripe.exception.IdempotencyException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.EventListParams;
import com.stripe.param.PaymentIntentCreateParams;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IdempotencyStripeClientTest {

  @RegisterExtension static final SandboxFixture sandbox = SandboxFixture.perClass();

  private static PaymentIntentCreateParams order(long amount) {
    return PaymentIntentCreateParams.builder()
        .setAmount(amount)
        .setCurrency("eur")
        .putMetadata("orderId", "ord_1")
        .build();
  }

  private static RequestOptions key(String key) {
    return RequestOptions.builder().setIdempotencyKey(key).build();
  }

  @Test
  void a_retry_with_the_same_key_returns_the_first_intent_and_creates_nothing_new()
      throws StripeException {
    PaymentIntent first = sandbox.stripe().v1().paymentIntents().create(order(5_000), key("order-ord_1"));
    PaymentIntent retry = sandbox.stripe().v1().paymentIntents().create(order(5_000), key("order-ord_1"));

    assertThat(retry.getId()).isEqualTo(first.getId());
    assertThat(retry.getLastResponse().headers().firstValue("Idempotent-Replayed"))
        .hasValue("true");
    List<Event> created =
        sandbox
            .stripe()
            .v1()
            .events()
            .list(EventListParams.builder().setType("payment_intent.created").build())
            .getData();
    assertThat(created).hasSize(1);
    assertThat(created.getFirst().getRequest().getIdempotencyKey()).isEqualTo("order-ord_1");
  }

  @Test
  void reusing_a_key_with_other_parameters_is_an_idempotency_error() throws StripeException {
    sandbox.stripe().v1().paymentIntents().create(order(5_000), key("order-ord_2"));

    IdempotencyException error =
        catchThrowableOfType(
            IdempotencyException.class,
            () -> sandbox.stripe().v1().paymentIntents().create(order(6_000), key("order-ord_2")));

    assertThat(error.getStatusCode()).isEqualTo(400);
    assertThat(error.getStripeError().getType()).isEqualTo("idempotency_error");
    assertThat(error.getMessage()).contains("'order-ord_2'").doesNotContain("%s");
  }

  @Test
  void a_declined_confirmation_is_replayed_too_rather_than_charging_again() throws StripeException {
    PaymentIntent intent = sandbox.stripe().v1().paymentIntents().create(order(5_000));
    String path = "/v1/payment_intents/" + intent.getId() + "/confirm";

    SandboxFixture.RawResponse first =
        sandbox.post(
            path, SECRET_KEY, "payment_method=pm_card_chargeDeclined", "Idempotency-Key", "c-1");
    SandboxFixture.RawResponse again =
        sandbox.post(
            path, SECRET_KEY, "payment_method=pm_card_chargeDeclined", "Idempotency-Key", "c-1");

    assertThat(first.status()).isEqualTo(402);
    assertThat(again.status()).isEqualTo(402);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.error().get("charge")).isEqualTo(first.error().get("charge"));
    assertThat(sandbox.stripe().v1().charges().list().getData()).hasSize(1);
  }

  @Test
  void a_request_that_failed_validation_does_not_burn_its_key() {
    SandboxFixture.RawResponse invalid =
        sandbox.post("/v1/payment_intents", SECRET_KEY, "currency=eur", "Idempotency-Key", "k-3");
    SandboxFixture.RawResponse valid =
        sandbox.post(
            "/v1/payment_intents", SECRET_KEY, "amount=100&currency=eur", "Idempotency-Key", "k-3");

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(valid.status()).isEqualTo(200);
    assertThat(valid.header("Idempotent-Replayed")).isNull();
  }
}
