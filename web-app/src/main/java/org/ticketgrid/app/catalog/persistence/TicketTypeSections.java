package org.ticketgrid.app.catalog.persistence;

import java.util.ArrayList;
import java.util.Collection;
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

    /** One batch for all sections: an arena's ticket type prices a dozen of them. */
    public void assign(UUID eventId, UUID ticketTypeId, Collection<Long> sectionIds) {
        jdbc.batchUpdate("INSERT INTO ticket_type_sections (event_id, section_id, ticket_type_id) VALUES (?,?,?)",
                new ArrayList<>(sectionIds), 500, (ps, sectionId) -> {
                    ps.setObject(1, eventId);
                    ps.setLong(2, sectionId);
                    ps.setObject(3, ticketTypeId);
                });
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
