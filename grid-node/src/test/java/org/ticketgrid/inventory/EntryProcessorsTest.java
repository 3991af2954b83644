package org.ticketgrid.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ticketgrid.grid.CountingEntry;
import org.ticketgrid.inventory.ep.HoldSeatsProcessor;
import org.ticketgrid.inventory.ep.ReleaseSeatsProcessor;
import org.ticketgrid.inventory.ep.SeatStatesProcessor;

/** The processors as the partition thread runs them, without a cluster: outcomes and writes. */
class EntryProcessorsTest {

    private static final SectionKey KEY = new SectionKey("e1", 1);

    private static CountingEntry<SectionKey, SectionInventory> entry(SectionInventory value) {
        return new CountingEntry<>(KEY, value);
    }

    @Test
    void holdWritesOnlyWhenItHolds() {
        var entry = entry(SectionInventory.available(4));
        assertThat(new HoldSeatsProcessor(new int[] {0, 1}, 1, 0, 100).process(entry).isHeld()).isTrue();
        assertThat(entry.writes()).isOne();
        assertThat(new HoldSeatsProcessor(new int[] {1}, 2, 0, 100).process(entry).kind())
                .isEqualTo(HoldOutcome.Kind.TAKEN);
        assertThat(entry.writes()).as("a refusal writes nothing, so no backup traffic").isOne();
    }

    @Test
    void holdOnAMissingSectionSaysSo() {
        var entry = entry(null);
        assertThat(new HoldSeatsProcessor(new int[] {0}, 1, 0, 100).process(entry).kind())
                .isEqualTo(HoldOutcome.Kind.NO_INVENTORY);
        assertThat(entry.writes()).isZero();
        assertThat(entry.getValue()).isNull();
    }

    @Test
    void releaseWritesOnlyWhenItFreesSomething() {
        var entry = entry(SectionInventory.available(4));
        new HoldSeatsProcessor(new int[] {2}, 5, 0, 100).process(entry);
        assertThat(new ReleaseSeatsProcessor(new int[] {2}, 6).process(entry)).isZero();
        assertThat(entry.writes()).isOne();
        assertThat(new ReleaseSeatsProcessor(new int[] {2}, 5).process(entry)).isOne();
        assertThat(entry.writes()).isEqualTo(2);
    }

    @Test
    void seatStatesIsReadOnlyAndHasNoBackupProcessor() {
        var entry = entry(SectionInventory.available(3));
        new HoldSeatsProcessor(new int[] {1}, 5, 0, 100).process(entry);
        SeatStatesProcessor read = new SeatStatesProcessor(50);
        assertThat(read.process(entry)).containsExactly(0, 1, 0);
        assertThat(read.getBackupProcessor()).isNull();
        assertThat(new SeatStatesProcessor(100).process(entry)).containsExactly(0, 0, 0);
    }
}
