package org.ticketgrid.app.catalog.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which ticket type prices which section of an event (one type per section and event). */
@Repository
public class TicketTypeSections {

    private final JdbcTemplate jdbc;

    TicketTypeSections(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void assign(UUID eventId, UUID ticketTypeId, Iterable<Long> sectionIds) {
        for (Long sectionId : sectionIds) {
            jdbc.update("INSERT INTO ticket_type_sections (event_id, section_id, ticket_type_id) VALUES (?,?,?)",
                    eventId, sectionId, ticketTypeId);
        }
    }

    /** section id to ticket type id, for one event. */
    public Map<Long, UUID> ofEvent(UUID eventId) {
        Map<Long, UUID> map = new HashMap<>();
        jdbc.query("SELECT section_id, ticket_type_id FROM ticket_type_sections WHERE event_id = ?",
                rs -> {
                    map.put(rs.getLong(1), rs.getObject(2, UUID.class));
                }, eventId);
        return map;
    }
}
