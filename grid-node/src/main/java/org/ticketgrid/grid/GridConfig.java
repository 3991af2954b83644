package org.ticketgrid.grid;

import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.RestEndpointGroup;
import com.hazelcast.config.SplitBrainProtectionConfig;
import org.ticketgrid.grid.persistence.GridPersistence;
import org.ticketgrid.platform.GridSettings;
import org.ticketgrid.platform.MapNames;
import org.ticketgrid.waitingroom.WaitingRoomGrid;

/**
 * The member configuration, in code so that it is reviewed, tested and identical on every member.
 */
public final class GridConfig {

    private GridConfig() {
    }

    public static Config memberConfig(GridSettings settings) {
        Config config = new Config();
        config.setClusterName(settings.clusterName());
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");

        var network = config.getNetworkConfig();
        network.setPort(settings.port()).setPortAutoIncrement(true);
        network.getInterfaces().setEnabled(true).addInterface(settings.host());
        network.getRestApiConfig().setEnabled(true).enableGroups(RestEndpointGroup.HEALTH_CHECK);
        var join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(settings.members());

        config.getJetConfig().setEnabled(true).setResourceUploadEnabled(false);
        GridSerialization.register(config.getSerializationConfig());

        config.addSplitBrainProtectionConfig(new SplitBrainProtectionConfig(MapNames.INVENTORY_QUORUM, true,
                settings.minClusterSize()));

        // Inventory: OBJECT format, so an entry processor works on the live object instead of
        // deserializing a whole section per call; one synchronous backup.
        config.addMapConfig(new MapConfig(MapNames.INVENTORY)
                .setInMemoryFormat(InMemoryFormat.OBJECT)
                .setBackupCount(1)
                .setAsyncBackupCount(0)
                .setSplitBrainProtectionName(MapNames.INVENTORY_QUORUM)
                // Search availability: a Jet job reads the journal (event ids only) and counts an
                // event's sections through the index, at most once a second per event.
                .setEventJournalConfig(new com.hazelcast.config.EventJournalConfig().setEnabled(true)
                        .setCapacity(100_000))
                .addIndexConfig(new com.hazelcast.config.IndexConfig(com.hazelcast.config.IndexType.HASH,
                        "__key.eventId")));
        config.addMapConfig(new MapConfig(MapNames.HOLDS)
                .setBackupCount(1)
                .setAsyncBackupCount(0));
        // Quotas decide whether a hold may be placed, so they get the inventory's guarantees:
        // one synchronous backup and no writes in a minority partition.
        config.addMapConfig(new MapConfig(MapNames.HOLD_QUOTAS)
                .setBackupCount(1)
                .setAsyncBackupCount(0)
                .setSplitBrainProtectionName(MapNames.INVENTORY_QUORUM));
        if (settings.database() != null) {
            GridPersistence.configure(config, settings.database());
        }
        WaitingRoomGrid.configure(config, MapNames.INVENTORY_QUORUM, settings.database());
        return config;
    }
}
