package org.ticketgrid.app.holds;

import java.util.Optional;
import java.util.UUID;

/**
 * Whether a hold was checked out: the orders feature answers (it depends on holds, not the other
 * way round). A checked-out hold is no longer the buyer's to change: its record stays in the grid
 * (frozen, then kept a little past the booking), but the event page must not offer it as a live
 * hold, nor release its seats, once it became an order (issue 15, bug 2).
 */
public interface HoldPurchases {

    /** The order of this hold while it is being paid or once it is paid; empty otherwise. */
    Optional<Purchase> of(long holdId);

    /** @param paid true once the order is confirmed (tickets written), false while it awaits payment */
    record Purchase(UUID orderId, boolean paid) {
    }
}
