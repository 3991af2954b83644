package org.ticketgrid.pipelines.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.pipelines.search.CatalogChangeTest.change;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.jet.Job;
import com.hazelcast.jet.pipeline.ServiceFactories;
import com.hazelcast.jet.pipeline.Sinks;
import com.hazelcast.jet.pipeline.SourceBuilder;
import com.hazelcast.jet.pipeline.StreamSource;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline on a local Jet member with a test source and a list sink: no Kafka, no database,
 * no Elasticsearch (the integration test runs the real ones).
 */
class SearchIndexPipelineTest {

    static HazelcastInstance member;

    @BeforeAll
    static void startMember() {
        Config config = new Config().setClusterName("pipeline-test-" + System.nanoTime());
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        config.getNetworkConfig().setPort(5901).getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        config.getJetConfig().setEnabled(true);
        config.setProperty("hazelcast.logging.type", "none");
        member = Hazelcast.newHazelcastInstance(config);
    }

    @AfterAll
    static void stopMember() {
        member.shutdown();
    }

    /** Documents as a fake database would have them: venue v1 hosts e1 and e2; e3 is a draft. */
    static final class StubDocuments implements EventDocuments, Serializable {
        @Override
        public List<String> eventIdsTouchedBy(CatalogChange change) {
            return change.isVenue() ? List.of("e1", "e2") : List.of(change.rowId());
        }

        @Override
        public IndexAction currentAction(String eventId, long version) {
            return "e3".equals(eventId) ? new IndexAction.Remove(eventId, version)
                    : new IndexAction.Upsert(eventId, version, Map.of("id", eventId));
        }
    }

    static StreamSource<Map.Entry<String, String>> source(List<String> values) {
        ArrayList<String> items = new ArrayList<>(values);
        return SourceBuilder.stream("test-changes", ctx -> new int[1])
                .<Map.Entry<String, String>>fillBufferFn((position, buffer) -> {
                    while (position[0] < items.size()) {
                        buffer.add(Map.entry("key", items.get(position[0]++)));
                    }
                })
                .build();
    }

    @Test
    void changesBecomeIndexActionsWithTheChangeLsnAsVersion() throws InterruptedException {
        var out = member.<IndexAction>getList("out-" + System.nanoTime());
        var pipeline = SearchIndexPipeline.build(source(List.of(
                change("events", "c", "null", "{\"id\":\"e9\"}", 100),
                "garbage",
                change("events", "u", "null", "{\"id\":\"e3\",\"status\":\"DRAFT\"}", 101),
                change("venues", "u", "null", "{\"id\":\"v1\"}", 102))),
                ServiceFactories.sharedService(ctx -> new StubDocuments()), Sinks.list(out));
        Job job = member.getJet().newJob(pipeline);
        try {
            long deadline = System.currentTimeMillis() + 20_000;
            while (out.size() < 4 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(new ArrayList<>(out)).containsExactlyInAnyOrder(
                    new IndexAction.Upsert("e9", 100, Map.of("id", "e9")),
                    new IndexAction.Remove("e3", 101),
                    new IndexAction.Upsert("e1", 102, Map.of("id", "e1")),
                    new IndexAction.Upsert("e2", 102, Map.of("id", "e2")));
        } finally {
            job.cancel();
        }
    }
}
