package org.ticketgrid.app.catalog.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Seat rows, written and read in bulk with JDBC: a 50,000-seat stadium is one batched insert, not
 * 50,000 entity flushes.
 */
@Repository
public class SeatRows {

    /** One seat of a layout. {@code id} follows {@link org.ticketgrid.inventory.SeatId}. */
    public record SeatRow(long id, long sectionId, int index, String row, int number, float x, float y) {
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

    public List<SeatRow> ofVenue(java.util.UUID venueId) {
        return jdbc.query("""
                SELECT s.id, s.section_id, s.seat_index, s.row_label, s.number, s.x, s.y
                  FROM seats s JOIN venue_sections v ON v.id = s.section_id
                 WHERE v.venue_id = ? ORDER BY v.position, s.seat_index""",
                (rs, i) -> new SeatRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
                        rs.getFloat(6), rs.getFloat(7)), venueId);
    }
}
