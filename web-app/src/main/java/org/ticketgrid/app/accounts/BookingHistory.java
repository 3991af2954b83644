package org.ticketgrid.app.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer's orders with their tickets, newest first: the port through which the profile and
 * {@code GET /api/v1/me/orders} show the booking history. The orders feature implements it
 * ({@code orders.usecase.OrderQueries}); the interface lives here so that accounts never depends on
 * orders (orders depends on accounts). Callers still fall back to {@link #NONE} through
 * {@code ObjectProvider#getIfAvailable}, so the account pages work in a context without orders.
 */
public interface BookingHistory {

    /** The history when no orders bean is present (a sliced test context): always empty. */
    BookingHistory NONE = userId -> List.of();

    /** A ticket of an order. */
    record Ticket(String id, String seat, String code) {
    }

    /** An order as the customer sees it. */
    /**
     * @param when  the event's start in the event's own time zone, as on its page and tickets
     *              ("Saturday 14 March 2026, 19:00 CET"): a buyer going there needs the local time
     * @param venue the venue and city
     */
    record Order(String orderId, String status, String eventName, Instant eventStartsAt, long totalCents,
            String currency, Instant createdAt, List<Ticket> tickets, String when, String venue) {

        public Order(String orderId, String status, String eventName, Instant eventStartsAt, long totalCents,
                String currency, Instant createdAt, List<Ticket> tickets) {
            this(orderId, status, eventName, eventStartsAt, totalCents, currency, createdAt, tickets, null, null);
        }

        /** Where the order and its tickets are: serialized as {@code links} in the API. */
        @JsonProperty("links")
        public Links links() {
            String page = "/orders/" + orderId;
            boolean printable = "CONFIRMED".equals(status) && !tickets.isEmpty();
            return new Links(page, printable ? page + "/tickets.pdf" : null,
                    printable ? "/api/v1/orders/" + orderId + "/tickets.pdf" : null,
                    "PENDING_PAYMENT".equals(status) ? page + "/pay" : null);
        }
    }

    /**
     * Links of an order: its page (confirmation, or where it stands), the tickets' PDF for the pages
     * (session) and for the API (bearer), and the payment page while it is unpaid; null when not offered.
     */
    record Links(String page, String ticketsPdf, String apiTicketsPdf, String pay) {
    }

    /** The orders of {@code userId}, newest first. */
    List<Order> ordersOf(UUID userId);
}
