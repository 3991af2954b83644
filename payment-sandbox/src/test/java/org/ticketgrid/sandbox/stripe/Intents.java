package org.ticketgrid.sandbox.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;

/** Payment intents in the states the tests start from, made the way the application makes them. */
final class Intents {

  private Intents() {}

  /** A manual-capture intent for an order of two tickets, not yet confirmed. */
  static PaymentIntent manual(StripeClient stripe, long amount) throws StripeException {
    return stripe
        .v1()
        .paymentIntents()
        .create(
            PaymentIntentCreateParams.builder()
                .setAmount(amount)
                .setCurrency("eur")
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .setDescription("2 tickets")
                .putMetadata("orderId", "ord_42")
                .build());
  }

  /** A manual intent confirmed with the test Visa card: authorized, waiting for capture. */
  static PaymentIntent authorized(StripeClient stripe, long amount) throws StripeException {
    return stripe
        .v1()
        .paymentIntents()
        .confirm(
            manual(stripe, amount).getId(),
            PaymentIntentConfirmParams.builder().setPaymentMethod("pm_card_visa").build());
  }
}
