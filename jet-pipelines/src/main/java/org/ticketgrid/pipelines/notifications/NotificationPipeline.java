package org.ticketgrid.pipelines.notifications;

import com.hazelcast.jet.Traversers;
import com.hazelcast.jet.pipeline.Pipeline;
import com.hazelcast.jet.pipeline.ServiceFactory;
import com.hazelcast.jet.pipeline.Sink;
import com.hazelcast.jet.pipeline.StreamSource;
import com.hazelcast.jet.pipeline.StreamStage;
import java.util.Map;

/**
 * What happened to who hears it (ADR 0035): outbox events (Debezium inserts of
 * {@code notification_outbox}, from Kafka) fan out to one notification per recipient, stored
 * in-app; fresh in-app ones are published to the live channel; those wanted by mail are rendered
 * (QR codes and the ticket PDF for orders) and sent once, with retries and a dead-letter.
 *
 * <p>Built from its ends, so a unit test feeds it a test source, an in-memory store and a fake
 * mailer; {@link NotificationsJob} wires Kafka, PostgreSQL, SMTP and the reliable topic.
 */
public final class NotificationPipeline {

    /** Mails in flight per processor (each waits for SMTP or its next retry). */
    static final int MAILS_IN_FLIGHT = 64;

    private NotificationPipeline() {
    }

    public static Pipeline build(StreamSource<? extends Map.Entry<?, String>> outbox,
            ServiceFactory<?, ? extends NotificationStore> store, ServiceFactory<?, Delivery> delivery,
            Sink<? super String> live, Sink<? super Delivery.Outcome> outcomes) {
        Pipeline pipeline = Pipeline.create();
        StreamStage<Notification> notifications = pipeline.readFrom(outbox)
                .withoutTimestamps()
                .map(record -> OutboxEvent.parse(record.getValue()))
                .setName("parse-outbox-event")
                .flatMapUsingService(store, (s, event) -> Traversers.traverseIterable(s.fanOut(event)))
                .setName("fan-out-and-store");
        notifications.filter(n -> n.inApp() && n.fresh())
                .map(Notification::liveJson)
                .setName("live-message")
                .writeTo(live);
        notifications.filter(Notification::emailWanted)
                .mapUsingServiceAsync(delivery, MAILS_IN_FLIGHT, false, Delivery::deliver)
                .setName("render-and-send-mail")
                .writeTo(outcomes);
        return pipeline;
    }
}
