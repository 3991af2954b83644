package org.ticketgrid.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.stripe.StripeClient;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeCollection;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentListParams;
import com.stripe.param.PaymentIntentUpdateParams;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The payment intent lifecycle through the real stripe-java client. */
class PaymentIntentStripeClientTest {

  @RegisterExtension static final SandboxFixture sandbox = SandboxFixture.perClass();

  private PaymentIntent confirm(String id, String paymentMethod) throws StripeException {
    return sandbox
        .stripe()
        .v1()
        .paymentIntents()
        .confirm(id, PaymentIntentConfirmParams.builder().setPaymentMethod(paymentMethod).build());
  }

  @Test
  void manual_capture_goes_from_authorization_to_success() throws StripeException {
    PaymentIntent created = Intents.manual(sandbox.stripe(), 5_000);
    assertThat(created.getId()).startsWith("pi_");
    assertThat(created.getObject()).isEqualTo("payment_intent");
    assertThat(created.getStatus()).isEqualTo("requires_payment_method");
    assertThat(created.getClientSecret()).startsWith(created.getId() + "_secret_");
    assertThat(created.getLivemode()).isFalse();
    assertThat(created.getMetadata()).containsEntry("orderId", "ord_42");
    assertThat(created.getCreated()).isCloseTo(Instant.now().getEpochSecond(), within(5L));

    PaymentIntent authorized = confirm(created.getId(), "pm_card_visa");
    assertThat(authorized.getStatus()).isEqualTo("requires_capture");
    assertThat(authorized.getAmountCapturable()).isEqualTo(5_000L);
    assertThat(authorized.getAmountReceived()).isZero();
    assertThat(authorized.getLatestCharge()).startsWith("ch_");
    assertThat(authorized.getPaymentMethod()).startsWith("pm_");

    PaymentIntent captured = sandbox.stripe().v1().paymentIntents().capture(created.getId());
    assertThat(captured.getStatus()).isEqualTo("succeeded");
    assertThat(captured.getAmountReceived()).isEqualTo(5_000L);
    assertThat(captured.getAmountCapturable()).isZero();

    Charge charge = sandbox.stripe().v1().charges().retrieve(captured.getLatestCharge());
    assertThat(charge.getCaptured()).isTrue();
    assertThat(charge.getAmountCaptured()).isEqualTo(5_000L);
    assertThat(charge.getPaymentIntent()).isEqualTo(created.getId());
    assertThat(charge.getMetadata()).containsEntry("orderId", "ord_42");
    assertThat(charge.getPaymentMethodDetails().getCard().getLast4()).isEqualTo("4242");
  }

  @Test
  void automatic_capture_with_confirm_at_creation_succeeds_in_one_call() throws StripeException {
    PaymentIntent intent =
        sandbox
            .stripe()
            .v1()
            .paymentIntents()
            .create(
                PaymentIntentCreateParams.builder()
                    .setAmount(1_999L)
                    .setCurrency("usd")
                    .setPaymentMethod("pm_card_mastercard")
                    .setConfirm(true)
                    .build());

    assertThat(intent.getStatus()).isEqualTo("succeeded");
    assertThat(intent.getCaptureMethod()).isEqualTo("automatic_async");
    assertThat(intent.getAmountReceived()).isEqualTo(1_999L);
  }

  @Test
  void a_partial_capture_receives_only_the_captured_amount() throws StripeException {
    PaymentIntent intent = Intents.manual(sandbox.stripe(), 5_000);
    confirm(intent.getId(), "pm_card_visa");

    PaymentIntent captured =
        sandbox
            .stripe()
            .v1()
            .paymentIntents()
            .capture(
                intent.getId(),
                PaymentIntentCaptureParams.builder().setAmountToCapture(3_000L).build());

    assertThat(captured.getAmountReceived()).isEqualTo(3_000L);
  }

  @Test
  void a_declined_card_is_a_card_exception_and_the_intent_awaits_another_method()
      throws StripeException {
    PaymentIntent intent = Intents.manual(sandbox.stripe(), 5_000);

    CardException declined =
        catchThrowableOfType(
            CardException.class,
            () -> confirm(intent.getId(), "pm_card_chargeDeclinedInsufficientFunds"));

    assertThat(declined.getStatusCode()).isEqualTo(402);
    assertThat(declined.getCode()).isEqualTo("card_declined");
    assertThat(declined.getDeclineCode()).isEqualTo("insufficient_funds");
    assertThat(declined.getCharge()).startsWith("ch_");
    assertThat(declined.getStripeError().getPaymentIntent().getStatus())
        .isEqualTo("requires_payment_method");

    PaymentIntent after = sandbox.stripe().v1().paymentIntents().retrieve(intent.getId());
    assertThat(after.getStatus()).isEqualTo("requires_payment_method");
    assertThat(after.getLastPaymentError().getDeclineCode()).isEqualTo("insufficient_funds");
    assertThat(after.getLastPaymentError().getPaymentMethod().getCard().getLast4())
        .isEqualTo("9995");

    assertThat(confirm(intent.getId(), "pm_card_visa").getStatus()).isEqualTo("requires_capture");
  }

