package org.ticketgrid.sandbox.payments;

import java.security.SecureRandom;

/**
 * Random identifiers shaped like Stripe's ({@code prefix_} plus 24 alphanumerics). SecureRandom
 * because client secrets come from here too and some tests treat them as unguessable.
 */
public final class RandomIds implements IdSource {

  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final int LENGTH = 24;

  private final SecureRandom random = new SecureRandom();

  @Override
  public String next(String prefix) {
    return prefix + "_" + randomText(LENGTH);
  }

  private String randomText(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
