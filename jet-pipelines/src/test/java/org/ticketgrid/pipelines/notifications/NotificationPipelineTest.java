package org.ticketgrid.pipelines.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.jet.Job;
import com.hazelcast.jet.pipeline.ServiceFactories;
import com.hazelcast.jet.pipeline.Sinks;
import com.hazelcast.jet.pipeline.SourceBuilder;
import com.hazelcast.jet.pipeline.StreamSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ticketgrid.notifications.NotificationKind;

/**
 * The notifications pipeline on a local Jet member with a test source, an in-memory store and a
 * fake SMTP server: no Kafka, no database. Replays, SMTP failures and the dead-letter.
 */
class NotificationPipelineTest {

    static HazelcastInstance member;

    /** The store and the mailer live in static state: the member runs in this JVM. */
    static final Map<UUID, Notification> STORED = new ConcurrentHashMap<>();
    static final Set<UUID> SENT = ConcurrentHashMap.newKeySet();
    static final Map<UUID, Integer> FAILURES = new ConcurrentHashMap<>();
    static final Set<UUID> DEAD = ConcurrentHashMap.newKeySet();
    static final List<String> INBOX = new CopyOnWriteArrayList<>();
    static final AtomicInteger SMTP_REFUSALS_LEFT = new AtomicInteger();
    static volatile boolean smtpDown;

    @BeforeAll
    static void startMember() {
        Config config = new Config().setClusterName("notifications-test-" + System.nanoTime());
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        config.getNetworkConfig().setPort(5911).getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        config.getJetConfig().setEnabled(true);
        config.setProperty("hazelcast.logging.type", "none");
        member = Hazelcast.newHazelcastInstance(config);
    }

    @AfterAll
    static void stopMember() {
        member.shutdown();
    }

    @BeforeEach
    void reset() {
        STORED.clear();
        SENT.clear();
        FAILURES.clear();
        DEAD.clear();
        INBOX.clear();
        SMTP_REFUSALS_LEFT.set(0);
        smtpDown = false;
    }

    /** Recipients by subject: "event-1" has two ticket holders; single-recipient kinds name theirs. */
    static final class MemoryStore implements NotificationStore {
        static final UUID HOLDER_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        static final UUID HOLDER_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

        @Override
        public List<Notification> fanOut(OutboxEvent event) {
            NotificationTexts.Text text = NotificationTexts.of(event, id -> "Concert " + id);
            List<UUID> recipients = event.accountId() != null ? List.of(event.accountId())
                    : List.of(HOLDER_A, HOLDER_B);
            List<Notification> out = new ArrayList<>();
            for (UUID account : recipients) {
                UUID id = Notification.idOf(event.id(), account);
                boolean email = text.mailed() && (event.kind().alwaysMailed()
                        || !HOLDER_B.equals(account)); // B switched optional mails off
                Notification fresh = new Notification(id, event.id(), account, event.kind(), event.subjectId(),
                        text.title(), text.body(), text.link(), true, email, account + "@example.org",
                        Instant.now(), true);
                Notification before = STORED.putIfAbsent(id, fresh);
                out.add(before == null ? fresh : new Notification(id, event.id(), account, event.kind(),
                        event.subjectId(), before.title(), before.body(), before.link(), true, email,
                        before.emailTo(), before.createdAt(), false));
            }
            return out;
        }

        @Override
        public boolean emailSent(UUID notificationId) {
            return SENT.contains(notificationId);
        }

        @Override
        public void markEmailSent(Notification notification) {
            SENT.add(notification.id());
        }

        @Override
        public void emailFailed(UUID notificationId, int attempt, String error) {
            FAILURES.merge(notificationId, 1, Integer::sum);
        }

        @Override
        public void deadLetter(UUID notificationId, int attempts, String error) {
            DEAD.add(notificationId);
        }
    }

    static final class FakeSmtp implements Mailer {
        @Override
        public void send(OutgoingMail mail, String messageId) {
            if (smtpDown || SMTP_REFUSALS_LEFT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("421 service not available");
            }
            INBOX.add(mail.to() + "|" + mail.subject() + "|" + messageId);
        }
    }

    static String outbox(UUID id, NotificationKind kind, UUID account, String subject) {
        return "{\"op\":\"c\",\"source\":{\"table\":\"notification_outbox\"},\"after\":{\"id\":\"" + id
                + "\",\"kind\":\"" + kind + "\",\"account_id\":" + (account == null ? "null" : "\"" + account + "\"")
                + ",\"subject_id\":\"" + subject + "\",\"payload\":\"{\\\"eventId\\\":\\\"event-1\\\"}\"}}";
    }

    static StreamSource<Map.Entry<String, String>> source(List<String> values) {
        ArrayList<String> items = new ArrayList<>(values);
        return SourceBuilder.stream("test-outbox", ctx -> new int[1])
                .<Map.Entry<String, String>>fillBufferFn((position, buffer) -> {
                    while (position[0] < items.size()) {
                        buffer.add(Map.entry("key", items.get(position[0]++)));
                    }
                })
                .build();
    }

