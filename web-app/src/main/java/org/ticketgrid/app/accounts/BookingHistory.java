package org.ticketgrid.app.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer's orders with their tickets, newest first: the port through which the profile shows
 * the booking history. The orders feature does not exist yet; when it lands it implements this
 * interface as a bean, and {@code NoOrdersYet} (the fallback used until then) steps aside.
 */
public interface BookingHistory {

    /** A ticket of an order. */
    record Ticket(String id, String seat, String code) {
    }

    /** An order as the customer sees it. */
    record Order(String orderId, String status, String eventName, Instant eventStartsAt, long totalCents,
            String currency, Instant createdAt, List<Ticket> tickets) {
    }

    /** The orders of {@code userId}, newest first. */
    List<Order> ordersOf(UUID userId);
}
