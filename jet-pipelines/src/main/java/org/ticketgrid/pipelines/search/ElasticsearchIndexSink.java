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
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ticketgrid.pipelines.PipelineSettings;

/**
 * Jet sink writing {@link IndexAction}s to Elasticsearch in bulk through the write alias (see
 * {@link IndexLayout}), with the change's LSN as an external version: a stale write (a replay, or
 * a reordered change) loses with a version conflict, which is expected and ignored.
 */
public final class ElasticsearchIndexSink {

    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchIndexSink.class);

    private final RestClient restClient;
    private final ElasticsearchClient client;
    private final String index;
    private final List<BulkOperation> buffer = new ArrayList<>();

    private ElasticsearchIndexSink(String url, String alias, PipelineSettings settings) {
        this.restClient = RestClient.builder(HttpHost.create(url)).build();
        this.client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
        this.index = IndexLayout.writeAlias(alias);
        ensureIndexWithRetry(alias, settings);
    }

    /** The sink writing through the write alias of {@code alias}; {@code settings} reach PostgreSQL for a rebuild. */
    public static Sink<IndexAction> sink(String url, String alias, PipelineSettings settings) {
        return SinkBuilder.sinkBuilder("elasticsearch-" + alias,
                        ctx -> new ElasticsearchIndexSink(url, alias, settings))
                .<IndexAction>receiveFn(ElasticsearchIndexSink::add)
                .flushFn(ElasticsearchIndexSink::flush)
                .destroyFn(ElasticsearchIndexSink::close)
                .preferredLocalParallelism(1)
                .build();
    }

    /** Elasticsearch may be down when the job starts: wait for it rather than fail the job. */
    private void ensureIndexWithRetry(String alias, PipelineSettings settings) {
        for (int attempt = 0; ; attempt++) {
            try (JdbcEventDocuments docs = settings == null ? null
                    : new JdbcEventDocuments(settings.dbUrl(), settings.dbUser(), settings.dbPassword())) {
                IndexLayout.ensure(client, alias, docs);
                return;
            } catch (UncheckedIOException | co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                LOG.warn("Elasticsearch unavailable at start ({}); retrying", e.getMessage());
                pause(attempt);
            }
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

    /**
     * Writes the buffer, and keeps retrying while Elasticsearch is down or refuses items for a
     * moment (429, 5xx: shards not yet started after a restart). The job stalls meanwhile, Kafka
     * keeps the changes, and nothing is lost; snapshots wait for the flush too.
     */
    private void flush() throws IOException {
        for (int attempt = 0; !buffer.isEmpty(); attempt++) {
            if (attempt > 0) {
                pause(attempt);
            }
            BulkResponse response;
            try {
                response = client.bulk(b -> b.operations(buffer));
            } catch (IOException e) {
                if (attempt % 10 == 0) {
                    LOG.warn("Elasticsearch unavailable ({}); retrying", e.getMessage());
                }
                continue;
            }
            List<BulkOperation> retry = new ArrayList<>();
            if (response.errors()) {
                List<BulkResponseItem> items = response.items();
                for (int i = 0; i < items.size(); i++) {
                    BulkResponseItem item = items.get(i);
                    // 409 = a newer version is already indexed; 404 = removing what is not there.
                    if (item.error() == null || item.status() == 409 || item.status() == 404) {
                        continue;
                    }
                    if (item.status() == 429 || item.status() >= 500) {
                        retry.add(buffer.get(i));
                    } else {
                        LOG.warn("indexing {} failed: {}", item.id(), item.error().reason());
                    }
                }
            }
            buffer.clear();
            buffer.addAll(retry);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(2000, 100L << Math.min(attempt, 5)));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Elasticsearch", ie);
        }
    }

    private void close() throws IOException {
        restClient.close();
    }
}
