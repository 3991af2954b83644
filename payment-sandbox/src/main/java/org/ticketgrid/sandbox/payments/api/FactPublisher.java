package org.ticketgrid.sandbox.payments.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ticketgrid.sandbox.events.Event;
import org.ticketgrid.sandbox.events.EventLog;
import org.ticketgrid.sandbox.http.RequestContext;
import org.ticketgrid.sandbox.payments.Fact;

/**
 * Records domain facts as Stripe events.
 *
 * <p>The event's {@code api_version} is the {@code Stripe-Version} the request was made with.
 * stripe-java only deserializes {@code data.object} when the event's version is on its own release
 * train, so stamping the caller's version keeps {@code getDataObjectDeserializer().getObject()}
 * working whichever stripe-java the application uses.
 */
final class FactPublisher {

  private final EventLog events;

  FactPublisher(EventLog events) {
    this.events = Objects.requireNonNull(events, "events");
  }

  void publish(List<Fact> facts, RequestContext context) {
    Event.Origin origin = new Event.Origin(context.requestId(), context.idempotencyKey());
    for (Fact fact : facts) {
      events.record(
          fact.eventType(),
          snapshot(fact),
          context.apiVersion(),
          origin,
          fact.paymentIntent().value());
    }
  }

  private static Map<String, Object> snapshot(Fact fact) {
    return switch (fact) {
      case Fact.IntentFact f -> PaymentViews.intent(f.intent());
      case Fact.ChargeFact f -> PaymentViews.charge(f.charge());
      case Fact.RefundFact f -> PaymentViews.refund(f.refund());
    };
  }
}
