package org.ticketgrid.pipelines.notifications;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a notification says (title, one-line body, where it links) for each kind of event: plain
 * functions of the outbox event and the event's name, tested without a database.
 */
public final class NotificationTexts {

    /**
     * @param mailed whether the kind goes out by mail at all (preferences may still say no to
     *               optional kinds)
     */
    public record Text(String title, String body, String link, boolean mailed) {
    }

    private NotificationTexts() {
    }

    /** The text of {@code event}, or {@code null} for a kind that makes no notification of its own. */
    public static Text of(OutboxEvent event, Function<String, String> eventName) {
        String eventId = event.field("eventId") != null ? event.field("eventId") : event.subjectId();
        String name = eventName.apply(eventId);
        return switch (event.kind()) {
            case ORDER_CONFIRMED, TICKETS_RESENT -> new Text("Your tickets for " + name,
                    "Order " + reference(event.subjectId()) + " is confirmed. Your tickets are in the mail and online.",
                    "/orders/" + event.subjectId(), true);
            case ORDER_CANCELLED -> cancelled(event, name);
            case REFUNDED -> new Text("Your refund for " + name, "Your refund went through; the money is on its way "
                    + "back to your card.", "/account/bookings", true);
            case EVENT_CANCELLED -> new Text(name + " is cancelled", "The organiser cancelled " + name
                    + ". Your tickets are refunded automatically.", "/events/" + eventId, true);
            case EVENT_RESCHEDULED -> new Text(name + " has a new date", "It now starts " + when(event.field("to"))
                    + ". Your tickets stay valid.", "/events/" + eventId, true);
            case TICKETS_AVAILABLE -> new Text("Tickets are available for " + name, seats(event.field("seats"))
                    + " came back on sale. First come, first served.",
                    event.field("link") != null ? event.field("link") : "/events/" + eventId, true);
            case YOUR_TURN -> new Text("It's your turn for " + name, "You can choose your seats now; your turn "
                    + "does not last long.", event.field("link") != null ? event.field("link") : "/events/" + eventId,
                    true);
            case RESEND -> null;
        };
    }

    private static Text cancelled(OutboxEvent event, String name) {
        String reason = event.field("reason");
        boolean expired = "EXPIRED".equals(event.field("status"));
        String body = switch (reason == null ? "" : reason) {
            case "hold-expired" -> "It was not paid before the seats' hold ran out; nothing was charged.";
            case "event-cancelled" -> "The event was cancelled; nothing was charged.";
            case "payment-canceled" -> "The payment was cancelled; nothing was charged.";
            case "seats-lost", "seats-sold" -> "The seats could not be kept for you; your payment is given back.";
            case "hold-limit-reached" -> "It would exceed the tickets one buyer may have; your payment is given back.";
            default -> "Any payment for it is given back.";
        };
        // An unpaid checkout that simply ran out is worth a line in the app, not a mail.
        return new Text((expired ? "Your order for " + name + " expired" : "Your order for " + name
                + " was cancelled"), body, "/orders/" + event.subjectId(), !"hold-expired".equals(reason));
    }

    /** The short order reference printed on tickets: the first block of its id, upper case. */
    public static String reference(String orderId) {
        return orderId.length() >= 8 ? orderId.substring(0, 8).toUpperCase(Locale.ROOT) : orderId;
    }

    private static String seats(String count) {
        return "1".equals(count) ? "A seat" : count == null ? "Seats" : count + " seats";
    }

    private static String when(String instant) {
        try {
            return instant == null ? "at a new time" : Instant.parse(instant).toString().replace('T', ' ')
                    .replace("Z", " UTC");
        } catch (DateTimeParseException e) {
            return "at a new time";
        }
    }
}
