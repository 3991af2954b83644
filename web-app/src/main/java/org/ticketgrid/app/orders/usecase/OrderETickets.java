package org.ticketgrid.app.orders.usecase;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.accounts.persistence.Users;
import org.ticketgrid.app.orders.persistence.Tickets;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.documents.ETicket;
import org.ticketgrid.documents.ETicketPdf;
import org.ticketgrid.documents.QrCodes;
import org.ticketgrid.inventory.SeatId;

/**
 * The e-tickets of an order as the buyer carries them ({@link ETicket}: event, venue, place,
 * ticket type, holder), and their files: one PDF for the order, one PNG per ticket. Only valid
 * tickets are printed: a voided (refunded) ticket must not get into anybody's hands as a file.
 * Callers decide who may see an order ({@link OrderQueries#find}); this class only renders it.
 */
@Service
public class OrderETickets {

    /** A ticket of the order with its rendering; {@code status} is {@code VALID} or {@code VOID}. */
    public record Issued(UUID ticketId, String status, ETicket ticket) {

        public boolean valid() {
            return "VALID".equals(status);
        }
    }

    /** PNG QR codes: 8 pixels a module prints sharply; 5 is enough on a screen or in a mail. */
    public static final int DOWNLOAD_SCALE = 8;
    public static final int MAIL_SCALE = 5;

    private record Venue(String eventName, Instant startsAt, String timeZone, String venueName, String city) {
    }

    private final JdbcClient jdbc;
    private final Users users;

    OrderETickets(JdbcClient jdbc, Users users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Every ticket of the order, valid or not, in seat order. */
    public List<Issued> of(OrderQueries.OrderView view) {
        if (view.tickets().isEmpty()) {
            return List.of();
        }
        UUID eventId = view.order().eventId();
        Venue venue = venue(eventId);
        Map<Long, String> typeOfSection = ticketTypes(eventId);
        String holder = holder(view.order().accountId());
        String reference = reference(view.order().id());
        return view.tickets().stream().map(t -> new Issued(t.id(), t.status(),
                new ETicket(t.code(), venue.eventName(), venue.venueName(), venue.city(), venue.startsAt(),
                        venue.timeZone(), typeOfSection.get(new SeatId(t.seatId()).sectionId()), t.seat(), holder,
                        reference))).toList();
    }

    /** The printable PDF of the order's valid tickets; "not found" when it has none (not paid, refunded). */
    public byte[] pdf(OrderQueries.OrderView view) {
        List<ETicket> valid = of(view).stream().filter(Issued::valid).map(Issued::ticket).toList();
        if (valid.isEmpty()) {
            throw new ApiProblems.NotFound("tickets");
        }
        return ETicketPdf.render(valid);
    }

    /** The QR code of one valid ticket of the order as a PNG; "not found" for any other id. */
    public byte[] png(OrderQueries.OrderView view, String ticketId, int scale) {
        Optional<Tickets.TicketRow> ticket = view.tickets().stream()
                .filter(t -> t.id().toString().equals(ticketId) && "VALID".equals(t.status())).findFirst();
        return QrCodes.png(ticket.orElseThrow(() -> new ApiProblems.NotFound("ticket")).code(), scale);
    }

    /** When the order's event starts, in the event's own zone, as on the tickets: "Saturday 14 March 2026, 20:00 CET". */
    public String when(UUID eventId) {
        Venue v = venue(eventId);
        return new ETicket("-", v.eventName(), v.venueName(), v.city(), v.startsAt(), v.timeZone(), null, null, null,
                null).when();
    }

    /** The short order reference printed on tickets and pages: the first block of its id, upper case. */
    public static String reference(UUID orderId) {
        return orderId.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    private Venue venue(UUID eventId) {
        return jdbc.sql("""
                SELECT e.name, e.starts_at, e.time_zone, v.name AS venue, v.city
                  FROM events e JOIN venues v ON v.id = e.venue_id
                 WHERE e.id = ?""").param(eventId)
                .query((rs, n) -> new Venue(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .single();
    }

    private Map<Long, String> ticketTypes(UUID eventId) {
        return jdbc.sql("""
                SELECT tts.section_id, tt.name
                  FROM ticket_type_sections tts JOIN ticket_types tt ON tt.id = tts.ticket_type_id
                 WHERE tts.event_id = ?""").param(eventId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    private String holder(String accountId) {
        try {
            return users.byId(UUID.fromString(accountId)).map(Users.UserRow::displayName).orElse(null);
        } catch (IllegalArgumentException e) {
            return null; // not an account id (cannot happen for orders, which need a signed-in buyer)
        }
    }
}
