package org.ticketgrid.sandbox.payments.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ticketgrid.sandbox.http.Access;
import org.ticketgrid.sandbox.http.ApiError;
import org.ticketgrid.sandbox.http.ApiException;
import org.ticketgrid.sandbox.http.ApiRequest;
import org.ticketgrid.sandbox.http.ApiResponse;
import org.ticketgrid.sandbox.http.ListPage;
import org.ticketgrid.sandbox.http.Router;
import org.ticketgrid.sandbox.payments.Charge;
import org.ticketgrid.sandbox.payments.ChargeId;
import org.ticketgrid.sandbox.payments.PaymentMethod;
import org.ticketgrid.sandbox.payments.PaymentMethodId;

/**
 * Read-only views of charges, plus payment method creation for a hand-written card form. Charges
 * are created only by confirming an intent, as in Stripe's current API.
 */
final class ChargeAndMethodRoutes {

  private final PaymentStore store;
  private final PaymentMethodRegistry paymentMethods;

  ChargeAndMethodRoutes(PaymentStore store, PaymentMethodRegistry paymentMethods) {
    this.store = Objects.requireNonNull(store, "store");
    this.paymentMethods = Objects.requireNonNull(paymentMethods, "paymentMethods");
  }

  void register(Router router) {
    router.get("/v1/charges", Access.SECRET_KEY, this::listCharges);
    router.get("/v1/charges/{id}", Access.SECRET_KEY, this::retrieveCharge);
    router.post("/v1/payment_methods", Access.CLIENT_SIDE, this::createPaymentMethod);
    router.get("/v1/payment_methods/{id}", Access.SECRET_KEY, this::retrievePaymentMethod);
  }

  private ApiResponse retrieveCharge(ApiRequest request) {
    ChargeId id = new ChargeId(request.pathVariable("id"));
    Charge charge =
        store
            .ownerOf(id)
            .flatMap(p -> p.charge(id))
            .orElseThrow(() -> new ApiException(ApiError.notFound("charge", id.value(), "id")));
    return ApiResponse.ok(PaymentViews.charge(charge));
  }

  private ApiResponse listCharges(ApiRequest request) {
    Optional<String> intent = request.params().string("payment_intent").filter(s -> !s.isEmpty());
    List<Charge> newestFirst =
        store.newestFirst().stream()
            .filter(p -> intent.isEmpty() || p.id().value().equals(intent.get()))
            .flatMap(p -> p.charges().reversed().stream())
            .sorted((a, b) -> b.created().compareTo(a.created()))
            .toList();
    return ApiResponse.ok(
        ListPage.of(
            newestFirst,
            c -> c.id().value(),
            PaymentViews::charge,
            request.params(),
            "/v1/charges"));
  }

  private ApiResponse createPaymentMethod(ApiRequest request) {
    String type = request.params().requiredString("type");
    if (!"card".equals(type)) {
      throw new ApiException(
          ApiError.invalidParam(
              "type", "The payment sandbox only simulates card payment methods."));
    }
    PaymentMethod method = paymentMethods.fromCardData(request.params().nested("card"));
    return ApiResponse.ok(PaymentViews.paymentMethod(method));
  }

  private ApiResponse retrievePaymentMethod(ApiRequest request) {
    PaymentMethodId id = new PaymentMethodId(request.pathVariable("id"));
    PaymentMethod method =
        paymentMethods
            .find(id)
            .orElseThrow(
                () ->
                    new ApiException(
                        ApiError.notFound("payment_method", id.value(), "payment_method")));
    return ApiResponse.ok(PaymentViews.paymentMethod(method));
  }
}
