package org.ticketgrid.sandbox.payments;

import java.util.Locale;

/**
 * The statuses this sandbox reaches. Stripe also has {@code requires_action} and {@code
 * processing}; no test card here triggers 3-D Secure or asynchronous methods, so they are left out
 * rather than modelled without a way to reach them.
 */
public enum PaymentIntentStatus {
  REQUIRES_PAYMENT_METHOD,
  REQUIRES_CONFIRMATION,
  REQUIRES_CAPTURE,
  SUCCEEDED,
  CANCELED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
