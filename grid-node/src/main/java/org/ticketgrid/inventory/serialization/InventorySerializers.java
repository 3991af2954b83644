package org.ticketgrid.inventory.serialization;

import com.hazelcast.nio.serialization.FieldKind;
import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import java.util.List;
import org.ticketgrid.inventory.HoldOutcome;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.ticketgrid.inventory.ep.ConfirmSeatsProcessor;
import org.ticketgrid.inventory.ep.ExtendHoldProcessor;
import org.ticketgrid.inventory.ep.HoldAnyProcessor;
import org.ticketgrid.inventory.ep.HoldSeatsProcessor;
import org.ticketgrid.inventory.ep.RevokeSeatsProcessor;
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
                new HoldSeatsSerializer(), new ReleaseSeatsSerializer(), new SeatStatesSerializer(),
                new HoldAnySerializer(), new SeatsAndHoldSerializer<>("tg.ConfirmSeats", ConfirmSeatsProcessor.class,
                        ConfirmSeatsProcessor::new, ConfirmSeatsProcessor::seats, ConfirmSeatsProcessor::holdId),
                new SeatsAndHoldSerializer<>("tg.RevokeSeats", RevokeSeatsProcessor.class, RevokeSeatsProcessor::new,
                        RevokeSeatsProcessor::seats, RevokeSeatsProcessor::holdId),
                new ExtendHoldSerializer());
    }

    static final class SectionKeySerializer implements CompactSerializer<SectionKey> {
        @Override
        public SectionKey read(CompactReader in) {
            // Keys written before stripes existed have no 'stripe' field: they mean stripe 0.
            int stripe = in.getFieldKind("stripe") == FieldKind.INT32 ? in.readInt32("stripe") : 0;
            return new SectionKey(in.readString("eventId"), in.readInt64("sectionId"), stripe);
        }

        @Override
        public void write(CompactWriter out, SectionKey key) {
            out.writeString("eventId", key.eventId());
            out.writeInt64("sectionId", key.sectionId());
            out.writeInt32("stripe", key.stripe());
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

    static final class HoldAnySerializer implements CompactSerializer<HoldAnyProcessor> {
        @Override
        public HoldAnyProcessor read(CompactReader in) {
            return new HoldAnyProcessor(in.readInt32("quantity"), in.readInt64("holdId"), in.readInt64("now"),
                    in.readInt64("until"));
        }

        @Override
        public void write(CompactWriter out, HoldAnyProcessor p) {
            out.writeInt32("quantity", p.quantity());
            out.writeInt64("holdId", p.holdId());
            out.writeInt64("now", p.now());
            out.writeInt64("until", p.until());
        }

        @Override
        public String getTypeName() {
            return "tg.HoldAny";
        }

        @Override
        public Class<HoldAnyProcessor> getCompactClass() {
            return HoldAnyProcessor.class;
        }
    }

    static final class ExtendHoldSerializer implements CompactSerializer<ExtendHoldProcessor> {
        @Override
        public ExtendHoldProcessor read(CompactReader in) {
            return new ExtendHoldProcessor(in.readArrayOfInt32("seats"), in.readInt64("holdId"),
                    in.readInt64("until"));
        }

        @Override
        public void write(CompactWriter out, ExtendHoldProcessor p) {
            out.writeArrayOfInt32("seats", p.seats());
            out.writeInt64("holdId", p.holdId());
            out.writeInt64("until", p.until());
        }

        @Override
        public String getTypeName() {
            return "tg.ExtendHold";
        }

        @Override
        public Class<ExtendHoldProcessor> getCompactClass() {
            return ExtendHoldProcessor.class;
        }
    }

    /** For processors that carry only seat indexes and a hold id. */
    static final class SeatsAndHoldSerializer<T> implements CompactSerializer<T> {
        private final String typeName;
        private final Class<T> type;
        private final BiFunction<int[], Long, T> create;
        private final Function<T, int[]> seats;
        private final ToLongFunction<T> holdId;

        SeatsAndHoldSerializer(String typeName, Class<T> type, BiFunction<int[], Long, T> create,
                Function<T, int[]> seats, ToLongFunction<T> holdId) {
            this.typeName = typeName;
            this.type = type;
            this.create = create;
            this.seats = seats;
            this.holdId = holdId;
        }

        @Override
        public T read(CompactReader in) {
            return create.apply(in.readArrayOfInt32("seats"), in.readInt64("holdId"));
        }

        @Override
        public void write(CompactWriter out, T p) {
            out.writeArrayOfInt32("seats", seats.apply(p));
            out.writeInt64("holdId", holdId.applyAsLong(p));
        }

        @Override
        public String getTypeName() {
            return typeName;
        }

        @Override
        public Class<T> getCompactClass() {
            return type;
        }
    }
}
