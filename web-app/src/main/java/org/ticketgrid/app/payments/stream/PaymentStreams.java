package org.ticketgrid.app.payments.stream;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AcknowledgingMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.ExponentialBackOff;
import org.ticketgrid.app.platform.TicketGridProperties;

/**
 * The two payment-event topics, the producer that writes them and, on instances with the
 * {@code booking-consumer} role, their consumer groups. Producer: {@code acks=all}, idempotent,
 * and {@link #publish} returns only once the broker has the record. Consumers: no auto-commit;
 * the offset is committed after the handler returned, and a handler that throws gets the same
 * record again after a backoff (never skipped: a payment must not be dropped).
 */
@Component
public class PaymentStreams implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentStreams.class);

    private final TicketGridProperties.Streams settings;
    private final boolean consume;
    private final Map<String, Object> kafka;
    private final KafkaTemplate<String, String> producer;
    private final ObjectProvider<PaymentSignalHandler> handler;
    private final List<ConcurrentMessageListenerContainer<String, String>> containers = new java.util.ArrayList<>();
    private final KafkaAdmin admin;
    private volatile boolean running;

    PaymentStreams(TicketGridProperties properties, KafkaProperties kafkaProperties, KafkaAdmin admin,
            ObjectProvider<PaymentSignalHandler> handler) {
        this.settings = properties.payments().streams();
        this.consume = properties.runs(TicketGridProperties.BOOKING_CONSUMER);
        this.kafka = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", kafkaProperties.getBootstrapServers()));
        this.handler = handler;
        this.admin = admin;
        Map<String, Object> producerConfig = new HashMap<>(kafka);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        // Without a broker, send() waits this long for metadata (default 60 s) before failing: the
        // webhook is then answered 503 at once and the provider retries it (ADR 0032).
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producerConfig, new StringSerializer(),
                new StringSerializer()));
    }

    /** The topic for an event's payments. */
    public String topicFor(boolean highDemand) {
        return highDemand ? settings.highDemandTopic() : settings.topic();
    }

    /**
     * Writes the signal, keyed by its PaymentIntent (one intent's events stay in order on one
     * partition), and waits until the broker has acknowledged it.
     */
    public void publish(String topic, PaymentSignal signal) {
        try {
            producer.send(topic, signal.paymentIntentId(), signal.toJson()).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + signal.eventId(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge " + signal.eventId(), e);
        }
    }

    @Override
    public void start() {
        try {
            // Replication 1 suits the one-broker local stack; a production cluster creates the
            // topics beforehand with its own replication (existing topics are left as they are).
            admin.createOrModifyTopics(
                    TopicBuilder.name(settings.topic()).partitions(settings.partitions()).replicas(1).build(),
                    TopicBuilder.name(settings.highDemandTopic()).partitions(settings.highDemandPartitions())
                            .replicas(1).build());
        } catch (RuntimeException e) {
            LOG.warn("could not create the payment topics now; the consumers wait for them", e);
        }
        if (consume) {
            containers.add(container(settings.topic(), settings.group()));
            containers.add(container(settings.highDemandTopic(), settings.highDemandGroup()));
            containers.forEach(ConcurrentMessageListenerContainer::start);
        }
        running = true;
    }

    private ConcurrentMessageListenerContainer<String, String> container(String topic, String group) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50);
        ContainerProperties container = new ContainerProperties(topic);
        container.setAckMode(ContainerProperties.AckMode.MANUAL_IMMEDIATE);
        container.setMessageListener((AcknowledgingMessageListener<String, String>) (record, ack) -> {
            PaymentSignal signal;
            try {
                signal = PaymentSignal.fromJson(record.value());
            } catch (IllegalArgumentException e) {
                // Not ours to retry: a record that can never be read would block its partition forever.
                LOG.error("skipping an unreadable record at {}-{}@{}", record.topic(), record.partition(),
                        record.offset(), e);
                ack.acknowledge();
                return;
            }
            handler.getObject().handle(signal);
            ack.acknowledge();
        });
        var result = new ConcurrentMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new StringDeserializer()),
                container);
        result.setConcurrency(settings.concurrency());
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(Duration.ofSeconds(10).toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE); // never give up on a payment
        result.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        result.setBeanName("booking-" + group);
        return result;
    }

    @Override
    public void stop() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
        containers.clear();
        producer.destroy();
        running = false;
    }

    /** Starts before and stops after the web server, so a webhook never finds the producer closed. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
