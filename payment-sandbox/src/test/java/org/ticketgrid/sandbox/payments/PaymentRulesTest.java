package org.ticketgrid.sandbox.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.sandbox.payments.PaymentFixtures.CLOCK;
import static org.ticketgrid.sandbox.payments.PaymentFixtures.anIntent;
import static org.ticketgrid.sandbox.payments.PaymentFixtures.card;
import static org.ticketgrid.sandbox.payments.PaymentFixtures.paymentOf;
import static org.ticketgrid.sandbox.payments.PaymentFixtures.sequentialIds;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentRulesTest {

  private final PaymentRules rules = new PaymentRules(CLOCK, sequentialIds());

  private Payment created() {
    return paymentOf(rules.create(anIntent().build()));
  }

  private Payment authorized() {
    return paymentOf(rules.confirm(created(), card("pm_card_visa")));
  }

  private Payment captured() {
    return paymentOf(rules.capture(authorized(), null));
  }

  private static String refusalCode(Outcome outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Refused.class);
    return ((Outcome.Refused) outcome).refusal().code();
  }

  private static List<String> eventTypes(Outcome outcome) {
    List<Fact> facts =
        switch (outcome) {
          case Outcome.Applied a -> a.facts();
          case Outcome.Declined d -> d.facts();
          case Outcome.Refused r -> List.of();
        };
    return facts.stream().map(Fact::eventType).toList();
  }

  @Nested
  class Creating {

    @Test
    void a_new_intent_waits_for_a_payment_method_and_carries_a_client_secret() {
      Outcome outcome = rules.create(anIntent().amount(2_500).currency("EUR").build());

      PaymentIntent intent = paymentOf(outcome).intent();
      assertThat(intent.status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
      assertThat(intent.amount()).isEqualTo(new Money(2_500, "eur"));
      assertThat(intent.clientSecret()).startsWith(intent.id().value() + "_secret_");
      assertThat(intent.attempt().latestCharge()).isNull();
      assertThat(intent.created()).isEqualTo(PaymentFixtures.NOW);
      assertThat(eventTypes(outcome)).containsExactly(EventTypes.PAYMENT_INTENT_CREATED);
    }

    @Test
    void attaching_a_method_at_creation_waits_for_confirmation() {
      Payment payment = paymentOf(rules.create(anIntent().paidWith("pm_card_visa").build()));

      assertThat(payment.intent().status()).isEqualTo(PaymentIntentStatus.REQUIRES_CONFIRMATION);
    }

    @Test
    void confirm_at_creation_authorizes_and_reports_creation_first() {
      Outcome outcome = rules.create(anIntent().paidWith("pm_card_visa").confirmed().build());

      assertThat(paymentOf(outcome).intent().status())
          .isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
      assertThat(eventTypes(outcome))
          .containsExactly(
              EventTypes.PAYMENT_INTENT_CREATED,
              EventTypes.CHARGE_SUCCEEDED,
              EventTypes.PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED);
    }

    @Test
    void confirm_at_creation_without_a_method_is_refused() {
      assertThat(refusalCode(rules.create(anIntent().confirmed().build())))
          .isEqualTo("payment_intent_unexpected_state");
    }

    @Test
    void a_zero_amount_is_refused() {
      assertThat(refusalCode(rules.create(anIntent().amount(0).build())))
          .isEqualTo("amount_too_small");
    }
  }

  @Nested
  class Confirming {

    @Test
    void manual_capture_authorizes_the_full_amount_without_receiving_it() {
      Outcome outcome = rules.confirm(created(), card("pm_card_visa"));

      Payment payment = paymentOf(outcome);
      PaymentIntent intent = payment.intent();
      assertThat(intent.status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
      assertThat(intent.funds()).isEqualTo(new PaymentIntent.Funds(5_000, 0));
      Charge charge = payment.latestCharge().orElseThrow();
      assertThat(charge.succeeded()).isTrue();
      assertThat(charge.captured()).isFalse();
      assertThat(charge.metadata()).containsEntry("orderId", "ord_1");
      assertThat(eventTypes(outcome))
          .containsExactly(
              EventTypes.CHARGE_SUCCEEDED, EventTypes.PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED);
    }

    @Test
    void automatic_capture_succeeds_at_once() {
      Payment created = paymentOf(rules.create(anIntent().automaticCapture().build()));

      Outcome outcome = rules.confirm(created, card("pm_card_mastercard"));

      PaymentIntent intent = paymentOf(outcome).intent();
      assertThat(intent.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
      assertThat(intent.funds()).isEqualTo(new PaymentIntent.Funds(0, 5_000));
      assertThat(eventTypes(outcome))
          .containsExactly(EventTypes.CHARGE_SUCCEEDED, EventTypes.PAYMENT_INTENT_SUCCEEDED);
    }

    @ParameterizedTest
    @CsvSource({
      "pm_card_chargeDeclined, card_declined, generic_decline",
      "pm_card_chargeDeclinedInsufficientFunds, card_declined, insufficient_funds",
      "pm_card_chargeDeclinedExpiredCard, expired_card, expired_card"
    })
    void a_declined_card_sends_the_intent_back_for_another_method(
        String token, String code, String declineCode) {
      Outcome outcome = rules.confirm(created(), card(token));

      assertThat(outcome).isInstanceOf(Outcome.Declined.class);
      Payment payment = paymentOf(outcome);
      PaymentIntent intent = payment.intent();
      assertThat(intent.status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
      assertThat(intent.attempt().paymentMethod()).isNull();
      assertThat(intent.attempt().lastError().decline().code()).isEqualTo(code);
      assertThat(intent.attempt().lastError().decline().declineCode()).isEqualTo(declineCode);
      assertThat(payment.latestCharge().orElseThrow().succeeded()).isFalse();
      assertThat(eventTypes(outcome))
          .containsExactly(EventTypes.CHARGE_FAILED, EventTypes.PAYMENT_INTENT_PAYMENT_FAILED);
    }

    @Test
    void a_good_card_after_a_decline_succeeds_and_clears_the_error() {
      Payment declined = paymentOf(rules.confirm(created(), card("pm_card_chargeDeclined")));

      Payment retried = paymentOf(rules.confirm(declined, card("pm_card_visa")));

      assertThat(retried.intent().status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
      assertThat(retried.intent().attempt().lastError()).isNull();
      assertThat(retried.charges()).hasSize(2);
    }

    @Test
    void confirming_without_any_method_is_refused() {
      assertThat(refusalCode(rules.confirm(created(), null)))
          .isEqualTo("payment_intent_unexpected_state");
    }

    @Test
    void confirming_twice_is_refused_and_changes_nothing() {
      assertThat(refusalCode(rules.confirm(authorized(), card("pm_card_visa"))))
          .isEqualTo("payment_intent_unexpected_state");
    }

    @Test
    void a_canceled_intent_cannot_be_confirmed() {
      Payment canceled = paymentOf(rules.cancel(created(), "abandoned"));

      Outcome outcome = rules.confirm(canceled, card("pm_card_visa"));

      assertThat(refusalCode(outcome)).isEqualTo("payment_intent_unexpected_state");
      assertThat(((Outcome.Refused) outcome).refusal().message())
          .contains("status of canceled")
          .contains("requires_payment_method, requires_confirmation")
          .doesNotContain("%s");
    }
  }

  @Nested
  class Capturing {

    @Test
    void capturing_takes_the_authorized_amount() {
      Outcome outcome = rules.capture(authorized(), null);

      Payment payment = paymentOf(outcome);
      assertThat(payment.intent().status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
      assertThat(payment.intent().funds()).isEqualTo(new PaymentIntent.Funds(0, 5_000));
      assertThat(payment.latestCharge().orElseThrow().amountCaptured()).isEqualTo(5_000);
      assertThat(eventTypes(outcome))
          .containsExactly(EventTypes.CHARGE_CAPTURED, EventTypes.PAYMENT_INTENT_SUCCEEDED);
    }

    @Test
    void a_partial_capture_receives_only_that_amount() {
      Payment payment = paymentOf(rules.capture(authorized(), 3_000L));

      assertThat(payment.intent().funds().received()).isEqualTo(3_000);
      assertThat(payment.latestCharge().orElseThrow().refundable()).isEqualTo(3_000);
    }

    @Test
    void capturing_more_than_authorized_is_refused() {
      assertThat(refusalCode(rules.capture(authorized(), 5_001L))).isEqualTo("amount_too_large");
    }

    @Test
    void only_an_authorized_intent_can_be_captured() {
      assertThat(refusalCode(rules.capture(created(), null)))
          .isEqualTo("payment_intent_unexpected_state");
      assertThat(refusalCode(rules.capture(captured(), null)))
          .isEqualTo("payment_intent_unexpected_state");
    }
  }

  @Nested
  class Canceling {

    @Test
    void canceling_an_authorization_releases_it() {
      Outcome outcome = rules.cancel(authorized(), "requested_by_customer");

      Payment payment = paymentOf(outcome);
      assertThat(payment.intent().status()).isEqualTo(PaymentIntentStatus.CANCELED);
      assertThat(payment.intent().funds()).isEqualTo(PaymentIntent.Funds.NONE);
      assertThat(payment.intent().cancellation().reason()).isEqualTo("requested_by_customer");
      assertThat(payment.latestCharge().orElseThrow().refunded()).isTrue();
      assertThat(eventTypes(outcome)).containsExactly(EventTypes.PAYMENT_INTENT_CANCELED);
    }

    @Test
    void a_succeeded_intent_cannot_be_canceled() {
      assertThat(refusalCode(rules.cancel(captured(), null)))
          .isEqualTo("payment_intent_unexpected_state");
    }

    @Test
    void canceling_twice_is_refused() {
      Payment canceled = paymentOf(rules.cancel(created(), null));

      assertThat(refusalCode(rules.cancel(canceled, null)))
          .isEqualTo("payment_intent_unexpected_state");
    }
  }

  @Nested
  class Updating {

    @Test
    void metadata_merges_and_an_empty_value_deletes_a_key() {
      IntentUpdate update =
          new IntentUpdate(null, null, Map.of("orderId", "", "holdId", "h_9"), false);

      Payment updated = paymentOf(rules.update(created(), update));

      assertThat(updated.intent().details().metadata()).containsExactly(Map.entry("holdId", "h_9"));
    }

    @Test
    void the_amount_can_change_only_before_confirmation() {
      IntentUpdate update = new IntentUpdate(7_000L, null, Map.of(), false);

      assertThat(paymentOf(rules.update(created(), update)).intent().amount().amount())
          .isEqualTo(7_000);
      assertThat(refusalCode(rules.update(authorized(), update)))
          .isEqualTo("payment_intent_unexpected_state");
    }

    @Test
    void updates_raise_no_events() {
      assertThat(eventTypes(rules.update(created(), new IntentUpdate(null, "x", Map.of(), true))))
          .isEmpty();
    }
  }
}
