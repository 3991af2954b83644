package org.ticketgrid.pipelines.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ticketgrid.pipelines.PipelineSettings;

/**
 * Zero-downtime rebuild of the search index from PostgreSQL ({@code ./ticketing reindex}). This
 * Elasticsearch distribution has no {@code _reindex}, and the system of record is PostgreSQL anyway:
 *
 * <ol>
 * <li>create {@code events-v(N+1)} with the current mapping;</li>
 * <li>move the write alias to it, so from now on every CDC change lands in the new index;</li>
 * <li>fill it from PostgreSQL with external version 1, which any CDC write (version = its LSN,
 * always larger) overwrites and which never overwrites a CDC write: both read the current row, so
 * whichever is kept is up to date;</li>
 * <li>move the read alias in one atomic {@code _aliases} call, then drop the old index.</li>
 * </ol>
 *
 * Searches read the old index until the swap, so they never see a half-built one.
 */
public final class Reindex {

    private static final Logger LOG = LoggerFactory.getLogger(Reindex.class);
    private static final int BATCH = 500;
    private static final long FILL_VERSION = 1;

    private Reindex() {
    }

    public static void main(String[] args) throws IOException {
        PipelineSettings settings = PipelineSettings.fromEnvironment();
        try (RestClient rest = RestClient.builder(HttpHost.create(settings.elasticsearchUrl())).build();
                JdbcEventDocuments docs = new JdbcEventDocuments(settings.dbUrl(), settings.dbUser(),
                        settings.dbPassword())) {
            ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest,
                    new JacksonJsonpMapper()));
            IndexLayout.ensure(client, settings.searchIndex(), docs);
            String target = rebuild(client, settings.searchIndex(), docs);
            System.out.println("search index rebuilt: " + settings.searchIndex() + " -> " + target);
        }
    }

    /** Rebuilds into a new concrete index and returns its name. */
    public static String rebuild(ElasticsearchClient client, String alias, EventDocumentSource docs)
            throws IOException {
        Set<String> existing = concreteIndices(client, alias);
        int next = IndexLayout.MAPPING_VERSION;
        for (String name : existing) {
            next = Math.max(next, Integer.parseInt(name.substring((alias + "-v").length())) + 1);
        }
        String target = IndexLayout.concrete(alias, next);
        IndexLayout.createIfAbsent(client, target, "/events-index.json", java.util.Map.of());
        String write = IndexLayout.writeAlias(alias);
        List<Action> moveWrite = new ArrayList<>();
        for (String old : aliasTargets(client, write)) {
            moveWrite.add(Action.of(a -> a.remove(r -> r.index(old).alias(write))));
        }
        moveWrite.add(Action.of(a -> a.add(ad -> ad.index(target).alias(write).isWriteIndex(true))));
        client.indices().updateAliases(u -> u.actions(moveWrite));

        long filled = fill(client, target, docs);
        client.indices().refresh(r -> r.index(target));

        boolean legacy = client.indices().exists(e -> e.index(alias)).value()
                && !client.indices().existsAlias(e -> e.name(alias)).value();
        List<Action> swap = new ArrayList<>();
        for (String old : aliasTargets(client, alias)) {
            swap.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias))));
        }
        if (legacy) {
            swap.add(Action.of(a -> a.removeIndex(r -> r.index(alias))));
        }
        swap.add(Action.of(a -> a.add(ad -> ad.index(target).alias(alias))));
        client.indices().updateAliases(u -> u.actions(swap));
        for (String old : existing) {
            if (!old.equals(target)) {
                client.indices().delete(d -> d.index(old));
            }
        }
        LOG.info("search index rebuilt into {} ({} events), alias {} swapped", target, filled, alias);
        return target;
    }

    private static long fill(ElasticsearchClient client, String target, EventDocumentSource docs)
            throws IOException {
        long count = 0;
        List<BulkOperation> batch = new ArrayList<>();
        for (String id : docs.indexableEventIds()) {
            if (docs.currentAction(id, FILL_VERSION) instanceof IndexAction.Upsert u) {
                batch.add(BulkOperation.of(b -> b.index(i -> i.index(target).id(u.eventId()).version(FILL_VERSION)
                        .versionType(VersionType.External).document(u.document()))));
                count++;
            }
            if (batch.size() >= BATCH) {
                bulk(client, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            bulk(client, batch);
        }
        return count;
    }

    private static void bulk(ElasticsearchClient client, List<BulkOperation> batch) throws IOException {
        BulkResponse response = client.bulk(b -> b.operations(batch));
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                // 409: the CDC indexer already wrote a newer document, which wins.
                if (item.error() != null && item.status() != 409) {
                    throw new IOException("rebuild failed for " + item.id() + ": " + item.error().reason());
                }
            }
        }
    }

    static Set<String> concreteIndices(ElasticsearchClient client, String alias) throws IOException {
        return new TreeSet<>(client.indices().get(g -> g.index(alias + "-v*")).result().keySet());
    }

    static Set<String> aliasTargets(ElasticsearchClient client, String alias) throws IOException {
        try {
            if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
                return Set.of();
            }
            return new TreeSet<>(client.indices().getAlias(g -> g.name(alias)).result().keySet());
        } catch (ElasticsearchException e) {
            return Set.of();
        }
    }
}