    private Job run(List<String> events, RetryPolicy policy, List<String> live, List<Delivery.Outcome> outcomes) {
        var liveList = member.<String>getList("live-" + System.nanoTime());
        var outcomeList = member.<Delivery.Outcome>getList("outcomes-" + System.nanoTime());
        var pipeline = NotificationPipeline.build(source(events),
                ServiceFactories.sharedService(ctx -> new MemoryStore()),
                ServiceFactories.sharedService(ctx -> new Delivery(new MemoryStore(),
                        n -> new OutgoingMail(n.emailTo(), n.title(), n.body(), "<p>" + n.body() + "</p>", List.of(),
                                List.of()), new FakeSmtp(), policy, 2), Delivery::close),
                Sinks.list(liveList), Sinks.list(outcomeList));
        Job job = member.getJet().newJob(pipeline);
        liveLists.add(() -> {
            live.clear();
            live.addAll(liveList);
            outcomes.clear();
            outcomes.addAll(outcomeList);
        });
        return job;
    }

    private final List<Runnable> liveLists = new ArrayList<>();

    private void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            liveLists.forEach(Runnable::run);
        }
        liveLists.forEach(Runnable::run);
        assertThat(condition.getAsBoolean()).as("condition within 20 s").isTrue();
    }

    @Test
    void eachRecipientGetsOneNotificationOneMailAndOneLiveMessageEvenWhenTheEventIsReplayed() throws Exception {
        UUID buyer = UUID.randomUUID();
        UUID confirmed = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        String order = outbox(confirmed, NotificationKind.ORDER_CONFIRMED, buyer, "1234abcd-0000-0000-0000-000000000000");
        List<String> live = new CopyOnWriteArrayList<>();
        List<Delivery.Outcome> outcomes = new CopyOnWriteArrayList<>();
        Job job = run(List.of(order, "not json", order,
                outbox(cancelled, NotificationKind.EVENT_CANCELLED, null, "event-1"), order), RetryPolicy.DEFAULT,
                live, outcomes);
        try {
            // buyer's confirmation (3 copies), A's and B's cancellation notice; B opted out of its mail.
            await(() -> outcomes.size() == 4 && live.size() == 3);
            assertThat(STORED).hasSize(3);
            assertThat(INBOX).containsExactlyInAnyOrder(
                    buyer + "@example.org|Your tickets for Concert event-1|<" + Notification.idOf(confirmed, buyer)
                            + "@notifications.ticketgrid>",
                    MemoryStore.HOLDER_A + "@example.org|Concert event-1 is cancelled|<"
                            + Notification.idOf(cancelled, MemoryStore.HOLDER_A) + "@notifications.ticketgrid>");
            assertThat(outcomes).containsExactlyInAnyOrder(Delivery.Outcome.SENT, Delivery.Outcome.ALREADY_SENT,
                    Delivery.Outcome.ALREADY_SENT, Delivery.Outcome.SENT);
            assertThat(live).hasSize(3).anySatisfy(m -> assertThat(m).contains("\"accountId\":\"" + buyer + "\"")
                    .contains("\"kind\":\"ORDER_CONFIRMED\"").contains("\"link\":\"/orders/1234abcd-"));
        } finally {
            job.cancel();
        }
    }

    @Test
    void aMailTheSmtpServerRefusesIsRetriedWithBackoffAndSentOnce() throws Exception {
        SMTP_REFUSALS_LEFT.set(3);
        UUID buyer = UUID.randomUUID();
        UUID refund = UUID.randomUUID();
        List<String> live = new CopyOnWriteArrayList<>();
        List<Delivery.Outcome> outcomes = new CopyOnWriteArrayList<>();
        Job job = run(List.of(outbox(refund, NotificationKind.REFUNDED, buyer, UUID.randomUUID().toString())),
                new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(200), 10), live, outcomes);
        try {
            await(() -> outcomes.size() == 1);
            assertThat(outcomes).containsExactly(Delivery.Outcome.SENT);
            assertThat(FAILURES.get(Notification.idOf(refund, buyer))).isEqualTo(3);
            assertThat(INBOX).hasSize(1).allSatisfy(m -> assertThat(m).contains("Your refund for Concert event-1"));
            assertThat(DEAD).isEmpty();
        } finally {
            job.cancel();
        }
    }

    @Test
    void aMailThatNeverGetsThroughEndsInTheDeadLetterAfterTheLastAttempt() throws Exception {
        smtpDown = true;
        UUID buyer = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        List<String> live = new CopyOnWriteArrayList<>();
        List<Delivery.Outcome> outcomes = new CopyOnWriteArrayList<>();
        Job job = run(List.of(outbox(event, NotificationKind.ORDER_CONFIRMED, buyer, UUID.randomUUID().toString())),
                new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(40), 4), live, outcomes);
        try {
            await(() -> outcomes.size() == 1);
            assertThat(outcomes).containsExactly(Delivery.Outcome.DEAD_LETTERED);
            assertThat(FAILURES.get(Notification.idOf(event, buyer))).isEqualTo(4);
            assertThat(DEAD).containsExactly(Notification.idOf(event, buyer));
            assertThat(INBOX).isEmpty();
            assertThat(live).as("the in-app notification exists all the same").hasSize(1);
        } finally {
            job.cancel();
        }
    }
}
