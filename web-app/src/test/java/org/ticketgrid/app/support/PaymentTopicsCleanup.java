package org.ticketgrid.app.support;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.ticketgrid.app.platform.TicketGridProperties;

/**
 * Each integration-test context has payment topics and consumer groups of its own
 * ({@link IntegrationTest}); they are deleted when the context closes (after the consumers
 * stopped), so test runs do not pile them up on the shared broker.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PaymentTopicsCleanup {

    private static final String TEST_PREFIX = "ticketgrid.it.";
    private static final String TEST_GROUP_PREFIX = "ticketgrid-it-";

    @Bean
    DisposableBean deleteThisRunsPaymentTopics(KafkaAdmin kafka, TicketGridProperties properties) {
        var streams = properties.payments().streams();
        List<String> topics = List.of(streams.topic(), streams.highDemandTopic()).stream()
                .filter(t -> t.startsWith(TEST_PREFIX)).toList();
        List<String> groups = List.of(streams.group(), streams.highDemandGroup()).stream()
                .filter(g -> g.startsWith(TEST_GROUP_PREFIX)).toList();
        return () -> {
            try (AdminClient admin = AdminClient.create(kafka.getConfigurationProperties())) {
                admin.deleteTopics(topics).all().get(10, TimeUnit.SECONDS);
                admin.deleteConsumerGroups(groups).all().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // Best effort: a topic left behind costs a little disk, nothing else.
            }
        };
    }
}
