package org.ticketgrid.app.platform;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ticketgrid.grid.GridSerialization;
import org.ticketgrid.platform.MapNames;
import org.ticketgrid.holds.Hold;
import org.ticketgrid.holds.quota.HoldQuota;
import org.ticketgrid.holds.quota.QuotaKey;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;

/** The app is a client of the grid, never a member: app instances come and go freely. */
@Configuration(proxyBeanMethods = false)
class GridClientConfiguration {

    @Bean(destroyMethod = "shutdown")
    HazelcastInstance hazelcastClient(TicketGridProperties properties) {
        var grid = properties.grid();
        ClientConfig config = new ClientConfig();
        config.setClusterName(grid.clusterName());
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.getNetworkConfig().setAddresses(grid.members()).setSmartRouting(true);
        config.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setClusterConnectTimeoutMillis(grid.connectTimeout().toMillis());
        GridSerialization.register(config.getSerializationConfig());
        return HazelcastClient.newHazelcastClient(config);
    }

    @Bean
    IMap<SectionKey, SectionInventory> inventoryMap(HazelcastInstance hazelcast) {
        return hazelcast.getMap(MapNames.INVENTORY);
    }

    @Bean
    IMap<Long, Hold> holdsMap(HazelcastInstance hazelcast) {
        return hazelcast.getMap(MapNames.HOLDS);
    }

    @Bean
    IMap<QuotaKey, HoldQuota> holdQuotasMap(HazelcastInstance hazelcast) {
        return hazelcast.getMap(MapNames.HOLD_QUOTAS);
    }

    /** Released seats (the sweeper's expiries and the app's releases), read by live seat maps. */
    @Bean
    ITopic<Object> seatEventsTopic(HazelcastInstance hazelcast) {
        return hazelcast.getReliableTopic(MapNames.SEAT_EVENTS);
    }
}
