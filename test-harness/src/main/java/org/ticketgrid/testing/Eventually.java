package org.ticketgrid.testing;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Polls for an outcome of an asynchronous flow (CDC to search, webhooks to orders) until it
 * holds or the deadline passes; the last failure is rethrown so the test says what was missing.
 */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T eventually(Duration timeout, Supplier<T> attempt) {
        long deadline = System.nanoTime() + timeout.toNanos();
        AssertionError last = null;
        RuntimeException lastException = null;
        while (System.nanoTime() < deadline) {
            try {
                return attempt.get();
            } catch (AssertionError e) {
                last = e;
            } catch (RuntimeException e) {
                lastException = e;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (last != null) {
            throw last;
        }
        throw new AssertionError("condition not met within " + timeout, lastException);
    }

    public static void eventually(Duration timeout, Runnable attempt) {
        eventually(timeout, () -> {
            attempt.run();
            return null;
        });
    }
}
