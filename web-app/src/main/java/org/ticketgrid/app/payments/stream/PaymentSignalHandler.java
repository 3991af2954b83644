package org.ticketgrid.app.payments.stream;

/**
 * Whoever acts on payment events (the orders feature). Must be idempotent: a signal can come
 * again after a crash, a rebalance or a duplicated webhook. Throwing means "not done": the
 * signal is delivered again after a pause, and nothing later on its partition overtakes it.
 */
@FunctionalInterface
public interface PaymentSignalHandler {

    void handle(PaymentSignal signal);
}
