package org.ticketgrid.pipelines.notifications;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ticketgrid.documents.ETicket;
import org.ticketgrid.documents.ETicketPdf;
import org.ticketgrid.documents.QrCodes;

/**
 * Renders mails from PostgreSQL as it is now. The tickets mail (order confirmed, tickets sent
 * again) carries each valid ticket's QR code as an inline PNG and the printable PDF of all of them:
 * rendered here, on the grid member, never on the booking path. Every mail has a plain-text part
 * that is complete without images.
 */
public final class JdbcMailComposer implements MailComposer, AutoCloseable {

    /** QR codes in mails: 5 pixels a module is sharp on a screen and small enough to attach. */
    static final int MAIL_SCALE = 5;

    private record Ticket(UUID id, String seat, String code, String status, long sectionId) {
    }

    private record Order(UUID id, UUID eventId, String accountId, long totalCents, String currency) {
    }

    private record Event(String name, java.time.Instant startsAt, String timeZone, String venue, String city) {
    }

    private final Jdbc jdbc;
    private final String publicUrl;
    public JdbcMailComposer(String url, String user, String password, String publicUrl) {
        this.jdbc = new Jdbc(url, user, password);
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public OutgoingMail compose(Notification n) {
        if (n.emailTo() == null || n.emailTo().isBlank()) {
            return null;
        }
        String name = jdbc.query("SELECT display_name FROM users WHERE id = ?", rs -> rs.getString(1), n.accountId())
                .stream().findFirst().orElse("there");
        return switch (n.kind()) {
            case ORDER_CONFIRMED, TICKETS_RESENT -> tickets(n, name);
            case REFUNDED -> refund(n, name);
            default -> MailTemplates.simple(n.emailTo(), n.title(), name, n.body(), url(n.link()),
                    unsubscribe(n));
        };
    }

    /** Tickets-available mails say how to stop them (the event page's "notify me" button). */
    private String unsubscribe(Notification n) {
        return n.kind() == org.ticketgrid.notifications.NotificationKind.TICKETS_AVAILABLE && n.link() != null
                ? url("/events/" + eventOfLink(n) + "#alerts") : null;
    }

    private static String eventOfLink(Notification n) {
        String[] parts = n.link().split("/");
        return parts.length > 2 ? parts[2] : "";
    }

    private OutgoingMail tickets(Notification n, String name) {
        UUID orderId = UUID.fromString(n.subjectId());
        Order order = order(orderId);
        if (order == null) {
            return null;
        }
        Event event = event(order.eventId());
        List<Ticket> valid = tickets(orderId).stream().filter(t -> "VALID".equals(t.status())).toList();
        Map<Long, String> types = ticketTypes(order.eventId());
        String reference = NotificationTexts.reference(orderId.toString());
        List<ETicket> printable = valid.stream().map(t -> new ETicket(t.code(), event.name(), event.venue(),
                event.city(), event.startsAt(), event.timeZone(), types.get(t.sectionId()), t.seat(), name, reference))
                .toList();
        String when = new ETicket("-", event.name(), null, null, event.startsAt(), event.timeZone(), null, null, null,
                null).when();
        List<OutgoingMail.Part> inline = new ArrayList<>();
        List<OutgoingMail.Part> attachments = new ArrayList<>();
        for (Ticket t : valid) {
            inline.add(new OutgoingMail.Part("qr-" + t.id(), "image/png", QrCodes.png(t.code(), MAIL_SCALE)));
        }
        if (!printable.isEmpty()) {
            attachments.add(new OutgoingMail.Part("tickets-" + reference + ".pdf", "application/pdf",
                    ETicketPdf.render(printable)));
        }
        List<MailTemplates.Line> lines = valid.stream()
                .map(t -> new MailTemplates.Line(t.id().toString(), t.seat(), t.code())).toList();
        return MailTemplates.tickets(n.emailTo(), "Your tickets for " + event.name(), name, event.name(), when, lines,
                money(order.totalCents(), order.currency()), orderId.toString(), url("/orders/" + orderId),
                url("/account/bookings"), inline, attachments);
    }

    private OutgoingMail refund(Notification n, String name) {
        UUID refundId = UUID.fromString(n.subjectId());
        var rows = jdbc.query("""
                SELECT r.order_id, r.amount_cents, r.currency, r.reason,
                       ARRAY(SELECT rt.ticket_id FROM refund_tickets rt WHERE rt.refund_id = r.id) AS tickets
                  FROM refunds r WHERE r.id = ?""", rs -> new Object[] {rs.getObject(1, UUID.class), rs.getLong(2),
                rs.getString(3).trim(), rs.getString(4), ids(rs.getArray(5))}, refundId);
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.getFirst();
        UUID orderId = (UUID) r[0];
        Order order = order(orderId);
        Event event = event(order.eventId());
        @SuppressWarnings("unchecked")
        var refunded = new HashSet<>((List<UUID>) r[4]);
        List<MailTemplates.Line> lines = tickets(orderId).stream().filter(t -> refunded.contains(t.id()))
                .map(t -> new MailTemplates.Line(t.id().toString(), t.seat(), t.code())).toList();
        return MailTemplates.refund(n.emailTo(), "Your refund for " + event.name(), name, event.name(),
                money((Long) r[1], (String) r[2]), (String) r[3], lines, orderId.toString(), url("/account/bookings"));
    }

    private static List<UUID> ids(java.sql.Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<UUID> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(o instanceof UUID u ? u : UUID.fromString(o.toString()));
        }
        return out;
    }

