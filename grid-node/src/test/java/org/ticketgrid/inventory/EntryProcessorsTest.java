package org.ticketgrid.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ticketgrid.inventory.ep.HoldSeatsProcessor;
import org.ticketgrid.inventory.ep.ReleaseSeatsProcessor;
import org.ticketgrid.inventory.ep.SeatStatesProcessor;

/** The processors as the partition thread runs them, without a cluster: outcomes and writes. */
class EntryProcessorsTest {

    /** An entry that counts writes, standing in for the partition's record. */
    static final class CountingEntry implements Map.Entry<SectionKey, SectionInventory> {
        private final SectionKey key = new SectionKey("e1", 1);
        private SectionInventory value;
        int writes;

        CountingEntry(SectionInventory value) {
            this.value = value;
        }

        @Override
        public SectionKey getKey() {
            return key;
        }

        @Override
        public SectionInventory getValue() {
            return value;
        }

        @Override
        public SectionInventory setValue(SectionInventory v) {
            writes++;
            SectionInventory old = value;
            value = v;
            return old;
        }
    }

    @Test
    void holdWritesOnlyWhenItHolds() {
        CountingEntry entry = new CountingEntry(SectionInventory.available(4));
        assertThat(new HoldSeatsProcessor(new int[] {0, 1}, 1, 0, 100).process(entry).isHeld()).isTrue();
        assertThat(entry.writes).isOne();
        assertThat(new HoldSeatsProcessor(new int[] {1}, 2, 0, 100).process(entry).kind())
                .isEqualTo(HoldOutcome.Kind.TAKEN);
        assertThat(entry.writes).as("a refusal writes nothing, so no backup traffic").isOne();
    }

    @Test
    void holdOnAMissingSectionSaysSo() {
        CountingEntry entry = new CountingEntry(null);
        assertThat(new HoldSeatsProcessor(new int[] {0}, 1, 0, 100).process(entry).kind())
                .isEqualTo(HoldOutcome.Kind.NO_INVENTORY);
        assertThat(entry.writes).isZero();
        assertThat(entry.getValue()).isNull();
    }

    @Test
    void releaseWritesOnlyWhenItFreesSomething() {
        CountingEntry entry = new CountingEntry(SectionInventory.available(4));
        new HoldSeatsProcessor(new int[] {2}, 5, 0, 100).process(entry);
        assertThat(new ReleaseSeatsProcessor(new int[] {2}, 6).process(entry)).isZero();
        assertThat(entry.writes).isOne();
        assertThat(new ReleaseSeatsProcessor(new int[] {2}, 5).process(entry)).isOne();
        assertThat(entry.writes).isEqualTo(2);
    }

    @Test
    void seatStatesIsReadOnlyAndHasNoBackupProcessor() {
        CountingEntry entry = new CountingEntry(SectionInventory.available(3));
        new HoldSeatsProcessor(new int[] {1}, 5, 0, 100).process(entry);
        SeatStatesProcessor read = new SeatStatesProcessor(50);
        assertThat(read.process(entry)).containsExactly(0, 1, 0);
        assertThat(read.getBackupProcessor()).isNull();
        assertThat(new SeatStatesProcessor(100).process(entry)).containsExactly(0, 0, 0);
    }
}
