package org.ticketgrid.sandbox.payments.api;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.ticketgrid.sandbox.http.Access;
import org.ticketgrid.sandbox.http.ApiError;
import org.ticketgrid.sandbox.http.ApiException;
import org.ticketgrid.sandbox.http.ApiRequest;
import org.ticketgrid.sandbox.http.ApiResponse;
import org.ticketgrid.sandbox.http.ListPage;
import org.ticketgrid.sandbox.http.Params;
import org.ticketgrid.sandbox.http.Router;
import org.ticketgrid.sandbox.payments.CaptureMethod;
import org.ticketgrid.sandbox.payments.CreateIntent;
import org.ticketgrid.sandbox.payments.IntentDetails;
import org.ticketgrid.sandbox.payments.IntentUpdate;
import org.ticketgrid.sandbox.payments.Money;
import org.ticketgrid.sandbox.payments.Outcome;
import org.ticketgrid.sandbox.payments.Payment;
import org.ticketgrid.sandbox.payments.PaymentIntentId;
import org.ticketgrid.sandbox.payments.PaymentMethod;
import org.ticketgrid.sandbox.payments.PaymentRules;

/**
 * {@code /v1/payment_intents} and its actions. Parameters Stripe accepts but a sandbox has no use
 * for (receipt_email, return_url, automatic_payment_methods...) are accepted and ignored, so
 * application code written for Stripe runs unchanged.
 */
final class PaymentIntentRoutes {

  private static final Set<String> CAPTURE_METHODS =
      Set.of("automatic", "automatic_async", "manual");
  private static final Set<String> CANCELLATION_REASONS =
      Set.of("duplicate", "fraudulent", "requested_by_customer", "abandoned");

  private final PaymentStore store;
  private final PaymentMethodRegistry paymentMethods;
  private final PaymentRules rules;
  private final FactPublisher publisher;

  PaymentIntentRoutes(
      PaymentStore store,
      PaymentMethodRegistry paymentMethods,
      PaymentRules rules,
      FactPublisher publisher) {
    this.store = Objects.requireNonNull(store, "store");
    this.paymentMethods = Objects.requireNonNull(paymentMethods, "paymentMethods");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
  }

  void register(Router router) {
    router.post("/v1/payment_intents", Access.SECRET_KEY, this::create);
    router.get("/v1/payment_intents", Access.SECRET_KEY, this::list);
    router.get("/v1/payment_intents/{id}", Access.CLIENT_SIDE, this::retrieve);
    router.post("/v1/payment_intents/{id}", Access.SECRET_KEY, this::update);
    router.post("/v1/payment_intents/{id}/confirm", Access.CLIENT_SIDE, this::confirm);
    router.post("/v1/payment_intents/{id}/capture", Access.SECRET_KEY, this::capture);
    router.post("/v1/payment_intents/{id}/cancel", Access.SECRET_KEY, this::cancel);
  }

  private ApiResponse create(ApiRequest request) {
    Params params = request.params();
    CreateIntent command =
        new CreateIntent(
            money(params),
            params
                .oneOf("capture_method", CAPTURE_METHODS)
                .flatMap(CaptureMethod::fromWireName)
                .orElse(CaptureMethod.AUTOMATIC_ASYNC),
            new IntentDetails(
                params.string("description").filter(s -> !s.isEmpty()).orElse(null),
                params.stringMap("metadata"),
                params.stringList("payment_method_types")),
            paymentMethods.fromRequest(params).orElse(null),
            params.bool("confirm").orElse(false));
    Outcome outcome =
        store.create(
            () -> rules.create(command), facts -> publisher.publish(facts, request.context()));
    return OutcomeResponses.render(outcome, p -> PaymentViews.intent(p.intent()), null);
  }

  private ApiResponse retrieve(ApiRequest request) {
    Payment payment = store.get(intentId(request));
    checkClientSecret(request, payment);
    return ApiResponse.ok(PaymentViews.intent(payment.intent()));
  }

  private ApiResponse list(ApiRequest request) {
    return ApiResponse.ok(
        ListPage.of(
            store.newestFirst(),
            p -> p.id().value(),
            p -> PaymentViews.intent(p.intent()),
            request.params(),
            "/v1/payment_intents"));
  }

  private ApiResponse update(ApiRequest request) {
    Params params = request.params();
    IntentUpdate update =
        new IntentUpdate(
            params.integer("amount").orElse(null),
            params.string("description").orElse(null),
            params.stringMap("metadata"),
            params.sentEmpty("metadata"));
    return change(request, payment -> rules.update(payment, update));
  }

  /**
   * The browser calls this with the publishable key and the client secret; the server may call it
   * with the secret key. The payment method is resolved before taking the intent's lock because an
   * unknown method is a bad request, not a state change.
   */
  private ApiResponse confirm(ApiRequest request) {
    PaymentIntentId id = intentId(request);
    checkClientSecret(request, store.get(id));
    PaymentMethod method = paymentMethods.fromRequest(request.params()).orElse(null);
    return change(request, payment -> rules.confirm(payment, method));
  }

  private ApiResponse capture(ApiRequest request) {
    Long amount = request.params().integer("amount_to_capture").orElse(null);
    return change(request, payment -> rules.capture(payment, amount));
  }

  private ApiResponse cancel(ApiRequest request) {
    String reason =
        request.params().oneOf("cancellation_reason", CANCELLATION_REASONS).orElse(null);
    return change(request, payment -> rules.cancel(payment, reason));
  }

  /** A refusal changed nothing, so the stored state is what the error shows. */
  private ApiResponse change(ApiRequest request, Function<Payment, Outcome> operation) {
    PaymentIntentId id = intentId(request);
    Outcome outcome =
        store.change(id, operation, facts -> publisher.publish(facts, request.context()));
    return OutcomeResponses.render(
        outcome, p -> PaymentViews.intent(p.intent()), store.find(id).orElse(null));
  }

  private static Money money(Params params) {
    long amount = params.requiredInteger("amount");
    if (amount < 1) {
      throw new ApiException(
          ApiError.invalidRequest(
              400, "amount_too_small", "Amount must be at least 1 minor unit.", "amount"));
    }
    String currency = params.requiredString("currency");
    if (!currency.matches("[A-Za-z]{3}")) {
      throw new ApiException(ApiError.invalidParam("currency", "Invalid currency: " + currency));
    }
    return new Money(amount, currency);
  }

  /**
   * Stripe lets a publishable key read or confirm an intent only together with its client secret;
   * this is what stops one shopper from confirming another's payment.
   */
  private static void checkClientSecret(ApiRequest request, Payment payment) {
    if (!request.fromPublishableKey()) {
      return;
    }
    String presented = request.params().string("client_secret").orElse("");
    if (!presented.equals(payment.intent().clientSecret())) {
      throw new ApiException(
          ApiError.invalidRequest(
              400,
              presented.isEmpty() ? "parameter_missing" : "parameter_invalid",
              presented.isEmpty()
                  ? "A publishable key must be used together with the PaymentIntent's"
                      + " client_secret."
                  : "The client_secret provided does not match the client_secret associated with"
                      + " the PaymentIntent.",
              "client_secret"));
    }
  }

  private static PaymentIntentId intentId(ApiRequest request) {
    return new PaymentIntentId(request.pathVariable("id"));
  }
}
