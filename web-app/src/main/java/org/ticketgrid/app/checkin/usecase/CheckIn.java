package org.ticketgrid.app.checkin.usecase;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.catalog.persistence.SeatRows;
import org.ticketgrid.app.orders.TicketCodes;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.ApiProblems;

/** Admits a ticket at the gate of its event, once; see the package description. */
@Service
public class CheckIn {

    /** A ticket that was let in now. */
    public record Admitted(UUID ticketId, String place, String ticketType, Instant checkedInAt) {
    }

    /** How many of the event's valid tickets have been let in. */
    public record Progress(String eventName, long checkedIn, long valid) {
    }

    private final JdbcClient jdbc;
    private final SeatRows seatRows;

    CheckIn(JdbcClient jdbc, SeatRows seatRows) {
        this.jdbc = jdbc;
        this.seatRows = seatRows;
    }

    /**
     * Lets the ticket with {@code typedCode} in at event {@code eventId}, or says why not (problem
     * codes: 400 {@code invalid-code}; 404 {@code unknown-ticket}, also for another event's ticket;
     * 409 {@code ticket-void}, {@code ticket-not-paid}, {@code already-checked-in} with its time).
     */
    public Admitted admit(UUID eventId, String typedCode, Actor gate) {
        mayRunTheGate(eventId, gate);
        String code = TicketCodes.normalize(typedCode);
        if (code == null) {
            throw new ApiProblems.InvalidRequest("invalid-code",
                    "That is not a ticket code: it has 26 letters and digits 2 to 7, dashes and spaces aside.");
        }
        List<Object[]> admitted = jdbc.sql("""
                UPDATE tickets t SET checked_in_at = now(), checked_in_by = ?
                  FROM orders o
                 WHERE t.code = ? AND t.event_id = ? AND t.status = 'VALID' AND t.checked_in_at IS NULL
                   AND o.id = t.order_id AND o.status IN ('CONFIRMED', 'PARTIALLY_REFUNDED')
                RETURNING t.id, t.seat_id, t.checked_in_at,
                          (SELECT tt.name FROM ticket_type_sections ts JOIN ticket_types tt ON tt.id = ts.ticket_type_id
                            WHERE ts.event_id = t.event_id AND ts.section_id = t.section_id)""")
                .params(gate.id().toString(), code, eventId)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getLong(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4)})
                .list();
        if (!admitted.isEmpty()) {
            Object[] row = admitted.getFirst();
            return new Admitted((UUID) row[0], place((Long) row[1]), (String) row[3], (Instant) row[2]);
        }
        throw refusal(eventId, code);
    }

    /** The event's check-in count, for the gate page. */
    public Progress progress(UUID eventId, Actor gate) {
        String name = mayRunTheGate(eventId, gate);
        return jdbc.sql("""
                SELECT COUNT(*) FILTER (WHERE t.checked_in_at IS NOT NULL), COUNT(*)
                  FROM tickets t JOIN orders o ON o.id = t.order_id
                 WHERE t.event_id = ? AND t.status = 'VALID' AND o.status IN ('CONFIRMED', 'PARTIALLY_REFUNDED')""")
                .param(eventId).query((rs, n) -> new Progress(name, rs.getLong(1), rs.getLong(2))).single();
    }

    /** Why a code that did not admit does not: read after the conditional UPDATE found nothing to do. */
    private ApiProblems.ApiProblem refusal(UUID eventId, String code) {
        List<Object[]> found = jdbc.sql("""
                SELECT t.status, t.checked_in_at, o.status, t.seat_id FROM tickets t JOIN orders o ON o.id = t.order_id
                 WHERE t.code = ? AND t.event_id = ?""")
                .params(code, eventId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getTimestamp(2), rs.getString(3), rs.getLong(4)})
                .list();
        if (found.isEmpty()) {
            return new ApiProblems.NotFound("unknown-ticket",
                    "No ticket of this event has this code. Do not let the holder in; send them to the box office.");
        }
        Object[] t = found.getFirst();
        String place = place((Long) t[3]);
        if (!"VALID".equals(t[0])) {
            return new ApiProblems.Conflict("ticket-void", "This ticket (" + place + ") was refunded and is void.",
                    Map.of("place", place));
        }
        if (t[1] != null) {
            Instant at = ((java.sql.Timestamp) t[1]).toInstant();
            return new ApiProblems.Conflict("already-checked-in", "This ticket (" + place + ") was already let in, at "
                    + at + ". A second person with the same code does not get in.",
                    Map.of("place", place, "checkedInAt", at.toString()));
        }
        return new ApiProblems.Conflict("ticket-not-paid", "This ticket's order is not paid (" + t[2] + ").",
                Map.of("orderStatus", String.valueOf(t[2])));
    }

    private String place(long seatId) {
        var label = seatRows.labels(List.of(seatId)).get(seatId);
        return label == null ? "Ticket" : label.text();
    }

    /** The event's name if the gate is its merchant or an admin; 404 for an unknown event, 403 for someone else's. */
    private String mayRunTheGate(UUID eventId, Actor gate) {
        List<Object[]> event = jdbc.sql("SELECT merchant_id, name FROM events WHERE id = ?").param(eventId)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)}).list();
        if (event.isEmpty()) {
            throw new ApiProblems.NotFound("event");
        }
        if (!gate.mayManage((UUID) event.getFirst()[0])) {
            throw new ApiProblems.Forbidden("not-your-event", "Only the event's merchant or an admin can check tickets in.");
        }
        return (String) event.getFirst()[1];
    }
}
