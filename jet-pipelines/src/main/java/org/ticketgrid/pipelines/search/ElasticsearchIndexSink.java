package org.ticketgrid.pipelines.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.hazelcast.jet.pipeline.Sink;
import com.hazelcast.jet.pipeline.SinkBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jet sink writing {@link IndexAction}s to Elasticsearch in bulk, with the change's LSN as an
 * external version: a stale write (a replay, or a reordered change) loses with a version
 * conflict, which is expected and ignored.
 */
public final class ElasticsearchIndexSink {

    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchIndexSink.class);

    private final RestClient restClient;
    private final ElasticsearchClient client;
    private final String index;
    private final List<BulkOperation> buffer = new ArrayList<>();

    private ElasticsearchIndexSink(String url, String index) {
        this.restClient = RestClient.builder(HttpHost.create(url)).build();
        this.client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
        this.index = index;
        ensureIndex();
    }

    public static Sink<IndexAction> sink(String url, String index) {
        return SinkBuilder.sinkBuilder("elasticsearch-" + index, ctx -> new ElasticsearchIndexSink(url, index))
                .<IndexAction>receiveFn(ElasticsearchIndexSink::add)
                .flushFn(ElasticsearchIndexSink::flush)
                .destroyFn(ElasticsearchIndexSink::close)
                .preferredLocalParallelism(1)
                .build();
    }

    private void ensureIndex() {
        try {
            if (client.indices().exists(e -> e.index(index)).value()) {
                return;
            }
            try (InputStream mapping = getClass().getResourceAsStream("/events-index.json")) {
                client.indices().create(c -> c.index(index).withJson(mapping));
                LOG.info("created search index {}", index);
            }
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(IndexAction action) {
        buffer.add(switch (action) {
            case IndexAction.Upsert u -> BulkOperation.of(b -> b.index(i -> i.index(index).id(u.eventId())
                    .version(u.version()).versionType(VersionType.External).document(u.document())));
            case IndexAction.Remove r -> BulkOperation.of(b -> b.delete(d -> d.index(index).id(r.eventId())
                    .version(r.version()).versionType(VersionType.External)));
        });
    }

    private void flush() throws IOException {
        if (buffer.isEmpty()) {
            return;
        }
        BulkResponse response = bulkWithRetry();
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                // 409 = a newer version is already indexed; 404 = removing what is not there.
                if (item.error() != null && item.status() != 409 && item.status() != 404) {
                    LOG.warn("indexing {} failed: {}", item.id(), item.error().reason());
                }
            }
        }
        buffer.clear();
    }

    /** Elasticsearch restarting must not fail the job: retry for about a minute, then give up. */
    private BulkResponse bulkWithRetry() throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return client.bulk(b -> b.operations(buffer));
            } catch (IOException e) {
                if (attempt >= 30) {
                    throw e;
                }
                LOG.warn("Elasticsearch unavailable ({}); retrying", e.getMessage());
                try {
                    Thread.sleep(Math.min(2000, 100L << Math.min(attempt, 5)));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void close() throws IOException {
        restClient.close();
    }
}
