package org.ticketgrid.sandbox.payments;

/**
 * Makes Stripe-style identifiers. An interface so the state machine tests can use predictable ids.
 */
@FunctionalInterface
public interface IdSource {

  /** Returns a new identifier such as {@code pi_3Pq...} for the prefix {@code pi}. */
  String next(String prefix);
}
