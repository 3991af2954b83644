package org.ticketgrid.app.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.platform.TicketGridProperties;

/**
 * The stock level of events as the availability job last wrote it ({@code FEW_LEFT},
 * {@code SOLD_OUT}, {@code AVAILABLE}), kept in its own small index beside the catalog index so
 * that neither writer can overwrite the other's fields (the catalog documents are replaced whole,
 * with the change's LSN as external version). One multi-get per result page.
 */
@Component
class EventAvailability {

    private final ElasticsearchClient client;
    private final String index;

    EventAvailability(ElasticsearchClient client, TicketGridProperties properties) {
        this.client = client;
        this.index = availabilityIndex(properties.search().index());
    }

    /** The availability index beside catalog index (alias) {@code catalogIndex}. */
    static String availabilityIndex(String catalogIndex) {
        return catalogIndex + "-availability";
    }

    @SuppressWarnings("rawtypes")
    Map<String, String> of(List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        try {
            MgetResponse<Map> response = client.mget(m -> m.index(index).ids(eventIds)
                    .sourceIncludes("availability"), Map.class);
            Map<String, String> out = new HashMap<>();
            for (var doc : response.docs()) {
                if (doc.isResult() && doc.result().found() && doc.result().source() != null) {
                    Object value = doc.result().source().get("availability");
                    if (value instanceof String s) {
                        out.put(doc.result().id(), s);
                    }
                }
            }
            return out;
        } catch (ElasticsearchException e) {
            // No availability index yet (nothing sold anywhere): everything is as the catalog says.
            return Map.of();
        } catch (IOException e) {
            return Map.of();
        }
    }
}
