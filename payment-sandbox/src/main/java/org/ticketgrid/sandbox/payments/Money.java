package org.ticketgrid.sandbox.payments;

import java.util.Locale;
import java.util.Objects;

/**
 * An amount in minor units (cents) of a currency. Stripe sends and expects lower-case ISO codes, so
 * the currency is normalised once here instead of at every comparison.
 */
public record Money(long amount, String currency) {

  public Money {
    Objects.requireNonNull(currency, "currency");
    if (amount < 0) {
      throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
    currency = currency.toLowerCase(Locale.ROOT);
    if (!currency.matches("[a-z]{3}")) {
      throw new IllegalArgumentException("currency must be a three-letter ISO code: " + currency);
    }
  }

  public Money withAmount(long newAmount) {
    return new Money(newAmount, currency);
  }

  /** Stripe's error messages show amounts as "$12.00"-like text; a neutral form is enough here. */
  public String display() {
    return String.format(Locale.ROOT, "%d.%02d %s", amount / 100, amount % 100, currency);
  }
}
