package org.ticketgrid.sandbox.payments;

/**
 * Something that happened to a payment, named by the Stripe event type it becomes, with the
 * snapshot that event carries as {@code data.object}. Facts are produced in the order Stripe emits
 * the events.
 */
public sealed interface Fact {

  String eventType();

  /** The intent the fact belongs to; webhook delivery is ordered per intent. */
  PaymentIntentId paymentIntent();

  record IntentFact(String eventType, PaymentIntent intent) implements Fact {
    @Override
    public PaymentIntentId paymentIntent() {
      return intent.id();
    }
  }

  record ChargeFact(String eventType, Charge charge) implements Fact {
    @Override
    public PaymentIntentId paymentIntent() {
      return charge.paymentIntent();
    }
  }

  record RefundFact(String eventType, Refund refund) implements Fact {
    @Override
    public PaymentIntentId paymentIntent() {
      return refund.paymentIntent();
    }
  }
}
