package org.ticketgrid.app.checkout;

import java.util.List;
import org.ticketgrid.app.orders.usecase.OrderETickets;
import org.ticketgrid.app.orders.usecase.OrderQueries;
import org.ticketgrid.documents.QrCodes;

/**
 * The confirmation page: the order and each valid ticket with its QR code (inline SVG), place,
 * readable code and PNG link, and the PDF of them all. Voided (refunded) tickets are listed
 * without a code: a QR code on screen is as good as the ticket.
 */
record ConfirmationView(String orderId, String reference, String status, String eventId, String eventName,
        String when, String venue, String total, List<Card> tickets, String pdfPath) {

    /** One ticket as shown; {@code svg} is empty for a voided ticket. */
    record Card(String id, String place, String type, String readableCode, String svg, String pngPath, boolean valid) {
    }

    static ConfirmationView of(OrderQueries.OrderView view, List<OrderETickets.Issued> issued, String total) {
        String orderId = view.order().id().toString();
        List<Card> cards = issued.stream().map(i -> card(orderId, i)).toList();
        var first = issued.isEmpty() ? null : issued.getFirst().ticket();
        return new ConfirmationView(orderId, OrderETickets.reference(view.order().id()), view.order().status().name(),
                view.order().eventId().toString(), view.eventName(), first == null ? null : first.when(),
                first == null ? null : join(first.venueName(), first.venueCity()), total, cards,
                cards.stream().anyMatch(Card::valid) ? "/orders/" + orderId + "/tickets.pdf" : null);
    }

    private static Card card(String orderId, OrderETickets.Issued issued) {
        var t = issued.ticket();
        String id = issued.ticketId().toString();
        if (!issued.valid()) {
            return new Card(id, t.place(), t.ticketType(), null, "", null, false);
        }
        return new Card(id, t.place(), t.ticketType(), t.readableCode(),
                QrCodes.svg(t.code(), "QR code of the ticket for " + t.place()),
                "/orders/" + orderId + "/tickets/" + id + ".png", true);
    }

    public long validCount() {
        return tickets.stream().filter(Card::valid).count();
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + ", " + b;
    }
}
