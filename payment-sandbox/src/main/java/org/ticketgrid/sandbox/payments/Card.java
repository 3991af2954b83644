package org.ticketgrid.sandbox.payments;

import java.util.Optional;

/**
 * A test card and the answer its issuer will give. Real cards do not know their outcome; test cards
 * do, which is the whole point of Stripe's test numbers.
 *
 * @param decline the scripted refusal, or {@code null} for a card that is approved
 */
public record Card(
    String brand, String last4, int expMonth, int expYear, String funding, CardDecline decline) {

  public Optional<CardDecline> scriptedDecline() {
    return Optional.ofNullable(decline);
  }
}
