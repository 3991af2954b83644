package org.ticketgrid.waitingroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ticketgrid.grid.GridConfig;
import org.ticketgrid.platform.GridSettings;
import org.ticketgrid.testing.RealServices;
import org.ticketgrid.testing.RealStack;
import org.ticketgrid.waitingroom.ep.AdmitTicketProcessor;
import org.ticketgrid.waitingroom.ep.ClaimPlaceProcessor;
import org.ticketgrid.waitingroom.ep.TakeNumberProcessor;

/**
 * The queue survives the loss of one of two members (one synchronous backup of every map), and a
 * full cluster restart (write-behind to PostgreSQL, loaded on a cold start).
 */
@RealServices
class WaitingRoomFailoverIT {

    @Test
    void theQueueSurvivesTheKillOfOneOfTwoMembersAndAFullRestart() throws Exception {
        String cluster = "wr-failover-" + UUID.randomUUID();
        int portA = freePort();
        int portB = freePort();
        List<String> members = List.of("127.0.0.1:" + portA, "127.0.0.1:" + portB);
        HazelcastInstance a = startMember(cluster, portA, members);
        HazelcastInstance b = startMember(cluster, portB, members);
        String event = UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        IMap<String, EventQueue> queues = b.getMap(WaitingRoomMaps.QUEUES);
        IMap<QueueTicketKey, QueueTicket> tickets = b.getMap(WaitingRoomMaps.TICKETS);
        IMap<QueuePlaceKey, Long> places = b.getMap(WaitingRoomMaps.PLACES);
        for (int i = 1; i <= 300; i++) {
            String account = "account-" + i;
            QueueNumber n = queues.executeOnKey(event, new TakeNumberProcessor(now, now));
            QueueTicket t = QueueTicket.joined(event, account, n.number(), n.prequeue(), now);
            tickets.set(t.key(), t);
            assertThat(places.executeOnKey(new QueuePlaceKey(event, account), new ClaimPlaceProcessor(n.number(), 0)))
                    .isEqualTo(n.number());
        }
        tickets.executeOnKey(new QueueTicketKey(event, 1), new AdmitTicketProcessor(now, now + 600_000, 600_000));
        Thread.sleep(3_000); // write-behind delay is 1 s

        b.getLifecycleService().terminate(); // a kill: no graceful migration
        org.ticketgrid.testing.Eventually.eventually(java.time.Duration.ofSeconds(60),
                () -> assertThat(a.getCluster().getMembers()).hasSize(1));
        assertSurvived(a, event, now);

        a.getLifecycleService().terminate(); // the whole cluster is gone
        int portC = freePort();
        HazelcastInstance c = startMember(cluster, portC, List.of("127.0.0.1:" + portC));
        try {
            assertSurvived(c, event, now);
        } finally {
            c.getLifecycleService().terminate();
        }
    }

    private static void assertSurvived(HazelcastInstance member, String event, long now) {
        EventQueue queue = member.<String, EventQueue>getMap(WaitingRoomMaps.QUEUES).get(event);
        assertThat(queue.issued()).isEqualTo(300);
        IMap<QueueTicketKey, QueueTicket> tickets = member.getMap(WaitingRoomMaps.TICKETS);
        IMap<QueuePlaceKey, Long> places = member.getMap(WaitingRoomMaps.PLACES);
        for (int i = 1; i <= 300; i++) {
            QueueTicket t = tickets.get(new QueueTicketKey(event, i));
            assertThat(t).as("place " + i).isNotNull();
            assertThat(t.state()).isEqualTo(i == 1 ? QueueState.ADMITTED : QueueState.WAITING);
            assertThat(places.get(new QueuePlaceKey(event, t.accountId()))).isEqualTo(i);
        }
        // Numbers go on where they stopped: nobody gets a number already handed out.
        assertThat(member.<String, EventQueue>getMap(WaitingRoomMaps.QUEUES)
                .executeOnKey(event, new TakeNumberProcessor(now, now)).number()).isEqualTo(301);
    }

    private static HazelcastInstance startMember(String cluster, int port, List<String> members) {
        var config = GridConfig.memberConfig(new GridSettings(cluster, "127.0.0.1", port, members, 1,
                new GridSettings.Database(RealStack.POSTGRES_URL, RealStack.POSTGRES_USER,
                        RealStack.POSTGRES_PASSWORD)));
        config.getJetConfig().setEnabled(false);
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        var protection = member.getSplitBrainProtectionService()
                .getSplitBrainProtection(org.ticketgrid.platform.MapNames.INVENTORY_QUORUM);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!protection.hasMinimumSize() && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        return member;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
