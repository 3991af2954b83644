package org.ticketgrid.pipelines.availability;

import com.hazelcast.jet.pipeline.JournalInitialPosition;
import com.hazelcast.jet.pipeline.Pipeline;
import com.hazelcast.jet.pipeline.ServiceFactories;
import com.hazelcast.jet.pipeline.Sources;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import org.ticketgrid.platform.MapNames;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;
import org.ticketgrid.pipelines.PipelineSettings;
import org.ticketgrid.pipelines.search.IndexLayout;

/**
 * The availability job wired to the real inventory map (its event journal) and Elasticsearch. The
 * journal source projects each change to its event id on the member, so the (large) section value
 * is never deserialized for it; the count is a grid aggregation over the event's sections through
 * the {@code __key.eventId} index.
 */
public final class AvailabilityJob {

    public static final String JOB_NAME = "search-availability";

    private AvailabilityJob() {
    }

    public static Pipeline pipeline(PipelineSettings settings) {
        return AvailabilityPipeline.build(
                Sources.<String, SectionKey, SectionInventory>mapJournal(MapNames.INVENTORY,
                        JournalInitialPosition.START_FROM_OLDEST, e -> e.getKey().eventId(), e -> true),
                ServiceFactories.<SectionKey, SectionInventory>iMapService(MapNames.INVENTORY).toNonCooperative(),
                AvailabilityJob::count,
                AvailabilitySink.sink(settings.elasticsearchUrl(),
                        IndexLayout.availabilityIndex(settings.searchIndex())));
    }

    static StockLevel count(IMap<SectionKey, SectionInventory> inventory, String eventId) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        long[] counts = (long[]) inventory.aggregate((com.hazelcast.aggregation.Aggregator) new StockCounter(
                System.currentTimeMillis()), Predicates.equal("__key.eventId", eventId));
        return new StockLevel(eventId, counts[0], counts[1]);
    }
}
