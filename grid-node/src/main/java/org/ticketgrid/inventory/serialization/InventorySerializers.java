package org.ticketgrid.inventory.serialization;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import java.util.List;
import org.ticketgrid.inventory.HoldOutcome;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;
import org.ticketgrid.inventory.ep.HoldSeatsProcessor;
import org.ticketgrid.inventory.ep.ReleaseSeatsProcessor;
import org.ticketgrid.inventory.ep.SeatStatesProcessor;

/**
 * Explicit Compact serializers for the inventory types: no reflection on the hot path, and field
 * names fixed here so a rename in Java does not silently change the wire format.
 */
public final class InventorySerializers {

    private InventorySerializers() {
    }

    public static List<CompactSerializer<?>> all() {
        return List.of(new SectionKeySerializer(), new SectionInventorySerializer(), new HoldOutcomeSerializer(),
                new HoldSeatsSerializer(), new ReleaseSeatsSerializer(), new SeatStatesSerializer());
    }

    static final class SectionKeySerializer implements CompactSerializer<SectionKey> {
        @Override
        public SectionKey read(CompactReader in) {
            return new SectionKey(in.readString("eventId"), in.readInt64("sectionId"));
        }

        @Override
        public void write(CompactWriter out, SectionKey key) {
            out.writeString("eventId", key.eventId());
            out.writeInt64("sectionId", key.sectionId());
        }

        @Override
        public String getTypeName() {
            return "tg.SectionKey";
        }

        @Override
        public Class<SectionKey> getCompactClass() {
            return SectionKey.class;
        }
    }

    static final class SectionInventorySerializer implements CompactSerializer<SectionInventory> {
        @Override
        public SectionInventory read(CompactReader in) {
            return new SectionInventory(in.readArrayOfInt8("states"), in.readArrayOfInt64("holdUntil"),
                    in.readArrayOfInt64("holdIds"));
        }

        @Override
        public void write(CompactWriter out, SectionInventory inv) {
            out.writeArrayOfInt8("states", SectionInventory.Raw.states(inv));
            out.writeArrayOfInt64("holdUntil", SectionInventory.Raw.holdUntil(inv));
            out.writeArrayOfInt64("holdIds", SectionInventory.Raw.holdIds(inv));
        }

        @Override
        public String getTypeName() {
            return "tg.SectionInventory";
        }

        @Override
        public Class<SectionInventory> getCompactClass() {
            return SectionInventory.class;
        }
    }

    static final class HoldOutcomeSerializer implements CompactSerializer<HoldOutcome> {
        @Override
        public HoldOutcome read(CompactReader in) {
            return new HoldOutcome(HoldOutcome.Kind.values()[in.readInt8("kind")], in.readArrayOfInt32("seats"));
        }

        @Override
        public void write(CompactWriter out, HoldOutcome outcome) {
            out.writeInt8("kind", (byte) outcome.kind().ordinal());
            out.writeArrayOfInt32("seats", outcome.seats());
        }

        @Override
        public String getTypeName() {
            return "tg.HoldOutcome";
        }

        @Override
        public Class<HoldOutcome> getCompactClass() {
            return HoldOutcome.class;
        }
    }

    static final class HoldSeatsSerializer implements CompactSerializer<HoldSeatsProcessor> {
        @Override
        public HoldSeatsProcessor read(CompactReader in) {
            return new HoldSeatsProcessor(in.readArrayOfInt32("seats"), in.readInt64("holdId"), in.readInt64("now"),
                    in.readInt64("until"));
        }

        @Override
        public void write(CompactWriter out, HoldSeatsProcessor p) {
            out.writeArrayOfInt32("seats", p.seats());
            out.writeInt64("holdId", p.holdId());
            out.writeInt64("now", p.now());
            out.writeInt64("until", p.until());
        }

        @Override
        public String getTypeName() {
            return "tg.HoldSeats";
        }

        @Override
        public Class<HoldSeatsProcessor> getCompactClass() {
            return HoldSeatsProcessor.class;
        }
    }

    static final class ReleaseSeatsSerializer implements CompactSerializer<ReleaseSeatsProcessor> {
        @Override
        public ReleaseSeatsProcessor read(CompactReader in) {
            return new ReleaseSeatsProcessor(in.readArrayOfInt32("seats"), in.readInt64("holdId"));
        }

        @Override
        public void write(CompactWriter out, ReleaseSeatsProcessor p) {
            out.writeArrayOfInt32("seats", p.seats());
            out.writeInt64("holdId", p.holdId());
        }

        @Override
        public String getTypeName() {
            return "tg.ReleaseSeats";
        }

        @Override
        public Class<ReleaseSeatsProcessor> getCompactClass() {
            return ReleaseSeatsProcessor.class;
        }
    }

    static final class SeatStatesSerializer implements CompactSerializer<SeatStatesProcessor> {
        @Override
        public SeatStatesProcessor read(CompactReader in) {
            return new SeatStatesProcessor(in.readInt64("now"));
        }

        @Override
        public void write(CompactWriter out, SeatStatesProcessor p) {
            out.writeInt64("now", p.now());
        }

        @Override
        public String getTypeName() {
            return "tg.SeatStates";
        }

        @Override
        public Class<SeatStatesProcessor> getCompactClass() {
            return SeatStatesProcessor.class;
        }
    }
}
