package org.ticketgrid.app.platform;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health of the dependencies Boot does not check by itself, so that {@code /actuator/health} is
 * UP only when every dependency is (PostgreSQL, Hazelcast and SMTP are checked by Boot).
 */
@Configuration(proxyBeanMethods = false)
class DependencyHealth {

    @Bean
    HealthIndicator elasticsearchHealthIndicator(ElasticsearchClient client) {
        return new AbstractHealthIndicator("Elasticsearch health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) throws Exception {
                // GET / is not available on every distribution; cluster health is.
                var health = client.cluster().health();
                builder.status(health.status() == HealthStatus.Red ? "DOWN" : "UP")
                        .withDetail("cluster", health.clusterName())
                        .withDetail("status", health.status().jsonValue());
            }
        };
    }

    @Bean
    HealthIndicator kafkaHealthIndicator(KafkaProperties kafka) {
        return new AbstractHealthIndicator("Kafka health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) throws Exception {
                Map<String, Object> props = Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers()),
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
                try (Admin admin = Admin.create(props)) {
                    var cluster = admin.describeCluster();
                    builder.up().withDetail("clusterId", cluster.clusterId().get(3, TimeUnit.SECONDS))
                            .withDetail("brokers", cluster.nodes().get(3, TimeUnit.SECONDS).size());
                }
            }
        };
    }

    @Bean
    HealthIndicator paymentsHealthIndicator(TicketGridProperties properties) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return new AbstractHealthIndicator("payment provider health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) throws Exception {
                var payments = properties.payments();
                if (!payments.sandbox()) {
                    builder.up().withDetail("provider", "stripe");
                    return;
                }
                var response = http.send(HttpRequest.newBuilder(URI.create(payments.apiBase() + "/health"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
                builder.status(response.statusCode() == 200 ? "UP" : "DOWN")
                        .withDetail("provider", "sandbox").withDetail("url", payments.apiBase());
            }
        };
    }
}
