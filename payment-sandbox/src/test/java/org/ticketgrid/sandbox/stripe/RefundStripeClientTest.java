package org.ticketgrid.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RefundStripeClientTest {

  @RegisterExtension static final SandboxFixture sandbox = SandboxFixture.perClass();

  private PaymentIntent authorized(long amount) throws StripeException {
    return Intents.authorized(sandbox.stripe(), amount);
  }

  private PaymentIntent captured(long amount) throws StripeException {
    return sandbox.stripe().v1().paymentIntents().capture(authorized(amount).getId());
  }

  private Refund refund(String intentId, Long amount) throws StripeException {
    RefundCreateParams.Builder params =
        RefundCreateParams.builder()
            .setPaymentIntent(intentId)
            .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
            .putMetadata("orderId", "ord_42");
    if (amount != null) {
      params.setAmount(amount);
    }
    return sandbox.stripe().v1().refunds().create(params.build());
  }

  @Test
  void a_full_refund_returns_the_captured_amount() throws StripeException {
    PaymentIntent intent = captured(5_000);

    Refund refund = refund(intent.getId(), null);

    assertThat(refund.getId()).startsWith("re_");
    assertThat(refund.getStatus()).isEqualTo("succeeded");
    assertThat(refund.getAmount()).isEqualTo(5_000L);
    assertThat(refund.getPaymentIntent()).isEqualTo(intent.getId());
    assertThat(refund.getCharge()).isEqualTo(intent.getLatestCharge());
    assertThat(refund.getReason()).isEqualTo("requested_by_customer");
    assertThat(refund.getMetadata()).containsEntry("orderId", "ord_42");
    Charge charge = sandbox.stripe().v1().charges().retrieve(intent.getLatestCharge());
    assertThat(charge.getRefunded()).isTrue();
    assertThat(charge.getAmountRefunded()).isEqualTo(5_000L);
    assertThat(sandbox.stripe().v1().refunds().retrieve(refund.getId()).getAmount()).isEqualTo(5_000L);
  }

  @Test
  void partial_refunds_add_up_and_an_over_refund_is_rejected() throws StripeException {
    PaymentIntent intent = captured(5_000);
    refund(intent.getId(), 2_000L);
    refund(intent.getId(), 1_000L);

    InvalidRequestException over =
        catchThrowableOfType(InvalidRequestException.class, () -> refund(intent.getId(), 2_001L));

    assertThat(over.getStatusCode()).isEqualTo(400);
    assertThat(over.getCode()).isEqualTo("amount_too_large");
    assertThat(over.getParam()).isEqualTo("amount");
    Charge charge = sandbox.stripe().v1().charges().retrieve(intent.getLatestCharge());
    assertThat(charge.getAmountRefunded()).isEqualTo(3_000L);
    assertThat(charge.getRefunded()).isFalse();
    assertThat(
            sandbox
                .stripe()
                .v1()
                .refunds()
                .list(RefundListParams.builder().setPaymentIntent(intent.getId()).build())
                .getData())
        .extracting(Refund::getAmount)
        .containsExactly(1_000L, 2_000L);
    assertThat(refund(intent.getId(), 2_000L).getAmount()).isEqualTo(2_000L);
  }

  @Test
  void only_captured_payments_can_be_refunded() throws StripeException {
    PaymentIntent uncaptured = authorized(5_000);

    InvalidRequestException error =
        catchThrowableOfType(InvalidRequestException.class, () -> refund(uncaptured.getId(), null));

    assertThat(error.getCode()).isEqualTo("charge_not_refundable");
    assertThat(error.getMessage()).contains(uncaptured.getId()).contains("requires_capture");
  }

  @Test
  void refunding_by_charge_works_like_refunding_by_intent() throws StripeException {
    PaymentIntent intent = captured(5_000);

    Refund refund =
        sandbox
            .stripe()
            .v1()
            .refunds()
            .create(
                RefundCreateParams.builder()
                    .setCharge(intent.getLatestCharge())
                    .setAmount(500L)
                    .build());

    assertThat(refund.getPaymentIntent()).isEqualTo(intent.getId());
  }

  @Test
  void unknown_refunds_and_intents_are_reported() {
    InvalidRequestException missingRefund =
        catchThrowableOfType(
            InvalidRequestException.class, () -> sandbox.stripe().v1().refunds().retrieve("re_missing"));
    InvalidRequestException missingIntent =
        catchThrowableOfType(InvalidRequestException.class, () -> refund("pi_missing", null));

    assertThat(missingRefund.getStatusCode()).isEqualTo(404);
    assertThat(missingRefund.getCode()).isEqualTo("resource_missing");
    assertThat(missingIntent.getCode()).isEqualTo("resource_missing");
    assertThat(missingIntent.getParam()).isEqualTo("payment_intent");
  }
}
