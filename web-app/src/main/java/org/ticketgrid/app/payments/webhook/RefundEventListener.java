package org.ticketgrid.app.payments.webhook;

import java.util.Set;

/**
 * Whoever acts on the provider's refund events (the refunds feature). Refund events are not put on
 * Kafka: the listener only finishes refunds it already wrote down, with idempotent steps, so the
 * webhook can call it directly; a failure answers 5xx and the provider delivers again.
 */
public interface RefundEventListener {

    /** The refund event types the listener wants. */
    Set<String> TYPES = Set.of("charge.refunded", "refund.created", "refund.updated");

    /**
     * The refunds of {@code paymentIntentId} changed at the provider.
     *
     * @return false if the intent is not one of ours
     */
    boolean refundsChanged(String paymentIntentId);
}
