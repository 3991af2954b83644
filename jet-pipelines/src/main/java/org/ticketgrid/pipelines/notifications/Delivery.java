package org.ticketgrid.pipelines.notifications;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the mail of a notification once: skips it when the store says it was sent, renders it,
 * hands it to the SMTP server and records it sent. A failure (SMTP down, a database hiccup) is
 * recorded and retried with backoff ({@link RetryPolicy}); after the last attempt the notification
 * goes to the dead-letter table. Works asynchronously: a retry waiting for the SMTP server holds no
 * Jet thread, and Jet saves in-flight items in its snapshots, so a restarted job retries them.
 */
public final class Delivery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    /** What became of a notification's mail. */
    public enum Outcome {
        /** The SMTP server took it now. */
        SENT,
        /** It had been sent before (a replay after a restart): nothing sent now. */
        ALREADY_SENT,
        /** Nothing to send (no address, the order is gone). */
        NOTHING_TO_SEND,
        /** Every attempt failed: it is in the dead-letter table. */
        DEAD_LETTERED
    }

    private final NotificationStore store;
    private final MailComposer composer;
    private final Mailer mailer;
    private final RetryPolicy policy;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;

    public Delivery(NotificationStore store, MailComposer composer, Mailer mailer, RetryPolicy policy, int threads) {
        this.store = store;
        this.composer = composer;
        this.mailer = mailer;
        this.policy = policy;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "notification-mail-" + n.incrementAndGet()));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "notification-mail-retry"));
    }

    public CompletableFuture<Outcome> deliver(Notification notification) {
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        workers.execute(() -> attempt(notification, null, 1, done));
        return done;
    }

    private void attempt(Notification n, OutgoingMail rendered, int attempt, CompletableFuture<Outcome> done) {
        OutgoingMail mail = rendered;
        try {
            if (store.emailSent(n.id())) {
                done.complete(Outcome.ALREADY_SENT);
                return;
            }
            if (mail == null) {
                mail = composer.compose(n);
                if (mail == null) {
                    done.complete(Outcome.NOTHING_TO_SEND);
                    return;
                }
            }
            mailer.send(mail, "<" + n.id() + "@notifications.ticketgrid>");
            store.markEmailSent(n);
            done.complete(Outcome.SENT);
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            try {
                store.emailFailed(n.id(), attempt, error);
                if (policy.exhausted(attempt)) {
                    LOG.error("mail of notification {} failed {} times; dead-lettered: {}", n.id(), attempt, error);
                    store.deadLetter(n.id(), attempt, error);
                    done.complete(Outcome.DEAD_LETTERED);
                    return;
                }
            } catch (RuntimeException storeDown) {
                LOG.warn("could not record the failed mail of {} ({}); retrying", n.id(), storeDown.getMessage());
            }
            LOG.warn("mail of notification {} failed (attempt {}), retrying in {}: {}", n.id(), attempt,
                    policy.delayAfter(attempt), error);
            OutgoingMail keep = mail;
            timer.schedule(() -> workers.execute(() -> attempt(n, keep, attempt + 1, done)),
                    policy.delayAfter(attempt).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
