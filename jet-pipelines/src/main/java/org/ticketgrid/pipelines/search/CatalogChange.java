package org.ticketgrid.pipelines.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;

/**
 * One Debezium change event of a catalog table, reduced to what the search indexer needs: which
 * table, which row, and its log position (the LSN), which orders changes and becomes the search
 * document's external version so that late or replayed changes cannot overwrite newer ones.
 *
 * @param table    {@code events}, {@code ticket_types} or {@code venues}
 * @param rowId    the id of the event (for {@code events} and {@code ticket_types}: the event it
 *                 belongs to) or of the venue
 * @param lsn      the change's position in the PostgreSQL write-ahead log
 */
public record CatalogChange(String table, String rowId, long lsn) implements Serializable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Parses a Debezium JSON value (schemas disabled). Returns {@code null} for anything that is
     * not a row change of a catalog table (heartbeats, tombstones, malformed messages): the index
     * must never stop for one bad message.
     */
    public static CatalogChange parse(String debeziumJson) {
        if (debeziumJson == null || debeziumJson.isBlank()) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(debeziumJson);
            JsonNode source = root.path("source");
            String table = source.path("table").asText("");
            JsonNode row = root.path("after").isObject() ? root.path("after") : root.path("before");
            if (!row.isObject()) {
                return null;
            }
            long lsn = source.path("lsn").asLong(0);
            return switch (table) {
                case "events", "venues" -> new CatalogChange(table, row.path("id").asText(), lsn);
                case "ticket_types" -> new CatalogChange(table, row.path("event_id").asText(), lsn);
                default -> null;
            };
        } catch (java.io.IOException e) {
            return null;
        }
    }

    public boolean isVenue() {
        return "venues".equals(table);
    }
}
