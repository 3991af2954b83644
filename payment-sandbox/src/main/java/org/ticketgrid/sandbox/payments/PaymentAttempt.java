package org.ticketgrid.sandbox.payments;

/**
 * The intent's most recent attempt to pay: the method it will use (or used), the charge that
 * attempt made, and the error if the card was declined. Every part may be {@code null}, as in
 * Stripe's JSON.
 */
public record PaymentAttempt(
    PaymentMethod paymentMethod, ChargeId latestCharge, LastPaymentError lastError) {

  public static final PaymentAttempt NONE = new PaymentAttempt(null, null, null);

  public PaymentAttempt withPaymentMethod(PaymentMethod method) {
    return new PaymentAttempt(method, latestCharge, lastError);
  }

  /**
   * The decline together with the method that was declined: Stripe drops the method from the intent
   * after a decline but still shows it inside {@code last_payment_error}.
   */
  public record LastPaymentError(CardDecline decline, PaymentMethod paymentMethod) {}
}
