package org.ticketgrid.grid;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts one Hazelcast member (with Jet) of the TicketGrid cluster. */
public final class GridMember {

    private static final Logger LOG = LoggerFactory.getLogger(GridMember.class);

    private GridMember() {
    }

    public static void main(String[] args) {
        HazelcastInstance member = start(GridSettings.fromEnvironment());
        Runtime.getRuntime().addShutdownHook(new Thread(member::shutdown, "grid-shutdown"));
    }

    public static HazelcastInstance start(GridSettings settings) {
        HazelcastInstance member = Hazelcast.newHazelcastInstance(GridConfig.memberConfig(settings));
        for (MemberStartupHook hook : ServiceLoader.load(MemberStartupHook.class)) {
            try {
                hook.onMemberStarted(member);
            } catch (RuntimeException e) {
                // A failed hook (say, a job that cannot be submitted yet) must not take the
                // inventory down with it; it is logged and the member serves on.
                LOG.error("start-up hook {} failed", hook.getClass().getName(), e);
            }
        }
        LOG.info("TicketGrid member started: {}", member.getCluster().getLocalMember());
        return member;
    }
}
