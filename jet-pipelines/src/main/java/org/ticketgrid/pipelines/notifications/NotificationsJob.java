package org.ticketgrid.pipelines.notifications;

import com.hazelcast.jet.config.JobConfig;
import com.hazelcast.jet.config.ProcessingGuarantee;
import com.hazelcast.jet.kafka.KafkaSources;
import com.hazelcast.jet.pipeline.Pipeline;
import com.hazelcast.jet.pipeline.ServiceFactories;
import com.hazelcast.jet.pipeline.ServiceFactory;
import com.hazelcast.jet.pipeline.Sinks;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ticketgrid.notifications.NotificationTopics;
import org.ticketgrid.pipelines.PipelineSettings;

/**
 * The notifications pipeline wired to the real outbox topic (Debezium), PostgreSQL, the SMTP
 * server and the live reliable topic. AT_LEAST_ONCE with a snapshot every second: the Kafka
 * source's offsets and the mails in flight are in the snapshot, so a restarted job resumes where
 * it was; what it repeats is absorbed by the notification ids (a stored notification is not
 * written again, a sent mail not sent again). EXACTLY_ONCE would buy nothing more here: the Kafka
 * source supports it, but SMTP cannot take part in Jet's two-phase commit (ADR 0035).
 */
public final class NotificationsJob {

    public static final String JOB_NAME = "notifications";
    public static final String OUTBOX_TABLE = "notification_outbox";

    private NotificationsJob() {
    }

    public static String topic(PipelineSettings settings) {
        return settings.topicPrefix() + OUTBOX_TABLE;
    }

    public static JobConfig config(NotificationSettings notifications) {
        return new JobConfig().setName(JOB_NAME)
                .setProcessingGuarantee(ProcessingGuarantee.AT_LEAST_ONCE)
                .setSnapshotIntervalMillis(notifications.snapshotInterval().toMillis());
    }

    public static Pipeline pipeline(PipelineSettings settings, NotificationSettings notifications) {
        Properties kafka = new Properties();
        kafka.setProperty("bootstrap.servers", settings.kafkaBootstrap());
        kafka.setProperty("group.id", "ticketgrid-notifications");
        kafka.setProperty("key.deserializer", StringDeserializer.class.getName());
        kafka.setProperty("value.deserializer", StringDeserializer.class.getName());
        // A job without a snapshot (a fresh cluster) reads the outbox from the start: every event
        // it already handled is recognised by its notification ids and costs one lookup.
        kafka.setProperty("auto.offset.reset", "earliest");
        kafka.setProperty("metadata.max.age.ms", "5000");

        String url = settings.dbUrl();
        String user = settings.dbUser();
        String password = settings.dbPassword();
        ServiceFactory<?, JdbcNotificationStore> store = ServiceFactories
                .nonSharedService(ctx -> new JdbcNotificationStore(url, user, password), JdbcNotificationStore::close)
                .toNonCooperative();
        NotificationSettings n = notifications;
        ServiceFactory<?, Delivery> delivery = ServiceFactories.sharedService(ctx -> new Delivery(
                new JdbcNotificationStore(url, user, password), new JdbcMailComposer(url, user, password, n.publicUrl()),
                new SmtpMailer(n.smtpHost(), n.smtpPort(), n.mailFrom()), n.retry(), n.mailThreads()),
                Delivery::close);
        return NotificationPipeline.build(
                KafkaSources.<String, String>kafka(kafka, topic(settings)),
                store, delivery, Sinks.reliableTopic(NotificationTopics.LIVE),
                Sinks.logger(outcome -> "mail " + outcome));
    }
}
