package org.ticketgrid.grid;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.ServiceLoader;
import org.ticketgrid.holds.HoldSweeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ticketgrid.platform.GridSettings;
import org.ticketgrid.platform.MapNames;

/** Starts one Hazelcast member (with Jet) of the TicketGrid cluster. */
public final class GridMember {

    private static final Logger LOG = LoggerFactory.getLogger(GridMember.class);

    /** How often expired holds are tidied and announced; readers never wait for it. */
    static final long SWEEP_PERIOD_MILLIS = 1_000;

    private GridMember() {
    }

    public static void main(String[] args) {
        HazelcastInstance member = start(GridSettings.fromEnvironment());
        Runtime.getRuntime().addShutdownHook(new Thread(member::shutdown, "grid-shutdown"));
    }

    /**
     * Split-brain protection is decided from membership events, so right after start it may not
     * have judged yet and refuses inventory operations; wait for its verdict before serving.
     */
    private static void awaitInventoryQuorum(HazelcastInstance member) {
        var protection = member.getSplitBrainProtectionService().getSplitBrainProtection(MapNames.INVENTORY_QUORUM);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!protection.hasMinimumSize() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!protection.hasMinimumSize()) {
            LOG.warn("inventory quorum not reached yet: inventory stays read-only until enough members join");
        }
    }

    public static HazelcastInstance start(GridSettings settings) {
        HazelcastInstance member = Hazelcast.newHazelcastInstance(GridConfig.memberConfig(settings));
        // Before the hooks: a Jet job that reads the inventory (search availability) fails for good
        // when it starts while the quorum has not been judged yet.
        awaitInventoryQuorum(member);
        for (MemberStartupHook hook : ServiceLoader.load(MemberStartupHook.class)) {
            try {
                hook.onMemberStarted(member);
            } catch (RuntimeException e) {
                // A failed hook (say, a job that cannot be submitted yet) must not take the
                // inventory down with it; it is logged and the member serves on.
                LOG.error("start-up hook {} failed", hook.getClass().getName(), e);
            }
        }
        // Touching the inventory map also starts its eager load from PostgreSQL (cold start).
        new HoldSweeper(member).start(SWEEP_PERIOD_MILLIS);
        LOG.info("TicketGrid member started: {}", member.getCluster().getLocalMember());
        return member;
    }
}
