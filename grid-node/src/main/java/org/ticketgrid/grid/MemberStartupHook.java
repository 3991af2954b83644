package org.ticketgrid.grid;

import com.hazelcast.core.HazelcastInstance;

/**
 * Work a member does once it has joined the cluster, found with {@link java.util.ServiceLoader}:
 * the Jet pipelines module deploys its jobs this way without grid-node depending on it.
 */
public interface MemberStartupHook {

    void onMemberStarted(HazelcastInstance member);
}
