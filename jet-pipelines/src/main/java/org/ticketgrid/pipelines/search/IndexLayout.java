package org.ticketgrid.pipelines.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index is versioned behind aliases: searches read alias {@code events}, the indexer
 * writes through alias {@code events-write}, and both point at a concrete index
 * {@code events-vN}. A rebuild ({@link Reindex}) fills a new concrete index and moves the aliases
 * atomically, so searches never see an empty or half-built index. Availability lives in its own
 * index, {@code events-availability}, which a rebuild leaves alone.
 */
public final class IndexLayout {

    /** The mapping version of {@code events-index.json}; the first concrete index is named after it. */
    public static final int MAPPING_VERSION = 2;

    private static final Logger LOG = LoggerFactory.getLogger(IndexLayout.class);

    private IndexLayout() {
    }

    public static String writeAlias(String alias) {
        return alias + "-write";
    }

    public static String availabilityIndex(String alias) {
        return alias + "-availability";
    }

    public static String concrete(String alias, int version) {
        return alias + "-v" + version;
    }

    /**
     * Makes sure the aliases and indexes exist. On a fresh cluster: {@code events-v2} behind both
     * aliases. An index from before the aliases (a concrete index named {@code events}) is rebuilt
     * from PostgreSQL by {@code documents} and replaced by the aliased one.
     */
    public static void ensure(ElasticsearchClient client, String alias, EventDocumentSource documents) {
        try {
            createIfAbsent(client, availabilityIndex(alias), "/events-availability-index.json", Map.of());
            if (client.indices().existsAlias(e -> e.name(writeAlias(alias))).value()) {
                return;
            }
            boolean legacy = client.indices().exists(e -> e.index(alias)).value()
                    && !client.indices().existsAlias(e -> e.name(alias)).value();
            if (legacy && documents != null) {
                LOG.info("search index {} predates the aliases: rebuilding it as {}", alias,
                        concrete(alias, MAPPING_VERSION));
                Reindex.rebuild(client, alias, documents);
                return;
            }
            createIfAbsent(client, concrete(alias, MAPPING_VERSION), "/events-index.json", Map.of(alias, false,
                    writeAlias(alias), true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates {@code index} from a mapping resource, with aliases (name to is-write-index). */
    public static void createIfAbsent(ElasticsearchClient client, String index, String mapping, Map<String, Boolean> aliases)
            throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) {
            return;
        }
        try (InputStream json = IndexLayout.class.getResourceAsStream(mapping)) {
            client.indices().create(c -> {
                c.index(index).withJson(json);
                aliases.forEach((name, write) -> c.aliases(name, a -> a.isWriteIndex(write)));
                return c;
            });
            LOG.info("created search index {} with aliases {}", index, aliases.keySet());
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }
}
