package org.ticketgrid.sandbox.payments.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ticketgrid.sandbox.http.ApiError;
import org.ticketgrid.sandbox.payments.Card;
import org.ticketgrid.sandbox.payments.CardDecline;
import org.ticketgrid.sandbox.payments.Charge;
import org.ticketgrid.sandbox.payments.PaymentAttempt.LastPaymentError;
import org.ticketgrid.sandbox.payments.PaymentIntent;
import org.ticketgrid.sandbox.payments.PaymentMethod;
import org.ticketgrid.sandbox.payments.Refund;

/**
 * Domain snapshots in Stripe's JSON shape. Only fields a checkout integration reads are filled; the
 * rest of Stripe's long field lists are left out, which stripe-java tolerates (absent means {@code
 * null} to it). Types must match stripe-java's models exactly, or Gson fails on parse.
 */
final class PaymentViews {

  private PaymentViews() {}

  static Map<String, Object> intent(PaymentIntent intent) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", intent.id().value());
    json.put("object", "payment_intent");
    json.put("amount", intent.amount().amount());
    json.put("amount_capturable", intent.funds().capturable());
    json.put("amount_received", intent.funds().received());
    json.put(
        "canceled_at", intent.cancellation() == null ? null : seconds(intent.cancellation().at()));
    json.put(
        "cancellation_reason",
        intent.cancellation() == null ? null : intent.cancellation().reason());
    json.put("capture_method", intent.captureMethod().wireName());
    json.put("client_secret", intent.clientSecret());
    json.put("confirmation_method", "automatic");
    json.put("created", seconds(intent.created()));
    json.put("currency", intent.amount().currency());
    json.put("customer", null);
    json.put("description", intent.details().description());
    json.put("last_payment_error", lastPaymentError(intent.attempt().lastError()));
    json.put("latest_charge", idOrNull(intent.attempt().latestCharge()));
    json.put("livemode", false);
    json.put("metadata", intent.details().metadata());
    json.put("next_action", null);
    PaymentMethod method = intent.attempt().paymentMethod();
    json.put("payment_method", method == null ? null : method.id().value());
    json.put("payment_method_types", intent.details().paymentMethodTypes());
    json.put("status", intent.status().wireName());
    return json;
  }

  static Map<String, Object> charge(Charge charge) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", charge.id().value());
    json.put("object", "charge");
    json.put("amount", charge.amount().amount());
    json.put("amount_captured", charge.amountCaptured());
    json.put("amount_refunded", charge.amountRefunded());
    json.put("captured", charge.captured());
    json.put("created", seconds(charge.created()));
    json.put("currency", charge.amount().currency());
    json.put("disputed", false);
    json.put("failure_code", charge.failure() == null ? null : charge.failure().code());
    json.put("failure_message", charge.failure() == null ? null : charge.failure().message());
    json.put("livemode", false);
    json.put("metadata", charge.metadata());
    json.put("outcome", outcome(charge.failure()));
    json.put("paid", charge.succeeded());
    json.put("payment_intent", charge.paymentIntent().value());
    json.put("payment_method", charge.paymentMethod().id().value());
    json.put(
        "payment_method_details",
        Map.of("type", "card", "card", cardDetails(charge.paymentMethod().card())));
    json.put("refunded", charge.refunded());
    json.put("status", charge.succeeded() ? "succeeded" : "failed");
    return json;
  }

  static Map<String, Object> refund(Refund refund) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", refund.id().value());
    json.put("object", "refund");
    json.put("amount", refund.amount().amount());
    json.put("charge", refund.charge().value());
    json.put("created", seconds(refund.created()));
    json.put("currency", refund.amount().currency());
    json.put("metadata", refund.metadata());
    json.put("payment_intent", refund.paymentIntent().value());
    json.put("reason", refund.reason());
    json.put("status", "succeeded");
    return json;
  }

  static Map<String, Object> paymentMethod(PaymentMethod method) {
    Map<String, Object> billing = new LinkedHashMap<>();
    billing.put("address", null);
    billing.put("email", null);
    billing.put("name", null);
    billing.put("phone", null);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", method.id().value());
    json.put("object", "payment_method");
    json.put("billing_details", billing);
    json.put("card", cardDetails(method.card()));
    json.put("created", seconds(method.created()));
    json.put("customer", null);
    json.put("livemode", false);
    json.put("metadata", Map.of());
    json.put("type", "card");
    return json;
  }

  /** The 402 body of a declined confirmation: the error plus the intent as it now stands. */
  static ApiError cardError(CardDecline decline, Charge charge, PaymentIntent intent) {
    return new ApiError(
        402,
        ApiError.CARD_ERROR,
        decline.code(),
        decline.declineCode(),
        decline.message(),
        null,
        Map.of(
            "charge", charge.id().value(),
            "payment_intent", intent(intent),
            "payment_method", paymentMethod(charge.paymentMethod()),
            "payment_method_type", "card"));
  }

  private static Map<String, Object> lastPaymentError(LastPaymentError error) {
    if (error == null) {
      return null;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", ApiError.CARD_ERROR);
    json.put("code", error.decline().code());
    json.put("decline_code", error.decline().declineCode());
    json.put("message", error.decline().message());
    json.put("payment_method", paymentMethod(error.paymentMethod()));
    json.put("payment_method_type", "card");
    return json;
  }

  private static Map<String, Object> cardDetails(Card card) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("brand", card.brand());
    json.put("country", "US");
    json.put("exp_month", (long) card.expMonth());
    json.put("exp_year", (long) card.expYear());
    json.put("funding", card.funding());
    json.put("last4", card.last4());
    json.put("networks", Map.of("available", List.of(card.brand())));
    return json;
  }

  private static Map<String, Object> outcome(CardDecline failure) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("network_status", failure == null ? "approved_by_network" : "declined_by_network");
    json.put("reason", failure == null ? null : failure.declineCode());
    json.put("risk_level", "normal");
    json.put(
        "seller_message",
        failure == null
            ? "Payment complete."
            : "The bank did not return any further details with this decline.");
    json.put("type", failure == null ? "authorized" : "issuer_declined");
    return json;
  }

  private static String idOrNull(Object id) {
    return id == null ? null : id.toString();
  }

  private static long seconds(Instant instant) {
    return instant.getEpochSecond();
  }
}
