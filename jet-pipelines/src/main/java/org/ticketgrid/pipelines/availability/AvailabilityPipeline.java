package org.ticketgrid.pipelines.availability;

import com.hazelcast.function.FunctionEx;
import com.hazelcast.jet.pipeline.Pipeline;
import com.hazelcast.jet.pipeline.ServiceFactory;
import com.hazelcast.jet.pipeline.Sink;
import com.hazelcast.jet.pipeline.StreamSource;
import com.hazelcast.jet.pipeline.WindowDefinition;

/**
 * Inventory changes to stock levels, throttled per event: every change names its event; within
 * each window (one second) an event that changed is counted once, however many seats were clicked,
 * and its current stock is read from the grid and written once. Built from its ends, so a test can
 * feed event ids and a fake counter.
 */
public final class AvailabilityPipeline {

    public static final long WINDOW_MILLIS = 1_000;

    private AvailabilityPipeline() {
    }

    public static <S> Pipeline build(StreamSource<String> changedEvents, ServiceFactory<?, S> counter,
            CountFn<S> count, Sink<? super StockLevel> sink) {
        Pipeline pipeline = Pipeline.create();
        pipeline.readFrom(changedEvents)
                .withIngestionTimestamps()
                .setName("inventory-changes")
                .window(WindowDefinition.tumbling(WINDOW_MILLIS))
                .groupingKey(FunctionEx.identity())
                .distinct()
                .setName("latest-per-event-per-window")
                .mapUsingService(counter, (service, changed) -> count.count(service, changed.result()))
                .setName("count-stock")
                .writeTo(sink);
        return pipeline;
    }

    /** Reads the current stock of one event. */
    @FunctionalInterface
    public interface CountFn<S> extends java.io.Serializable {
        StockLevel count(S service, String eventId);
    }
}
