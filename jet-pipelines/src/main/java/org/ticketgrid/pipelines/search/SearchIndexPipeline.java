package org.ticketgrid.pipelines.search;

import com.hazelcast.jet.pipeline.Pipeline;
import com.hazelcast.jet.pipeline.ServiceFactory;
import com.hazelcast.jet.pipeline.Sink;
import com.hazelcast.jet.pipeline.StreamSource;
import com.hazelcast.jet.Traversers;
import java.util.Map;

/**
 * CDC to search: Debezium change events of the catalog tables (from Kafka) become up-to-date
 * event documents in Elasticsearch.
 *
 * <p>Built from its source, document reader and sink, so a test can run it on test sources and
 * assert on what reaches the sink; {@link SearchIndexJob} wires the real Kafka topics,
 * PostgreSQL and Elasticsearch.
 */
public final class SearchIndexPipeline {

    private SearchIndexPipeline() {
    }

    public static Pipeline build(StreamSource<? extends Map.Entry<?, String>> changes,
            ServiceFactory<?, ? extends EventDocuments> documents, Sink<? super IndexAction> sink) {
        Pipeline pipeline = Pipeline.create();
        pipeline.readFrom(changes)
                .withoutTimestamps()
                .map(record -> CatalogChange.parse(record.getValue()))
                .setName("parse-debezium-change")
                // Keyed by the event (or venue): the changes of one event are read and written by one
                // processor in the order they arrived, so per-event ordering is kept end to end.
                .groupingKey(CatalogChange::rowId)
                .flatMapUsingService(documents, (docs, key, change) -> Traversers.traverseIterable(
                        docs.eventIdsTouchedBy(change).stream()
                                .map(eventId -> docs.currentAction(eventId, change.lsn()))
                                .toList()))
                .setName("read-current-document")
                .writeTo(sink);
        return pipeline;
    }
}
