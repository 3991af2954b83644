package org.ticketgrid.app.catalog.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.ticketgrid.inventory.SeatId;

/**
 * Seat rows, written and read in bulk with JDBC: a 50,000-seat stadium is one batched insert, not
 * 50,000 entity flushes.
 */
@Repository
public class SeatRows {

    /** One seat of a layout. {@code id} follows {@link org.ticketgrid.inventory.SeatId}. */
    public record SeatRow(long id, long sectionId, int index, String row, int number, float x, float y) {
    }

    /** What a buyer reads about one seat: its section, and row and number unless general admission. */
    public record SeatLabel(long id, String section, String row, Integer number) {

        /** "Stalls, row A, seat 3", or "Floor, standing" for a standing place. */
        public String text() {
            return row == null ? section + ", standing" : section + ", row " + row + ", seat " + number;
        }
    }

    private final JdbcTemplate jdbc;

    SeatRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Collection<SeatRow> seats) {
        List<SeatRow> list = new ArrayList<>(seats);
        jdbc.batchUpdate("INSERT INTO seats (id, section_id, seat_index, row_label, number, x, y) VALUES (?,?,?,?,?,?,?)",
                list, 1000, (ps, s) -> {
                    ps.setLong(1, s.id());
                    ps.setLong(2, s.sectionId());
                    ps.setInt(3, s.index());
                    ps.setString(4, s.row());
                    ps.setInt(5, s.number());
                    ps.setFloat(6, s.x());
                    ps.setFloat(7, s.y());
                });
    }

    public List<SeatRow> ofVenue(UUID venueId) {
        return jdbc.query("""
                SELECT s.id, s.section_id, s.seat_index, s.row_label, s.number, s.x, s.y
                  FROM seats s JOIN venue_sections v ON v.id = s.section_id
                 WHERE v.venue_id = ? ORDER BY v.position, s.seat_index""",
                (rs, i) -> new SeatRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
                        rs.getFloat(6), rs.getFloat(7)), venueId);
    }

    /**
     * Labels of a few seats (a hold's), by seat id. A general-admission place has no seat row, so
     * it is labelled by its section alone; ids of no section are absent.
     */
    public Map<Long, SeatLabel> labels(Collection<Long> seatIds) {
        Map<Long, SeatLabel> labels = new LinkedHashMap<>();
        if (seatIds.isEmpty()) {
            return labels;
        }
        List<Long> ids = List.copyOf(seatIds);
        List<Long> sectionIds = ids.stream().map(id -> new SeatId(id).sectionId()).distinct()
                .toList();
        Map<Long, String> sections = new HashMap<>();
        jdbc.query("SELECT id, name FROM venue_sections WHERE id IN (" + placeholders(sectionIds.size()) + ")",
                rs -> {
                    sections.put(rs.getLong(1), rs.getString(2));
                }, sectionIds.toArray());
        Map<Long, SeatLabel> seated = new HashMap<>();
        jdbc.query("SELECT s.id, v.name, s.row_label, s.number FROM seats s"
                + " JOIN venue_sections v ON v.id = s.section_id WHERE s.id IN (" + placeholders(ids.size()) + ")",
                rs -> {
                    seated.put(rs.getLong(1), new SeatLabel(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getInt(4)));
                }, ids.toArray());
        for (Long id : ids) {
            SeatLabel label = seated.get(id);
            String section = sections.get(new SeatId(id).sectionId());
            if (label != null) {
                labels.put(id, label);
            } else if (section != null) {
                labels.put(id, new SeatLabel(id, section, null, null));
            }
        }
        return labels;
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
