package org.ticketgrid.grid.persistence;

import com.hazelcast.config.Config;
import com.hazelcast.config.MapStoreConfig;
import org.ticketgrid.platform.GridSettings;
import org.ticketgrid.platform.MapNames;
import org.ticketgrid.holds.persistence.HoldStore;
import org.ticketgrid.holds.persistence.QuotaStore;
import org.ticketgrid.inventory.persistence.InventoryStore;
import org.ticketgrid.platform.Jdbc;

/** Wires the map stores into a member's configuration. */
public final class GridPersistence {

    private GridPersistence() {
    }

    public static void configure(Config config, GridSettings.Database database) {
        Jdbc jdbc = new Jdbc(database);
        config.getMapConfig(MapNames.INVENTORY).setMapStoreConfig(writeBehind(new InventoryStore(jdbc)));
        config.getMapConfig(MapNames.HOLDS).setMapStoreConfig(writeBehind(new HoldStore(jdbc)));
        config.getMapConfig(MapNames.HOLD_QUOTAS).setMapStoreConfig(writeBehind(new QuotaStore(jdbc)));
    }

    private static MapStoreConfig writeBehind(Object store) {
        return new MapStoreConfig()
                .setEnabled(true)
                .setImplementation(store)
                .setWriteDelaySeconds(1)
                .setWriteBatchSize(500)
                .setWriteCoalescing(true)
                .setInitialLoadMode(MapStoreConfig.InitialLoadMode.EAGER);
    }
}
