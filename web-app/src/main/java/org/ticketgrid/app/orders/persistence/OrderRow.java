package org.ticketgrid.app.orders.persistence;

import java.time.Instant;
import java.util.UUID;
import org.ticketgrid.app.orders.OrderStatus;

/**
 * An order as stored.
 *
 * @param seatIds       the hold's seats (the hold record itself is gone a minute after expiry)
 * @param holdExpiresAt when the (frozen) hold runs out; an unpaid order expires after it
 * @param statusReason  why a final order ended where it did (e.g. {@code seats-lost})
 * @param paymentError  the decline code of the last failed payment attempt, if any
 * @param paymentScope  the deployment that created it (see {@code ticketgrid.payments.scope})
 */
public record OrderRow(UUID id, UUID eventId, String accountId, long holdId, OrderStatus status, long totalCents,
        String currency, long[] seatIds, String paymentIntentId, Instant holdExpiresAt, String statusReason,
        String paymentError, Instant createdAt, Instant confirmedAt, Instant capturedAt, String paymentScope) {
}
