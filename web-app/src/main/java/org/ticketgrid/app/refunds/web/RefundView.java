package org.ticketgrid.app.refunds.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ticketgrid.app.catalog.persistence.SeatRows;
import org.ticketgrid.app.platform.Formats;
import org.ticketgrid.app.orders.usecase.OrderETickets;
import org.ticketgrid.app.refunds.RefundPolicy;
import org.ticketgrid.app.refunds.usecase.RequestRefund;

/**
 * What the refund page shows: the order, the tickets that can still be refunded with their prices,
 * or why nothing can be asked for now, and where "back" leads (the order for its buyer, the
 * event's sales page for its merchant or an admin).
 */
record RefundView(String orderId, String reference, String eventId, String eventName, boolean open,
        String closedReason, String deadline, List<Choice> tickets, String backPath, String backLabel) {

    /** One refundable ticket: its id (the form's value), place and price. */
    record Choice(String id, String place, String price) {
    }

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    static RefundView of(RequestRefund.Preview preview, Map<Long, SeatRows.SeatLabel> labels, boolean buyer) {
        var order = preview.order();
        String orderId = order.id().toString();
        List<Choice> tickets = preview.refundable().stream().map(t -> new Choice(t.id().toString(),
                labels.containsKey(t.seatId()) ? labels.get(t.seatId()).text() : "Ticket",
                Formats.money(t.priceCents(), order.currency()))).toList();
        return new RefundView(orderId, OrderETickets.reference(order.id()), order.eventId().toString(),
                preview.eventName(), preview.open(), preview.open() ? null : closedReason(preview),
                preview.asker() == RefundPolicy.Asker.OWNER ? DEADLINE.format(preview.buyerDeadline()) : null, tickets,
                buyer ? "/orders/" + orderId : "/merchant/events/" + order.eventId(),
                buyer ? "Back to your tickets" : "Back to the event's sales");
    }

    /** Why no refund can be asked for now, in the asker's terms. */
    static String closedReason(RequestRefund.Preview preview) {
        if (preview.verdict() == RefundPolicy.Verdict.WINDOW_CLOSED) {
            return "Refunds of your own tickets closed on " + DEADLINE.format(preview.buyerDeadline())
                    + ". Please contact the organizer.";
        }
        return switch (preview.order().status()) {
            case CONFIRMED, PARTIALLY_REFUNDED -> preview.order().capturedAt() == null
                    ? "The payment of this order is still being completed; try again in a minute."
                    : "Every ticket of this order is refunded or being refunded.";
            case REFUNDED -> "This order is refunded.";
            default -> "Only a paid order can be refunded.";
        };
    }
}
