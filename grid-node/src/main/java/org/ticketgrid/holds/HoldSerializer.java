package org.ticketgrid.holds;

import com.hazelcast.nio.serialization.FieldKind;
import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;

/** Compact serializer for {@link Hold}; field names are the wire format. */
public final class HoldSerializer implements CompactSerializer<Hold> {

    @Override
    public Hold read(CompactReader in) {
        return new Hold(in.readInt64("holdId"), in.readString("eventId"), in.readString("accountId"),
                in.readArrayOfInt64("seatIds"), in.readInt64("totalCents"), in.readString("currency"),
                in.readInt64("createdAt"), in.readInt64("expiresAt"),
                in.getFieldKind("releasedAt") == FieldKind.INT64 ? in.readInt64("releasedAt") : 0);
    }

    @Override
    public void write(CompactWriter out, Hold hold) {
        out.writeInt64("holdId", hold.holdId());
        out.writeString("eventId", hold.eventId());
        out.writeString("accountId", hold.accountId());
        out.writeArrayOfInt64("seatIds", hold.seatIds());
        out.writeInt64("totalCents", hold.totalCents());
        out.writeString("currency", hold.currency());
        out.writeInt64("createdAt", hold.createdAt());
        out.writeInt64("expiresAt", hold.expiresAt());
        out.writeInt64("releasedAt", hold.releasedAt());
    }

    @Override
    public String getTypeName() {
        return "tg.Hold";
    }

    @Override
    public Class<Hold> getCompactClass() {
        return Hold.class;
    }
}
