package org.ticketgrid.sandbox.payments.api;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ticketgrid.sandbox.http.ApiError;
import org.ticketgrid.sandbox.http.ApiException;
import org.ticketgrid.sandbox.http.Params;
import org.ticketgrid.sandbox.payments.Card;
import org.ticketgrid.sandbox.payments.IdSource;
import org.ticketgrid.sandbox.payments.PaymentMethod;
import org.ticketgrid.sandbox.payments.PaymentMethodId;
import org.ticketgrid.sandbox.payments.TestCards;

/**
 * Payment methods created from test tokens or card numbers. Like Stripe, a token such as {@code
 * pm_card_visa} yields a fresh {@code pm_...} each time it is used, and that id can be used again
 * afterwards.
 */
final class PaymentMethodRegistry {

  private final Map<PaymentMethodId, PaymentMethod> methods = new ConcurrentHashMap<>();
  private final Clock clock;
  private final IdSource ids;

  PaymentMethodRegistry(Clock clock, IdSource ids) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /**
   * The method named by {@code payment_method}, or described by {@code payment_method_data}; empty
   * when the request has neither.
   */
  Optional<PaymentMethod> fromRequest(Params params) {
    Optional<String> reference = params.string("payment_method").filter(s -> !s.isEmpty());
    if (reference.isPresent()) {
      return Optional.of(resolve(reference.get()));
    }
    if (params.has("payment_method_data")) {
      Params data = params.nested("payment_method_data");
      return Optional.of(fromCardData(data.nested("card")));
    }
    return Optional.empty();
  }

  PaymentMethod resolve(String reference) {
    Optional<Card> token = TestCards.byToken(reference);
    if (token.isPresent()) {
      return register(token.get());
    }
    PaymentMethod known = methods.get(new PaymentMethodId(reference));
    if (known == null) {
      throw new ApiException(
          ApiError.invalidRequest(
              400,
              "resource_missing",
              ("No such PaymentMethod: '%s'. Use a test token such as pm_card_visa; see "
                      + "payment-sandbox/README.md.")
                  .formatted(reference),
              "payment_method"));
    }
    return known;
  }

  /** Card fields as a simple card form posts them ({@code card[number]} and so on). */
  PaymentMethod fromCardData(Params card) {
    String number = card.requiredString("number");
    Card base =
        TestCards.byNumber(number)
            .orElseThrow(
                () ->
                    new ApiException(
                        new ApiError(
                            402,
                            ApiError.CARD_ERROR,
                            "incorrect_number",
                            null,
                            "Your card number is incorrect.",
                            "number",
                            Map.of())));
    int month = card.integer("exp_month").map(Long::intValue).orElse(base.expMonth());
    int year = card.integer("exp_year").map(Long::intValue).orElse(base.expYear());
    if (month < 1 || month > 12) {
      throw cardFieldError(
          "invalid_expiry_month", "Your card's expiration month is invalid.", "exp_month");
    }
    if (year < 100) {
      year += 2000;
    }
    return register(
        new Card(base.brand(), base.last4(), month, year, base.funding(), base.decline()));
  }

  Optional<PaymentMethod> find(PaymentMethodId id) {
    return Optional.ofNullable(methods.get(id));
  }

  void clear() {
    methods.clear();
  }

  private PaymentMethod register(Card card) {
    PaymentMethod method =
        new PaymentMethod(
            new PaymentMethodId(ids.next(PaymentMethodId.PREFIX)), card, clock.instant());
    methods.put(method.id(), method);
    return method;
  }

  private static ApiException cardFieldError(String code, String message, String param) {
    return new ApiException(
        new ApiError(402, ApiError.CARD_ERROR, code, null, message, param, Map.of()));
  }
}
