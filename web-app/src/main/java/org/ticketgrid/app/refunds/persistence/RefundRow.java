package org.ticketgrid.app.refunds.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A refund as stored.
 *
 * @param status     {@code PENDING} (asked for, the provider maybe not yet), {@code SUCCEEDED} or
 *                   {@code FAILED} (the provider refused; its tickets are free to refund again)
 * @param releasedAt when the seats went back on sale (the last step after success)
 */
public record RefundRow(UUID id, UUID orderId, String paymentIntentId, long amountCents, String currency,
        String reason, String requestedBy, String status, String stripeRefundId, String failure,
        List<UUID> ticketIds, Instant createdAt, Instant succeededAt, Instant releasedAt) {
}
