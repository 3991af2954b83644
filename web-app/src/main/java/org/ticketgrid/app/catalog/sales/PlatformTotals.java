package org.ticketgrid.app.catalog.sales;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Platform totals for admins: accounts by role, events by status, tickets sold and revenue. */
@Service
public class PlatformTotals {

    /**
     * The totals. {@code revenue} (tickets and amount per currency) is null when the order records
     * cannot be read.
     */
    public record Totals(Map<String, Long> usersByRole, long users, Map<String, Long> eventsByStatus, long events,
            long venues, List<EventSales.Revenue> revenue) {

        public long ticketsSold() {
            return revenue == null ? 0 : revenue.stream().mapToLong(EventSales.Revenue::tickets).sum();
        }
    }

    private final JdbcTemplate jdbc;
    private final SalesRecords records;

    PlatformTotals(JdbcTemplate jdbc, SalesRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    public Totals totals() {
        Map<String, Long> roles = counts("SELECT role, COUNT(*) FROM users GROUP BY role ORDER BY role");
        Map<String, Long> statuses = counts("SELECT status, COUNT(*) FROM events GROUP BY status ORDER BY status");
        Long venues = jdbc.queryForObject("SELECT COUNT(*) FROM venues", Long.class);
        return new Totals(roles, roles.values().stream().mapToLong(Long::longValue).sum(), statuses,
                statuses.values().stream().mapToLong(Long::longValue).sum(), venues == null ? 0 : venues,
                records.platformRevenue());
    }

    private Map<String, Long> counts(String sql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }
}
