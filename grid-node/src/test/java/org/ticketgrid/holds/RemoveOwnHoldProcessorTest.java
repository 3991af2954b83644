package org.ticketgrid.holds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractMap;
import org.junit.jupiter.api.Test;
import org.ticketgrid.holds.ep.RemoveOwnHoldProcessor;

/** Only the owner removes a hold record, in one step. */
class RemoveOwnHoldProcessorTest {

    @Test
    void removesOnlyTheOwnersHold() {
        Hold hold = new Hold(7, "e", "alice", new long[] {1L << 20}, 100, "EUR", 0, 10);
        var entry = new AbstractMap.SimpleEntry<Long, Hold>(7L, hold);
        assertThat(new RemoveOwnHoldProcessor("mallory").process(entry)).isNull();
        assertThat(entry.getValue()).isSameAs(hold);
        assertThat(new RemoveOwnHoldProcessor("alice").process(entry)).isSameAs(hold);
        assertThat(entry.getValue()).isNull();
        assertThat(new RemoveOwnHoldProcessor("alice").process(entry)).isNull();
    }
}
