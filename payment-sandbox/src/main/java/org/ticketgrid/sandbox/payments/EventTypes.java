package org.ticketgrid.sandbox.payments;

/** Stripe event type names, declared once. */
public final class EventTypes {

  public static final String PAYMENT_INTENT_CREATED = "payment_intent.created";
  public static final String PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED =
      "payment_intent.amount_capturable_updated";
  public static final String PAYMENT_INTENT_SUCCEEDED = "payment_intent.succeeded";
  public static final String PAYMENT_INTENT_PAYMENT_FAILED = "payment_intent.payment_failed";
  public static final String PAYMENT_INTENT_CANCELED = "payment_intent.canceled";
  public static final String CHARGE_SUCCEEDED = "charge.succeeded";
  public static final String CHARGE_FAILED = "charge.failed";
  public static final String CHARGE_CAPTURED = "charge.captured";
  public static final String CHARGE_REFUNDED = "charge.refunded";
  public static final String REFUND_CREATED = "refund.created";

  private EventTypes() {}
}
