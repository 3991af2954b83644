package org.ticketgrid.sandbox.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.sandbox.payments.PaymentFixtures.CLOCK;
import static org.ticketgrid.sandbox.payments.PaymentFixtures.anIntent;
import static org.ticketgrid.sandbox.payments.PaymentFixtures.card;
import static org.ticketgrid.sandbox.payments.PaymentFixtures.paymentOf;
import static org.ticketgrid.sandbox.payments.PaymentFixtures.sequentialIds;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RefundRulesTest {

  private final IdSource ids = sequentialIds();
  private final PaymentRules payments = new PaymentRules(CLOCK, ids);
  private final RefundRules refunds = new RefundRules(CLOCK, ids);

  private Payment captured() {
    Payment created = paymentOf(payments.create(anIntent().amount(10_000).build()));
    Payment authorized = paymentOf(payments.confirm(created, card("pm_card_visa")));
    return paymentOf(payments.capture(authorized, null));
  }

  private static Refusal refusal(Outcome outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Refused.class);
    return ((Outcome.Refused) outcome).refusal();
  }

  @Test
  void a_full_refund_returns_everything_and_marks_the_charge_refunded() {
    Outcome outcome =
        refunds.refund(captured(), new RefundRequest(null, "requested_by_customer", Map.of()));

    Payment payment = paymentOf(outcome);
    Refund refund = payment.newestRefund().orElseThrow();
    assertThat(refund.amount().amount()).isEqualTo(10_000);
    assertThat(refund.reason()).isEqualTo("requested_by_customer");
    assertThat(payment.latestCharge().orElseThrow().refunded()).isTrue();
    assertThat(payment.intent().status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
    assertThat(((Outcome.Applied) outcome).facts())
        .extracting(Fact::eventType)
        .containsExactly(EventTypes.REFUND_CREATED, EventTypes.CHARGE_REFUNDED);
  }

  @Test
  void partial_refunds_add_up_until_the_captured_amount() {
    Payment once = paymentOf(refunds.refund(captured(), new RefundRequest(4_000L, null, Map.of())));
    Payment twice = paymentOf(refunds.refund(once, new RefundRequest(6_000L, null, Map.of())));

    Charge charge = twice.latestCharge().orElseThrow();
    assertThat(once.latestCharge().orElseThrow().refunded()).isFalse();
    assertThat(charge.amountRefunded()).isEqualTo(10_000);
    assertThat(charge.refunded()).isTrue();
    assertThat(twice.refunds()).hasSize(2);
  }

  @Test
  void refunding_more_than_is_left_is_refused() {
    Payment partly =
        paymentOf(refunds.refund(captured(), new RefundRequest(7_000L, null, Map.of())));

    Refusal refusal = refusal(refunds.refund(partly, new RefundRequest(3_001L, null, Map.of())));

    assertThat(refusal.code()).isEqualTo("amount_too_large");
    assertThat(refusal.param()).isEqualTo("amount");
  }

  @Test
  void a_fully_refunded_charge_cannot_be_refunded_again() {
    Payment refunded =
        paymentOf(refunds.refund(captured(), new RefundRequest(null, null, Map.of())));

    assertThat(refusal(refunds.refund(refunded, new RefundRequest(null, null, Map.of()))).code())
        .isEqualTo("charge_already_refunded");
  }

  @Test
  void an_uncaptured_authorization_cannot_be_refunded() {
    Payment created = paymentOf(payments.create(anIntent().build()));
    Payment authorized = paymentOf(payments.confirm(created, card("pm_card_visa")));

    assertThat(refusal(refunds.refund(authorized, new RefundRequest(null, null, Map.of()))).code())
        .isEqualTo("charge_not_refundable");
  }

  @Test
  void a_partial_capture_can_only_be_refunded_up_to_what_was_captured() {
    Payment created = paymentOf(payments.create(anIntent().amount(10_000).build()));
    Payment authorized = paymentOf(payments.confirm(created, card("pm_card_visa")));
    Payment captured = paymentOf(payments.capture(authorized, 2_500L));

    assertThat(refusal(refunds.refund(captured, new RefundRequest(2_501L, null, Map.of()))).code())
        .isEqualTo("amount_too_large");
  }
}
