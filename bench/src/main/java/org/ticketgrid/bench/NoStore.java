package org.ticketgrid.bench;

import java.util.Map;

/**
 * Calibration: a "store" that answers at once without doing anything. Its open-loop latency is the
 * load generator's own (thread wake-ups, scheduling on the shared cores, the bench's GC), the floor
 * under every other row. It answers TAKEN so that nothing enters the ledger.
 */
final class NoStore implements HoldStore {

    static final String NAME = "(none)";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void prepare(Shape shape) {
    }

    @Override
    public Outcome hold(Shape shape, HoldRequest request, long holdId, long nowMillis, long untilMillis) {
        return Outcome.TAKEN;
    }

    @Override
    public int release(Shape shape, HoldRequest request, long holdId) {
        return 0;
    }

    @Override
    public Map<Long, Long> liveHolders(Shape shape, long nowMillis) {
        return Map.of();
    }

    @Override
    public void close() {
    }
}
