package org.ticketgrid.pipelines;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.jet.config.JobConfig;
import com.hazelcast.jet.config.ProcessingGuarantee;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ticketgrid.grid.MemberStartupHook;
import org.ticketgrid.pipelines.notifications.NotificationSettings;
import org.ticketgrid.pipelines.notifications.NotificationsJob;
import org.ticketgrid.pipelines.availability.AvailabilityJob;
import org.ticketgrid.pipelines.search.SearchIndexJob;

/**
 * Deploys the Jet jobs when a member starts. Safe on every member at once: a job is submitted
 * only if no job of that name is running ({@code newJobIfAbsent}).
 */
public final class PipelineDeployer implements MemberStartupHook {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineDeployer.class);

    @Override
    public void onMemberStarted(HazelcastInstance member) {
        if (Boolean.parseBoolean(System.getProperty("ticketgrid.pipelines.disabled",
                String.valueOf(System.getenv("TICKETGRID_PIPELINES_DISABLED"))))) {
            LOG.info("pipelines disabled on this member");
            return;
        }
        PipelineSettings settings = PipelineSettings.fromEnvironment();
        // Create the CDC topics up front: the Kafka source needs them to exist, and the
        // connector may start after the grid.
        createTopics(settings, SearchIndexJob.topics(settings));
        var job = member.getJet().newJobIfAbsent(SearchIndexJob.pipeline(settings),
                new JobConfig().setName(SearchIndexJob.JOB_NAME)
                        // Kafka offsets live in the job's snapshots: a restarted job resumes where the
                        // last snapshot was, and the index's external versions absorb the replays.
                        .setProcessingGuarantee(ProcessingGuarantee.AT_LEAST_ONCE)
                        .setSnapshotIntervalMillis(1_000));
        LOG.info("job {} is {}", SearchIndexJob.JOB_NAME, job.getStatus());
        var availability = member.getJet().newJobIfAbsent(AvailabilityJob.pipeline(settings),
                new JobConfig().setName(AvailabilityJob.JOB_NAME)
                        .setProcessingGuarantee(ProcessingGuarantee.AT_LEAST_ONCE)
                        .setSnapshotIntervalMillis(1_000));
        LOG.info("job {} is {}", AvailabilityJob.JOB_NAME, availability.getStatus());
        deployNotifications(member, settings);
    }

    /** The notifications pipeline (outbox topic to mail, in-app and live), ADR 0035. */
    private static void deployNotifications(HazelcastInstance member, PipelineSettings settings) {
        NotificationSettings notifications = NotificationSettings.fromEnvironment();
        createTopics(settings, List.of(NotificationsJob.topic(settings)));
        var job = member.getJet().newJobIfAbsent(NotificationsJob.pipeline(settings, notifications),
                NotificationsJob.config(notifications));
        LOG.info("job {} is {}", NotificationsJob.JOB_NAME, job.getStatus());
    }

    static void createTopics(PipelineSettings settings, List<String> topics) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        try (Admin admin = Admin.create(props)) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
                    LOG.info("created topic {}", topic);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
