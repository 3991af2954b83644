package org.ticketgrid.sandbox.payments;

import java.util.Objects;

/**
 * Why the issuer refused a card, in Stripe's words: {@code code} is the error code (mostly {@code
 * card_declined}), {@code declineCode} the issuer's reason (for example {@code
 * insufficient_funds}).
 */
public record CardDecline(String code, String declineCode, String message) {

  public CardDecline {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(declineCode, "declineCode");
    Objects.requireNonNull(message, "message");
  }
}