  @Test
  void expired_and_generic_declines_carry_their_codes() throws StripeException {
    String expired = Intents.manual(sandbox.stripe(), 1_000).getId();
    String generic = Intents.manual(sandbox.stripe(), 1_000).getId();

    CardException expiredError =
        catchThrowableOfType(
            CardException.class, () -> confirm(expired, "pm_card_chargeDeclinedExpiredCard"));
    CardException genericError =
        catchThrowableOfType(CardException.class, () -> confirm(generic, "pm_card_chargeDeclined"));

    assertThat(expiredError.getCode()).isEqualTo("expired_card");
    assertThat(expiredError.getDeclineCode()).isEqualTo("expired_card");
    assertThat(genericError.getDeclineCode()).isEqualTo("generic_decline");
  }

  @Test
  void cancel_then_capture_or_confirm_is_an_unexpected_state() throws StripeException {
    PaymentIntent intent = Intents.manual(sandbox.stripe(), 5_000);
    confirm(intent.getId(), "pm_card_visa");

    PaymentIntent canceled =
        sandbox
            .stripe()
            .v1()
            .paymentIntents()
            .cancel(
                intent.getId(),
                PaymentIntentCancelParams.builder()
                    .setCancellationReason(PaymentIntentCancelParams.CancellationReason.ABANDONED)
                    .build());
    assertThat(canceled.getStatus()).isEqualTo("canceled");
    assertThat(canceled.getCancellationReason()).isEqualTo("abandoned");
    assertThat(canceled.getCanceledAt()).isNotNull();

    InvalidRequestException capture =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> sandbox.stripe().v1().paymentIntents().capture(intent.getId()));
    assertThat(capture.getStatusCode()).isEqualTo(400);
    assertThat(capture.getCode()).isEqualTo("payment_intent_unexpected_state");
    assertThat(capture.getStripeError().getPaymentIntent().getStatus()).isEqualTo("canceled");

    InvalidRequestException reconfirm =
        catchThrowableOfType(
            InvalidRequestException.class, () -> confirm(intent.getId(), "pm_card_visa"));
    assertThat(reconfirm.getCode()).isEqualTo("payment_intent_unexpected_state");
  }

  @Test
  void capturing_an_unconfirmed_intent_is_an_unexpected_state() throws StripeException {
    PaymentIntent intent = Intents.manual(sandbox.stripe(), 5_000);

    assertThatThrownBy(() -> sandbox.stripe().v1().paymentIntents().capture(intent.getId()))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.getCode()).isEqualTo("payment_intent_unexpected_state"));
  }

  @Test
  void an_unknown_intent_is_a_404_resource_missing() {
    InvalidRequestException missing =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> sandbox.stripe().v1().paymentIntents().retrieve("pi_doesnotexist"));

    assertThat(missing.getStatusCode()).isEqualTo(404);
    assertThat(missing.getCode()).isEqualTo("resource_missing");
    assertThat(missing.getMessage()).contains("pi_doesnotexist");
    assertThat(missing.getRequestId()).startsWith("req_");
  }

  @Test
  void an_unknown_payment_method_is_a_400_naming_the_parameter() throws StripeException {
    PaymentIntent intent = Intents.manual(sandbox.stripe(), 5_000);

    InvalidRequestException error =
        catchThrowableOfType(
            InvalidRequestException.class, () -> confirm(intent.getId(), "pm_nope"));

    assertThat(error.getStatusCode()).isEqualTo(400);
    assertThat(error.getParam()).isEqualTo("payment_method");
    assertThat(error.getMessage()).contains("'pm_nope'");
  }

  @Test
  void missing_parameters_are_reported_like_stripe() {
    InvalidRequestException error =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                sandbox
                    .stripe()
                    .v1()
                    .paymentIntents()
                    .create(PaymentIntentCreateParams.builder().setAmount(100L).build()));

    assertThat(error.getCode()).isEqualTo("parameter_missing");
    assertThat(error.getParam()).isEqualTo("currency");
  }

  @Test
  void updating_metadata_merges_keys() throws StripeException {
    PaymentIntent intent = Intents.manual(sandbox.stripe(), 5_000);

    PaymentIntent updated =
        sandbox
            .stripe()
            .v1()
            .paymentIntents()
            .update(
                intent.getId(),
                PaymentIntentUpdateParams.builder().putMetadata("holdId", "h_7").build());

    assertThat(updated.getMetadata())
        .containsEntry("orderId", "ord_42")
        .containsEntry("holdId", "h_7");
  }

  @Test
  void lists_are_newest_first_and_page_with_stripe_javas_auto_pagination() throws StripeException {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(Intents.manual(sandbox.stripe(), 1_000 + i).getId());
    }

    StripeCollection<PaymentIntent> firstPage =
        sandbox.stripe().v1().paymentIntents().list(PaymentIntentListParams.builder().setLimit(2L).build());
    List<String> all = new ArrayList<>();
    firstPage.autoPagingIterable().forEach(pi -> all.add(pi.getId()));

    assertThat(firstPage.getData())
        .extracting(PaymentIntent::getId)
        .containsExactly(created.get(4), created.get(3));
    assertThat(firstPage.getHasMore()).isTrue();
    assertThat(all).containsExactlyElementsOf(created.reversed());
  }

  @Test
  void an_unknown_api_key_is_an_authentication_error() {
    AuthenticationException error =
        catchThrowableOfType(
            AuthenticationException.class,
            () -> Intents.manual(sandbox.client("sk_test_wrong_key_1234"), 1_000));

    assertThat(error.getStatusCode()).isEqualTo(401);
    assertThat(error.getMessage()).contains("Invalid API Key").doesNotContain("wrong_key");
  }
}