    private Order order(UUID id) {
        return jdbc.query("SELECT id, event_id, account_id, total_cents, currency FROM orders WHERE id = ?",
                rs -> new Order(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getLong(4), rs.getString(5).trim()), id).stream().findFirst().orElse(null);
    }

    private Event event(UUID id) {
        return jdbc.query("""
                SELECT e.name, e.starts_at, e.time_zone, v.name, v.city
                  FROM events e JOIN venues v ON v.id = e.venue_id WHERE e.id = ?""",
                rs -> new Event(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5)), id).getFirst();
    }

    private List<Ticket> tickets(UUID orderId) {
        return jdbc.query("""
                SELECT t.id, t.code, t.status, t.section_id, vs.name AS section, s.row_label, s.number,
                       (t.seat_id & 1048575) + 1 AS place
                  FROM tickets t
                  JOIN venue_sections vs ON vs.id = t.section_id
                  LEFT JOIN seats s ON s.id = t.seat_id
                 WHERE t.order_id = ?
                 ORDER BY t.seat_id""", rs -> new Ticket(rs.getObject(1, UUID.class),
                rs.getString("row_label") == null ? rs.getString("section") + ", place " + rs.getLong("place")
                        : rs.getString("section") + ", row " + rs.getString("row_label") + ", seat "
                                + rs.getInt("number"),
                rs.getString(2), rs.getString(3), rs.getLong(4)), orderId);
    }

    private Map<Long, String> ticketTypes(UUID eventId) {
        return jdbc.query("""
                SELECT tts.section_id, tt.name
                  FROM ticket_type_sections tts JOIN ticket_types tt ON tt.id = tts.ticket_type_id
                 WHERE tts.event_id = ?""", rs -> Map.entry(rs.getLong(1), rs.getString(2)), eventId).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    private String url(String path) {
        return path == null ? publicUrl + "/" : path.startsWith("http") ? path : publicUrl + path;
    }

    /** "90.00 EUR": the amount with the currency's fraction digits, then the code. */
    static String money(long minorUnits, String currency) {
        int digits;
        try {
            digits = Math.max(Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits(), 0);
        } catch (IllegalArgumentException | NullPointerException e) {
            digits = 2;
        }
        return BigDecimal.valueOf(minorUnits, digits).toPlainString() + " " + currency.toUpperCase(Locale.ROOT);
    }

    @Override
    public void close() {
        jdbc.close();
    }
}
