package org.ticketgrid.app.checkout;

import java.time.Instant;
import org.ticketgrid.app.orders.OrderStatus;

/**
 * Which page an order belongs on for its buyer now. A declined card leaves the order payable
 * while its hold lasts (the buyer may try another card); once the hold has run out the order is
 * lost even if the expiry sweeper has not marked it yet, except on the processing page, which
 * waits for the final word because an authorized payment may still be booking.
 */
enum OrderProgress {
    /** Unpaid, the hold still runs: the payment page. */
    PAY,
    /** Unpaid, a payment was sent: wait for the booking consumer. */
    PROCESSING,
    /** Confirmed (or refunded later): the confirmation page with the tickets. */
    CONFIRMED,
    /** The last card was declined and the hold still runs: try another card. */
    DECLINED,
    /** The hold ran out before a payment was booked. */
    EXPIRED,
    /** The seats could not be had or the payment was cancelled: nobody was charged. */
    CANCELLED;

    /**
     * Where the order stands for a page that is not waiting for a payment.
     *
     * @param declineCode the decline of the last attempt, if any (from the order or the attempt just made)
     */
    static OrderProgress of(OrderStatus status, Instant holdExpiresAt, String declineCode, Instant now) {
        return switch (status) {
            case CONFIRMED, PARTIALLY_REFUNDED, REFUNDED -> CONFIRMED;
            case EXPIRED -> EXPIRED;
            case CANCELLED -> CANCELLED;
            case PENDING_PAYMENT -> {
                if (holdExpiresAt != null && !now.isBefore(holdExpiresAt)) {
                    yield EXPIRED;
                }
                yield declineCode == null ? PAY : DECLINED;
            }
        };
    }

    /** Where the order stands for the processing page: unpaid is still processing until it is final. */
    static OrderProgress whileProcessing(OrderStatus status) {
        return switch (status) {
            case CONFIRMED, PARTIALLY_REFUNDED, REFUNDED -> CONFIRMED;
            case EXPIRED -> EXPIRED;
            case CANCELLED -> CANCELLED;
            case PENDING_PAYMENT -> PROCESSING;
        };
    }

    /** The page of this step for order {@code orderId}. */
    String path(String orderId) {
        return switch (this) {
            case PAY -> "/orders/" + orderId + "/pay";
            case PROCESSING -> "/orders/" + orderId + "/processing";
            case CONFIRMED -> "/orders/" + orderId;
            case DECLINED, EXPIRED, CANCELLED -> "/orders/" + orderId + "/failed";
        };
    }
}
