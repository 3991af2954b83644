package org.ticketgrid.pipelines.search;

import com.hazelcast.jet.kafka.KafkaSources;
import com.hazelcast.jet.pipeline.Pipeline;
import com.hazelcast.jet.pipeline.ServiceFactories;
import com.hazelcast.jet.pipeline.ServiceFactory;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ticketgrid.pipelines.PipelineSettings;

/** The search indexer wired to the real Kafka CDC topics, PostgreSQL and Elasticsearch. */
public final class SearchIndexJob {

    public static final String JOB_NAME = "search-indexer";
    public static final List<String> TABLES = List.of("events", "ticket_types", "venues");

    private SearchIndexJob() {
    }

    public static List<String> topics(PipelineSettings settings) {
        return TABLES.stream().map(t -> settings.topicPrefix() + t).toList();
    }

    public static Pipeline pipeline(PipelineSettings settings) {
        Properties kafka = new Properties();
        kafka.setProperty("bootstrap.servers", settings.kafkaBootstrap());
        kafka.setProperty("group.id", "ticketgrid-search-indexer");
        kafka.setProperty("key.deserializer", StringDeserializer.class.getName());
        kafka.setProperty("value.deserializer", StringDeserializer.class.getName());
        kafka.setProperty("auto.offset.reset", "earliest");
        kafka.setProperty("enable.auto.commit", "true");
        kafka.setProperty("metadata.max.age.ms", "5000");

        String url = settings.dbUrl();
        String user = settings.dbUser();
        String password = settings.dbPassword();
        ServiceFactory<?, JdbcEventDocuments> documents = ServiceFactories
                .nonSharedService(ctx -> new JdbcEventDocuments(url, user, password), JdbcEventDocuments::close)
                .toNonCooperative();

        return SearchIndexPipeline.build(
                KafkaSources.<String, String>kafka(kafka, topics(settings).toArray(String[]::new)),
                documents,
                ElasticsearchIndexSink.sink(settings.elasticsearchUrl(), settings.searchIndex(), settings));
    }
}
