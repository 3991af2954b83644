package org.ticketgrid.sandbox.payments;

import java.util.Map;
import java.util.Optional;

/**
 * Stripe's documented test payment methods and card numbers, with the outcome each one scripts.
 * Only cards matter for ticket checkout, so other payment method types are not simulated.
 */
public final class TestCards {

  private static final int EXP_MONTH = 12;
  private static final int EXP_YEAR = 2034;

  static final CardDecline GENERIC =
      new CardDecline("card_declined", "generic_decline", "Your card was declined.");
  static final CardDecline INSUFFICIENT_FUNDS =
      new CardDecline("card_declined", "insufficient_funds", "Your card has insufficient funds.");
  static final CardDecline EXPIRED =
      new CardDecline("expired_card", "expired_card", "Your card has expired.");
  static final CardDecline INCORRECT_CVC =
      new CardDecline("incorrect_cvc", "incorrect_cvc", "Your card's security code is incorrect.");
  static final CardDecline LOST =
      new CardDecline("card_declined", "lost_card", "Your card was declined.");
  static final CardDecline STOLEN =
      new CardDecline("card_declined", "stolen_card", "Your card was declined.");
  static final CardDecline FRAUDULENT =
      new CardDecline("card_declined", "fraudulent", "Your card was declined.");
  static final CardDecline PROCESSING_ERROR =
      new CardDecline(
          "processing_error",
          "processing_error",
          "An error occurred while processing your card. Try again in a little bit.");

  private static final Map<String, Card> BY_TOKEN =
      Map.ofEntries(
          Map.entry("pm_card_visa", card("visa", "4242", "credit", null)),
          Map.entry("pm_card_visa_debit", card("visa", "5556", "debit", null)),
          Map.entry("pm_card_mastercard", card("mastercard", "4444", "credit", null)),
          Map.entry("pm_card_amex", card("amex", "8431", "credit", null)),
          Map.entry("pm_card_chargeDeclined", card("visa", "0002", "credit", GENERIC)),
          Map.entry(
              "pm_card_chargeDeclinedInsufficientFunds",
              card("visa", "9995", "credit", INSUFFICIENT_FUNDS)),
          Map.entry("pm_card_chargeDeclinedExpiredCard", card("visa", "0069", "credit", EXPIRED)),
          Map.entry(
              "pm_card_chargeDeclinedIncorrectCvc", card("visa", "0127", "credit", INCORRECT_CVC)),
          Map.entry("pm_card_chargeDeclinedLostCard", card("visa", "9987", "credit", LOST)),
          Map.entry("pm_card_chargeDeclinedStolenCard", card("visa", "9979", "credit", STOLEN)),
          Map.entry("pm_card_chargeDeclinedFraudulent", card("visa", "0019", "credit", FRAUDULENT)),
          Map.entry(
              "pm_card_chargeDeclinedProcessingError",
              card("visa", "0119", "credit", PROCESSING_ERROR)));

  private static final Map<String, Card> BY_NUMBER =
      Map.ofEntries(
          Map.entry("4242424242424242", card("visa", "4242", "credit", null)),
          Map.entry("4000056655665556", card("visa", "5556", "debit", null)),
          Map.entry("5555555555554444", card("mastercard", "4444", "credit", null)),
          Map.entry("378282246310005", card("amex", "0005", "credit", null)),
          Map.entry("4000000000000002", card("visa", "0002", "credit", GENERIC)),
          Map.entry("4000000000009995", card("visa", "9995", "credit", INSUFFICIENT_FUNDS)),
          Map.entry("4000000000000069", card("visa", "0069", "credit", EXPIRED)),
          Map.entry("4000000000000127", card("visa", "0127", "credit", INCORRECT_CVC)),
          Map.entry("4000000000009987", card("visa", "9987", "credit", LOST)),
          Map.entry("4000000000009979", card("visa", "9979", "credit", STOLEN)),
          Map.entry("4100000000000019", card("visa", "0019", "credit", FRAUDULENT)),
          Map.entry("4000000000000119", card("visa", "0119", "credit", PROCESSING_ERROR)));

  private TestCards() {}

  /** The card behind a magic token such as {@code pm_card_visa}. */
  public static Optional<Card> byToken(String token) {
    return Optional.ofNullable(BY_TOKEN.get(token));
  }

  /**
   * The card for a number typed into a card form. Like Stripe, any other number that passes the
   * Luhn check is an approved card, so developers are not limited to the table.
   */
  public static Optional<Card> byNumber(String number) {
    String digits = number == null ? "" : number.replaceAll("[\\s-]", "");
    Card known = BY_NUMBER.get(digits);
    if (known != null) {
      return Optional.of(known);
    }
    if (!digits.matches("\\d{12,19}") || !passesLuhn(digits)) {
      return Optional.empty();
    }
    return Optional.of(
        card(brandOf(digits), digits.substring(digits.length() - 4), "credit", null));
  }

  static boolean passesLuhn(String digits) {
    int sum = 0;
    boolean doubleIt = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubleIt) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
      doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
  }

  private static String brandOf(String digits) {
    return switch (digits.charAt(0)) {
      case '4' -> "visa";
      case '5', '2' -> "mastercard";
      case '3' -> "amex";
      default -> "unknown";
    };
  }

  private static Card card(String brand, String last4, String funding, CardDecline decline) {
    return new Card(brand, last4, EXP_MONTH, EXP_YEAR, funding, decline);
  }
}
