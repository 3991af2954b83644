package org.ticketgrid.bench;

import java.util.Map;

/**
 * A place that holds seats, all or nothing: the grid, PostgreSQL row locks or a Redis lock. The
 * load generator drives every implementation the same way, so their numbers compare.
 *
 * <p>Implementations are thread-safe; {@link #hold} and {@link #release} block until the store
 * answered.
 */
public interface HoldStore extends AutoCloseable {

    /** Short name for the result table. */
    String name();

    /** Creates the shape's inventory with every seat free (replacing what a previous run left). */
    void prepare(Shape shape) throws Exception;

    /**
     * Holds every seat of {@code request} for {@code holdId} until {@code untilMillis}, or none.
     *
     * @return {@link Outcome#HELD} or {@link Outcome#TAKEN}; exceptions for failures
     */
    Outcome hold(Shape shape, HoldRequest request, long holdId, long nowMillis, long untilMillis);

    /** Frees the seats of {@code request} that {@code holdId} still holds; returns how many. */
    int release(Shape shape, HoldRequest request, long holdId);

    /** Every seat of the shape that is held at {@code nowMillis}: seat id to hold id. */
    Map<Long, Long> liveHolders(Shape shape, long nowMillis) throws Exception;

    /** Drops the shape's inventory. */
    default void dispose(Shape shape) throws Exception {
    }

    @Override
    void close();
}
