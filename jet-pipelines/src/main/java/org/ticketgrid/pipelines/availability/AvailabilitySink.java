package org.ticketgrid.pipelines.availability;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.hazelcast.jet.pipeline.Sink;
import com.hazelcast.jet.pipeline.SinkBuilder;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes stock levels to the availability index (one small document per event, replaced whole):
 * the catalog documents are never touched, so the CDC indexer and this job cannot overwrite each
 * other. Retries while Elasticsearch is down, like the catalog sink.
 */
final class AvailabilitySink {

    private static final Logger LOG = LoggerFactory.getLogger(AvailabilitySink.class);

    private final RestClient rest;
    private final ElasticsearchClient client;
    private final String index;
    private final Map<String, StockLevel> buffer = new LinkedHashMap<>();

    private AvailabilitySink(String url, String index) {
        this.rest = RestClient.builder(HttpHost.create(url)).build();
        this.client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
        this.index = index;
        for (int attempt = 0; ; attempt++) {
            try {
                org.ticketgrid.pipelines.search.IndexLayout.createIfAbsent(client, index,
                        "/events-availability-index.json", Map.of());
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Elasticsearch unavailable at start ({}); retrying", e.toString());
                pause(attempt);
            }
        }
    }

    static Sink<StockLevel> sink(String url, String index) {
        return SinkBuilder.sinkBuilder("elasticsearch-" + index, ctx -> new AvailabilitySink(url, index))
                .<StockLevel>receiveFn((s, level) -> s.buffer.put(level.eventId(), level))
                .flushFn(AvailabilitySink::flush)
                .destroyFn(s -> s.rest.close())
                .preferredLocalParallelism(1)
                .build();
    }

    private void flush() {
        for (int attempt = 0; !buffer.isEmpty(); attempt++) {
            if (attempt > 0) {
                pause(attempt);
            }
            List<BulkOperation> ops = new ArrayList<>();
            String updatedAt = Instant.now().toString();
            for (StockLevel level : buffer.values()) {
                Map<String, Object> doc = Map.of("availability", level.label(), "available", level.free(),
                        "capacity", level.capacity(), "updatedAt", updatedAt);
                ops.add(BulkOperation.of(b -> b.index(i -> i.index(index).id(level.eventId()).document(doc))));
            }
            try {
                BulkResponse response = client.bulk(b -> b.operations(ops));
                // Keep for another try only what Elasticsearch refused for a moment (429, 5xx).
                java.util.Set<String> retry = new java.util.HashSet<>();
                response.items().stream().filter(i -> i.error() != null).forEach(i -> {
                    if (i.status() == 429 || i.status() >= 500) {
                        retry.add(i.id());
                    } else {
                        LOG.warn("availability of {} not written: {}", i.id(), i.error().reason());
                    }
                });
                buffer.keySet().retainAll(retry);
            } catch (IOException | RuntimeException e) {
                if (attempt % 10 == 0) {
                    LOG.warn("Elasticsearch unavailable for availability ({}); retrying", e.toString());
                }
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(2000, 100L << Math.min(attempt, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
        }
    }
}
