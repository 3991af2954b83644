package org.ticketgrid.pipelines.search;

import java.util.List;

/** {@link EventDocuments} that can also list every event the index should hold, for a rebuild. */
public interface EventDocumentSource extends EventDocuments, AutoCloseable {

    /** Ids of every event that is not a draft (published, cancelled or ended). */
    List<String> indexableEventIds();

    @Override
    void close();
}
