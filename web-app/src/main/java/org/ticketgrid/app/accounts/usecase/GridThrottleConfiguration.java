package org.ticketgrid.app.accounts.usecase;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ticketgrid.app.accounts.Throttle;

/**
 * Token buckets in the grid, through Bucket4j's compare-and-swap proxy manager: the bucket state is
 * a {@code byte[]} that the client reads, changes and writes back with {@code replace(k, old, new)}.
 * Unlike the entry-processor manager it needs no Bucket4j class on the members (which run the grid
 * code only); see docs/adr/0010-accounts-and-security.md.
 */
@Configuration(proxyBeanMethods = false)
class GridThrottleConfiguration {

    /** The grid map of rate-limit buckets (key to Bucket4j state bytes). */
    static final String MAP = "ticketgrid-rate-limits";
    /** Idle buckets vanish after this: longer than the slowest refill, so no limit is forgotten early. */
    static final Duration IDLE_EXPIRY = Duration.ofHours(2);

    private static final Logger LOG = LoggerFactory.getLogger(GridThrottleConfiguration.class);

    @Bean
    Throttle throttle(HazelcastInstance hazelcast) {
        declareExpiry(hazelcast);
        IMap<String, byte[]> map = hazelcast.getMap(MAP);
        ProxyManager<String> buckets = Bucket4jHazelcast.casBasedBuilder(map).build();
        return new Throttle((key, limit) -> buckets.builder().build(key, () -> BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .build()));
    }

    /**
     * Idle buckets expire (a dynamic map configuration: plain settings, nothing the members must
     * deserialize). If the cluster already has a different configuration for the map, that one wins.
     */
    private static void declareExpiry(HazelcastInstance hazelcast) {
        try {
            hazelcast.getConfig().addMapConfig(new MapConfig(MAP)
                    .setMaxIdleSeconds((int) IDLE_EXPIRY.toSeconds()).setBackupCount(1));
        } catch (RuntimeException e) {
            LOG.warn("could not declare expiry of {} ({}); the cluster's configuration applies", MAP, e.toString());
        }
    }
}
