package org.ticketgrid.pipelines.search;

import java.io.Serializable;
import java.util.Map;

/**
 * What the search index must do for one event: write its document, or remove it (deleted, or
 * back in draft). {@code version} is the LSN of the change that caused it.
 */
public sealed interface IndexAction extends Serializable {

    String eventId();

    long version();

    record Upsert(String eventId, long version, Map<String, Object> document) implements IndexAction {
    }

    record Remove(String eventId, long version) implements IndexAction {
    }
}
