package org.ticketgrid.waitingroom;

import com.hazelcast.config.Config;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.SerializationConfig;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import org.ticketgrid.platform.GridSettings;
import org.ticketgrid.waitingroom.persistence.WaitingRoomPersistence;
import org.ticketgrid.waitingroom.serialization.WaitingRoomSerializers;

/**
 * The waiting room's part of the member configuration: its maps (one synchronous backup each, so
 * a member's loss keeps every place; no writes in a minority partition, like the inventory) and
 * their write-behind stores. Called from the grid's configuration at one point.
 */
public final class WaitingRoomGrid {

    private WaitingRoomGrid() {
    }

    public static void configure(Config config, String quorumName, GridSettings.Database database) {
        for (String name : new String[] {WaitingRoomMaps.QUEUES, WaitingRoomMaps.TICKETS, WaitingRoomMaps.PLACES}) {
            config.addMapConfig(new MapConfig(name)
                    .setBackupCount(1)
                    .setAsyncBackupCount(0)
                    .setSplitBrainProtectionName(quorumName));
        }
        if (database != null) {
            WaitingRoomPersistence.configure(config, database);
        }
    }

    public static void registerSerializers(SerializationConfig config) {
        for (CompactSerializer<?> serializer : WaitingRoomSerializers.all()) {
            config.getCompactSerializationConfig().addSerializer(serializer);
        }
    }
}
