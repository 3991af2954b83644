package org.ticketgrid.sandbox.payments;

import java.util.List;
import java.util.Objects;

/**
 * The result of asking the rules for a change. A declined card is not a refusal: the intent does
 * change (it records the failed charge and the error) and Stripe answers 402 with the new state.
 */
public sealed interface Outcome {

  /** The change happened; {@code payment} is the state to store. */
  record Applied(Payment payment, List<Fact> facts) implements Outcome {
    public Applied {
      Objects.requireNonNull(payment, "payment");
      facts = List.copyOf(facts);
    }
  }

  /** The card was declined; the state still changed and must be stored. */
  record Declined(Payment payment, List<Fact> facts, CardDecline decline) implements Outcome {
    public Declined {
      Objects.requireNonNull(payment, "payment");
      Objects.requireNonNull(decline, "decline");
      facts = List.copyOf(facts);
    }
  }

  /** Nothing changed. */
  record Refused(Refusal refusal) implements Outcome {
    public Refused {
      Objects.requireNonNull(refusal, "refusal");
    }
  }
}
