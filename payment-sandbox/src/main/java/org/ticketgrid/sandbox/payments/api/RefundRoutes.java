package org.ticketgrid.sandbox.payments.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ticketgrid.sandbox.http.Access;
import org.ticketgrid.sandbox.http.ApiError;
import org.ticketgrid.sandbox.http.ApiException;
import org.ticketgrid.sandbox.http.ApiRequest;
import org.ticketgrid.sandbox.http.ApiResponse;
import org.ticketgrid.sandbox.http.ListPage;
import org.ticketgrid.sandbox.http.Params;
import org.ticketgrid.sandbox.http.Router;
import org.ticketgrid.sandbox.payments.ChargeId;
import org.ticketgrid.sandbox.payments.Outcome;
import org.ticketgrid.sandbox.payments.Payment;
import org.ticketgrid.sandbox.payments.PaymentIntentId;
import org.ticketgrid.sandbox.payments.Refund;
import org.ticketgrid.sandbox.payments.RefundId;
import org.ticketgrid.sandbox.payments.RefundRequest;
import org.ticketgrid.sandbox.payments.RefundRules;

/** {@code /v1/refunds}: create by payment intent or charge, retrieve, list. */
final class RefundRoutes {

  private static final Set<String> REASONS =
      Set.of("duplicate", "fraudulent", "requested_by_customer");

  private final PaymentStore store;
  private final RefundRules rules;
  private final FactPublisher publisher;

  RefundRoutes(PaymentStore store, RefundRules rules, FactPublisher publisher) {
    this.store = Objects.requireNonNull(store, "store");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
  }

  void register(Router router) {
    router.post("/v1/refunds", Access.SECRET_KEY, this::create);
    router.get("/v1/refunds", Access.SECRET_KEY, this::list);
    router.get("/v1/refunds/{id}", Access.SECRET_KEY, this::retrieve);
  }

  private ApiResponse create(ApiRequest request) {
    Params params = request.params();
    PaymentIntentId target = targetIntent(params);
    Long amount = params.integer("amount").orElse(null);
    if (amount != null && amount < 1) {
      throw new ApiException(
          ApiError.invalidRequest(
              400, "amount_too_small", "Refund amount must be at least 1.", "amount"));
    }
    RefundRequest refund =
        new RefundRequest(
            amount, params.oneOf("reason", REASONS).orElse(null), params.stringMap("metadata"));
    Outcome outcome =
        store.change(
            target,
            payment -> rules.refund(payment, refund),
            facts -> publisher.publish(facts, request.context()));
    return OutcomeResponses.render(
        outcome, p -> PaymentViews.refund(p.newestRefund().orElseThrow()), null);
  }

  private ApiResponse retrieve(ApiRequest request) {
    RefundId id = new RefundId(request.pathVariable("id"));
    Refund refund =
        store
            .ownerOf(id)
            .flatMap(p -> p.refund(id))
            .orElseThrow(() -> new ApiException(ApiError.notFound("refund", id.value(), "id")));
    return ApiResponse.ok(PaymentViews.refund(refund));
  }

  private ApiResponse list(ApiRequest request) {
    Optional<String> intent = request.params().string("payment_intent").filter(s -> !s.isEmpty());
    Optional<String> charge = request.params().string("charge").filter(s -> !s.isEmpty());
    List<Refund> newestFirst =
        store.newestFirst().stream()
            .filter(p -> intent.isEmpty() || p.id().value().equals(intent.get()))
            .flatMap(p -> p.refunds().reversed().stream())
            .filter(r -> charge.isEmpty() || r.charge().value().equals(charge.get()))
            .sorted((a, b) -> b.created().compareTo(a.created()))
            .toList();
    return ApiResponse.ok(
        ListPage.of(
            newestFirst,
            r -> r.id().value(),
            PaymentViews::refund,
            request.params(),
            "/v1/refunds"));
  }

  /** Stripe takes either the intent or its charge; both must exist. */
  private PaymentIntentId targetIntent(Params params) {
    Optional<String> intent = params.string("payment_intent").filter(s -> !s.isEmpty());
    if (intent.isPresent()) {
      PaymentIntentId id = new PaymentIntentId(intent.get());
      if (store.find(id).isEmpty()) {
        throw new ApiException(
            ApiError.invalidRequest(
                400,
                "resource_missing",
                "No such payment_intent: '%s'".formatted(id),
                "payment_intent"));
      }
      return id;
    }
    Optional<String> charge = params.string("charge").filter(s -> !s.isEmpty());
    if (charge.isEmpty()) {
      throw new ApiException(
          ApiError.invalidRequest(
              400, "parameter_missing", "One of `charge` or `payment_intent` is required.", null));
    }
    return store
        .ownerOf(new ChargeId(charge.get()))
        .map(Payment::id)
        .orElseThrow(
            () ->
                new ApiException(
                    ApiError.invalidRequest(
                        400,
                        "resource_missing",
                        "No such charge: '%s'".formatted(charge.get()),
                        "charge")));
  }
}
