package org.ticketgrid.sandbox.payments.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ticketgrid.sandbox.http.ApiError;
import org.ticketgrid.sandbox.http.ApiException;
import org.ticketgrid.sandbox.payments.ChargeId;
import org.ticketgrid.sandbox.payments.Fact;
import org.ticketgrid.sandbox.payments.Outcome;
import org.ticketgrid.sandbox.payments.Payment;
import org.ticketgrid.sandbox.payments.PaymentIntentId;
import org.ticketgrid.sandbox.payments.RefundId;

/**
 * Payments in memory, changed one intent at a time.
 *
 * <p>Reading, deciding, storing and publishing the facts all happen under the intent's lock. That
 * rules out two captures both seeing {@code requires_capture}, and it makes the events of one
 * intent come out in the order its states changed.
 */
final class PaymentStore {

  private final Map<PaymentIntentId, Payment> payments = new ConcurrentHashMap<>();
  private final Map<PaymentIntentId, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final Map<ChargeId, PaymentIntentId> chargeOwners = new ConcurrentHashMap<>();
  private final Map<RefundId, PaymentIntentId> refundOwners = new ConcurrentHashMap<>();
  private final List<PaymentIntentId> creationOrder = new ArrayList<>();

  Outcome create(Supplier<Outcome> creation, Consumer<List<Fact>> publish) {
    Outcome outcome = creation.get();
    changedPayment(outcome)
        .ifPresent(
            payment -> {
              synchronized (creationOrder) {
                creationOrder.add(payment.id());
              }
              withLock(
                  payment.id(),
                  () -> {
                    save(payment, outcome, publish);
                    return payment;
                  });
            });
    return outcome;
  }

  /** Applies a change to an existing intent; 404 when there is none. */
  Outcome change(
      PaymentIntentId id, Function<Payment, Outcome> change, Consumer<List<Fact>> publish) {
    return withLock(
        id,
        () -> {
          Payment current = payments.get(id);
          if (current == null) {
            throw notFound(id);
          }
          Outcome outcome = change.apply(current);
          changedPayment(outcome).ifPresent(payment -> save(payment, outcome, publish));
          return outcome;
        });
  }

  Payment get(PaymentIntentId id) {
    return find(id).orElseThrow(() -> notFound(id));
  }

  Optional<Payment> find(PaymentIntentId id) {
    return Optional.ofNullable(payments.get(id));
  }

  Optional<Payment> ownerOf(ChargeId charge) {
    return Optional.ofNullable(chargeOwners.get(charge)).flatMap(this::find);
  }

  Optional<Payment> ownerOf(RefundId refund) {
    return Optional.ofNullable(refundOwners.get(refund)).flatMap(this::find);
  }

  List<Payment> newestFirst() {
    List<PaymentIntentId> ids;
    synchronized (creationOrder) {
      ids = new ArrayList<>(creationOrder);
    }
    return ids.reversed().stream().map(payments::get).filter(p -> p != null).toList();
  }

  void clear() {
    synchronized (creationOrder) {
      creationOrder.clear();
    }
    payments.clear();
    chargeOwners.clear();
    refundOwners.clear();
    locks.clear();
  }

  static ApiException notFound(PaymentIntentId id) {
    return new ApiException(ApiError.notFound("payment_intent", id.value(), "intent"));
  }

  private void save(Payment payment, Outcome outcome, Consumer<List<Fact>> publish) {
    payments.put(payment.id(), payment);
    payment.charges().forEach(c -> chargeOwners.put(c.id(), payment.id()));
    payment.refunds().forEach(r -> refundOwners.put(r.id(), payment.id()));
    publish.accept(facts(outcome));
  }

  private <T> T withLock(PaymentIntentId id, Supplier<T> action) {
    ReentrantLock lock = locks.computeIfAbsent(id, key -> new ReentrantLock());
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  private static Optional<Payment> changedPayment(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Applied applied -> Optional.of(applied.payment());
      case Outcome.Declined declined -> Optional.of(declined.payment());
      case Outcome.Refused refused -> Optional.empty();
    };
  }

  private static List<Fact> facts(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Applied applied -> applied.facts();
      case Outcome.Declined declined -> declined.facts();
      case Outcome.Refused refused -> List.of();
    };
  }
}
