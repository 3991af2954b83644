package org.ticketgrid.grid;

import com.hazelcast.config.SerializationConfig;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import org.ticketgrid.holds.HoldSerializer;
import org.ticketgrid.holds.quota.serialization.QuotaSerializers;
import org.ticketgrid.inventory.serialization.InventorySerializers;
import org.ticketgrid.waitingroom.WaitingRoomGrid;

/** Registers every Compact serializer; members and clients call the same method. */
public final class GridSerialization {

    private GridSerialization() {
    }

    public static SerializationConfig register(SerializationConfig config) {
        var compact = config.getCompactSerializationConfig();
        for (CompactSerializer<?> serializer : InventorySerializers.all()) {
            compact.addSerializer(serializer);
        }
        compact.addSerializer(new HoldSerializer());
        for (CompactSerializer<?> serializer : QuotaSerializers.all()) {
            compact.addSerializer(serializer);
        }
        WaitingRoomGrid.registerSerializers(config);
        return config;
    }
}
