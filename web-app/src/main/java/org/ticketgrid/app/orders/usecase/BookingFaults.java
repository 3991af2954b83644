package org.ticketgrid.app.orders.usecase;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Crash points between the booking steps, for the tests that prove a redelivery finishes the job
 * exactly once. Nothing is armed in production: {@link #at} is then a map lookup.
 */
@Component
public class BookingFaults {

    /** The places where booking can be interrupted. */
    public enum Point {
        /** The order is CONFIRMED with tickets in PostgreSQL; the grid does not know yet. */
        AFTER_DATABASE_COMMIT,
        /** The seats are sold in the grid; the payment is not captured yet. */
        AFTER_GRID_CONFIRM,
        /** The payment is captured; the Kafka offset is not committed yet. */
        AFTER_CAPTURE
    }

    /** Thrown at an armed point, as a crash would stop the consumer there. */
    public static final class InjectedCrash extends RuntimeException {
        InjectedCrash(Point point, UUID orderId) {
            super("injected crash " + point + " for order " + orderId, null, false, false);
        }
    }

    private final Map<UUID, Point> armed = new ConcurrentHashMap<>();
    private final Map<UUID, Point> fired = new ConcurrentHashMap<>();

    /** The next booking of {@code orderId} stops once at {@code point}. */
    public void arm(UUID orderId, Point point) {
        armed.put(orderId, point);
    }

    /** Where the booking of {@code orderId} was stopped, if it was. */
    public Point fired(UUID orderId) {
        return fired.get(orderId);
    }

    void at(Point point, UUID orderId) {
        if (armed.remove(orderId, point)) {
            fired.put(orderId, point);
            throw new InjectedCrash(point, orderId);
        }
    }
}
