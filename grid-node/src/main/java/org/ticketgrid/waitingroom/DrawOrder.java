package org.ticketgrid.waitingroom;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The pre-queue draw: a seeded shuffle anyone can re-run from the published seed.
 *
 * <p>Algorithm ({@value #ALGORITHM}): start from the arrival order {@code [1, 2, ..., n]} (numbers
 * in the order the buyers joined), then Fisher-Yates from the end: for {@code i = n-1} down to
 * {@code 1}, swap index {@code i} with index {@code j = uniform(i + 1)}. {@code uniform(bound)}
 * reads the next 64-bit block of the stream {@code SHA-256(seed || counter)} (the seed and a
 * counter from 0, each as 8 big-endian bytes; the first 8 bytes of each digest, as an unsigned
 * big-endian number {@code r}), and rejects blocks with {@code r >= 2^64 - (2^64 mod bound)} so
 * that every index is equally likely; it returns {@code r mod bound}. The result {@code order[k]}
 * is the arrival number that gets place {@code k + 1}.
 *
 * <p>SHA-256 rather than a language's own PRNG so that the draw is reproducible from its
 * description in any language, not only with this class.
 */
public final class DrawOrder {

    public static final String ALGORITHM = "fisher-yates/sha256-counter-v1";

    private final int[] order;
    private final int[] placeOfNumber;

    private DrawOrder(int[] order) {
        this.order = order;
        this.placeOfNumber = new int[order.length + 1];
        for (int k = 0; k < order.length; k++) {
            placeOfNumber[order[k]] = k + 1;
        }
    }

    /** The draw of {@code participants} pre-queue numbers with {@code seed}. */
    public static DrawOrder of(long seed, int participants) {
        int[] order = new int[participants];
        for (int i = 0; i < participants; i++) {
            order[i] = i + 1;
        }
        Stream stream = new Stream(seed);
        for (int i = participants - 1; i >= 1; i--) {
            int j = (int) stream.uniform(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return new DrawOrder(order);
    }

    public int participants() {
        return order.length;
    }

    /** The place (1-based) drawn for pre-queue number {@code number}. */
    public long placeOf(long number) {
        return placeOfNumber[(int) number];
    }

    /** The pre-queue number at place {@code place} (1-based). */
    public long numberAt(long place) {
        return order[(int) place - 1];
    }

    /** The arrival numbers in place order (a copy). */
    public int[] order() {
        return order.clone();
    }

    /** The SHA-256 counter stream. */
    private static final class Stream {
        private final MessageDigest sha;
        private final long seed;
        private long counter;

        Stream(long seed) {
            this.seed = seed;
            try {
                this.sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        long uniform(long bound) {
            // Largest multiple of bound that fits in 2^64, as unsigned: reject above it (no modulo bias).
            long limit = -Long.remainderUnsigned(-bound, bound) ;
            while (true) {
                long r = next();
                if (limit == 0 || Long.compareUnsigned(r, limit) < 0) {
                    return Long.remainderUnsigned(r, bound);
                }
            }
        }

        private long next() {
            sha.reset();
            sha.update(ByteBuffer.allocate(16).putLong(seed).putLong(counter++).array());
            return ByteBuffer.wrap(sha.digest()).getLong();
        }
    }
}
