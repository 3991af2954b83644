package org.ticketgrid.waitingroom.persistence;

import com.hazelcast.config.Config;
import com.hazelcast.config.MapStoreConfig;
import org.ticketgrid.platform.GridSettings;
import org.ticketgrid.waitingroom.WaitingRoomMaps;

/** Wires the waiting room's stores into a member's configuration (after its maps are declared). */
public final class WaitingRoomPersistence {

    private WaitingRoomPersistence() {
    }

    public static void configure(Config config, GridSettings.Database database) {
        Sql sql = new Sql(database);
        config.getMapConfig(WaitingRoomMaps.QUEUES).setMapStoreConfig(writeBehind(new QueueStore(sql)));
        config.getMapConfig(WaitingRoomMaps.TICKETS).setMapStoreConfig(writeBehind(new TicketStore(sql)));
        config.getMapConfig(WaitingRoomMaps.PLACES).setMapStoreConfig(new MapStoreConfig().setEnabled(true)
                .setImplementation(new PlaceLoader(sql))
                .setInitialLoadMode(MapStoreConfig.InitialLoadMode.EAGER));
    }

    private static MapStoreConfig writeBehind(Object store) {
        return new MapStoreConfig()
                .setEnabled(true)
                .setImplementation(store)
                .setWriteDelaySeconds(1)
                .setWriteBatchSize(1000)
                .setWriteCoalescing(true)
                .setInitialLoadMode(MapStoreConfig.InitialLoadMode.EAGER);
    }
}
