package org.ticketgrid.bench;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Prints the first few failures per source, so a broken store is visible without a log flood. */
final class Errors {

    private static final ConcurrentHashMap<String, AtomicInteger> SEEN = new ConcurrentHashMap<>();

    private Errors() {
    }

    static void report(String source, Throwable e) {
        int n = SEEN.computeIfAbsent(source, k -> new AtomicInteger()).incrementAndGet();
        if (n <= 3) {
            System.err.println("[bench] " + source + " failed: " + e);
        }
    }
}
