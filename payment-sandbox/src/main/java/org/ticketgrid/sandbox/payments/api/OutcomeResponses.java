package org.ticketgrid.sandbox.payments.api;

import java.util.Map;
import java.util.function.Function;
import org.ticketgrid.sandbox.http.ApiError;
import org.ticketgrid.sandbox.http.ApiResponse;
import org.ticketgrid.sandbox.payments.Outcome;
import org.ticketgrid.sandbox.payments.Payment;
import org.ticketgrid.sandbox.payments.Refusal;

/**
 * Renders outcomes the way Stripe answers: 200 with the object, 402 {@code card_error} for a
 * decline, 400 {@code invalid_request_error} for a refused transition. Stripe puts the intent's
 * current state into both error bodies so the client need not fetch it again; so do we.
 */
final class OutcomeResponses {

  private OutcomeResponses() {}

  /**
   * @param view renders the object the operation returns (the intent, or the new refund)
   * @param before the payment as it was, shown with a refusal; {@code null} on creation
   */
  static ApiResponse render(
      Outcome outcome, Function<Payment, Map<String, Object>> view, Payment before) {
    return switch (outcome) {
      case Outcome.Applied applied -> ApiResponse.ok(view.apply(applied.payment()));
      case Outcome.Declined declined ->
          ApiResponse.error(
              PaymentViews.cardError(
                  declined.decline(),
                  declined.payment().latestCharge().orElseThrow(),
                  declined.payment().intent()));
      case Outcome.Refused refused -> ApiResponse.error(refusal(refused.refusal(), before));
    };
  }

  private static ApiError refusal(Refusal refusal, Payment before) {
    ApiError error =
        ApiError.invalidRequest(400, refusal.code(), refusal.message(), refusal.param());
    return before == null
        ? error
        : error.with("payment_intent", PaymentViews.intent(before.intent()));
  }
}
