package org.ticketgrid.sandbox.payments.api;

import java.time.Clock;
import org.ticketgrid.sandbox.events.EventLog;
import org.ticketgrid.sandbox.http.Router;
import org.ticketgrid.sandbox.payments.IdSource;
import org.ticketgrid.sandbox.payments.PaymentRules;
import org.ticketgrid.sandbox.payments.RefundRules;

/** The payments feature as the rest of the sandbox sees it: routes to register, state to reset. */
public final class PaymentsApi {

  private final PaymentStore store = new PaymentStore();
  private final PaymentMethodRegistry paymentMethods;
  private final PaymentIntentRoutes intents;
  private final RefundRoutes refunds;
  private final ChargeAndMethodRoutes charges;

  public PaymentsApi(Clock clock, IdSource ids, EventLog events) {
    FactPublisher publisher = new FactPublisher(events);
    this.paymentMethods = new PaymentMethodRegistry(clock, ids);
    this.intents =
        new PaymentIntentRoutes(store, paymentMethods, new PaymentRules(clock, ids), publisher);
    this.refunds = new RefundRoutes(store, new RefundRules(clock, ids), publisher);
    this.charges = new ChargeAndMethodRoutes(store, paymentMethods);
  }

  public void register(Router router) {
    intents.register(router);
    refunds.register(router);
    charges.register(router);
  }

  public void reset() {
    store.clear();
    paymentMethods.clear();
  }
}
