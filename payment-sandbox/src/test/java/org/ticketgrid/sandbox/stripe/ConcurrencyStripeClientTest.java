package org.ticketgrid.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.param.EventListParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.RefundCreateParams;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Racing requests on one intent: the per-intent lock must let exactly one of them win. */
class ConcurrencyStripeClientTest {

  private static final int RACERS = 16;

  @RegisterExtension static final SandboxFixture sandbox = SandboxFixture.perClass();

  private PaymentIntent authorized() throws StripeException {
    return Intents.authorized(sandbox.stripe(), 5_000);
  }

  /** Runs the action on many threads at once; returns how many did not throw. */
  private static int race(Callable<?> action) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(RACERS)) {
      for (int i = 0; i < RACERS; i++) {
        results.add(
            threads.submit(
                () -> {
                  go.await();
                  try {
                    action.call();
                    return true;
                  } catch (InvalidRequestException refused) {
                    return false;
                  }
                }));
      }
      go.countDown();
      int wins = 0;
      for (Future<Boolean> result : results) {
        wins += result.get() ? 1 : 0;
      }
      return wins;
    }
  }

  @Test
  void of_many_simultaneous_captures_exactly_one_succeeds() throws Exception {
    String id = authorized().getId();

    int wins = race(() -> sandbox.stripe().v1().paymentIntents().capture(id));

    assertThat(wins).isEqualTo(1);
    long succeededEvents =
        sandbox
            .stripe()
            .v1()
            .events()
            .list(
                EventListParams.builder()
                    .setType("payment_intent.succeeded")
                    .setLimit(100L)
                    .build())
            .getData()
            .stream()
            .filter(
                e ->
                    e.getDataObjectDeserializer()
                        .getObject()
                        .map(o -> ((PaymentIntent) o).getId().equals(id))
                        .orElse(false))
            .count();
    assertThat(succeededEvents).isEqualTo(1);
  }

  @Test
  void simultaneous_partial_refunds_never_return_more_than_was_captured() throws Exception {
    PaymentIntent intent = sandbox.stripe().v1().paymentIntents().capture(authorized().getId());

    int wins =
        race(
            () ->
                sandbox
                    .stripe()
                    .v1()
                    .refunds()
                    .create(
                        RefundCreateParams.builder()
                            .setPaymentIntent(intent.getId())
                            .setAmount(1_000L)
                            .build()));

    assertThat(wins).isEqualTo(5);
    Charge charge = sandbox.stripe().v1().charges().retrieve(intent.getLatestCharge());
    assertThat(charge.getAmountRefunded()).isEqualTo(5_000L);
    assertThat(charge.getRefunded()).isTrue();
  }
}
