package org.ticketgrid.app.waitingroom.usecase;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ticketgrid.waitingroom.DrawOrder;
import org.ticketgrid.waitingroom.EventQueue;

/**
 * Place of a number and number at a place. Identity outside the pre-queue; inside, the draw,
 * computed once per (event, seed) and kept: every instance derives the same order from the seed,
 * so nothing but the seed has to be stored or shared.
 */
public final class Places {

    private record DrawKey(String eventId, long seed, long participants) {
    }

    private static final Map<DrawKey, DrawOrder> DRAWS = new ConcurrentHashMap<>();

    private Places() {
    }

    /** The place of {@code number}, or 0 while it is an undrawn pre-queue number. */
    public static long placeOf(String eventId, EventQueue queue, long number) {
        if (number > queue.prequeue()) {
            return number;
        }
        return queue.drawnAt() == 0 ? 0 : draw(eventId, queue).placeOf(number);
    }

    /** The number holding place {@code place} (places are known: see {@link EventQueue#placesKnown()}). */
    public static long numberAt(String eventId, EventQueue queue, long place) {
        return place > queue.prequeue() ? place : draw(eventId, queue).numberAt(place);
    }

    public static DrawOrder draw(String eventId, EventQueue queue) {
        if (DRAWS.size() > 1_000) {
            DRAWS.clear();
        }
        return DRAWS.computeIfAbsent(new DrawKey(eventId, queue.seed(), queue.prequeue()),
                k -> DrawOrder.of(k.seed(), Math.toIntExact(k.participants())));
    }
}
