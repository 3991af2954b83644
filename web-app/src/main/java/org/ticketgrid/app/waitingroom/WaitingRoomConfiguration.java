package org.ticketgrid.app.waitingroom;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.ticketgrid.app.waitingroom.usecase.AdmissionTokens;
import org.ticketgrid.waitingroom.EventQueue;
import org.ticketgrid.waitingroom.QueuePlaceKey;
import org.ticketgrid.waitingroom.QueueTicket;
import org.ticketgrid.waitingroom.QueueTicketKey;
import org.ticketgrid.waitingroom.WaitingRoomMaps;

/** The waiting room's grid structures and its token key. */
@Configuration(proxyBeanMethods = false)
class WaitingRoomConfiguration {

    @Bean
    IMap<String, EventQueue> waitingRoomQueues(HazelcastInstance grid) {
        return grid.getMap(WaitingRoomMaps.QUEUES);
    }

    @Bean
    IMap<QueueTicketKey, QueueTicket> waitingRoomTickets(HazelcastInstance grid) {
        return grid.getMap(WaitingRoomMaps.TICKETS);
    }

    @Bean
    IMap<QueuePlaceKey, Long> waitingRoomPlaces(HazelcastInstance grid) {
        return grid.getMap(WaitingRoomMaps.PLACES);
    }

    @Bean
    ITopic<String> waitingRoomMoves(HazelcastInstance grid) {
        return grid.getReliableTopic(WaitingRoomMaps.MOVES);
    }

    /**
     * The token key. The development default would let anyone who read the source mint admissions,
     * so a process running the {@code production} profile refuses to start with it.
     */
    @Bean
    AdmissionTokens admissionTokens(WaitingRoomProperties properties, Environment environment) {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("production");
        if (production && WaitingRoomProperties.DEV_SECRET.equals(properties.tokenSecret())) {
            throw new IllegalStateException("ticketgrid.waiting-room.token-secret is the development default;"
                    + " set TICKETGRID_WAITING_ROOM_TOKEN_SECRET in production");
        }
        if (properties.tokenSecret().length() < 32) {
            throw new IllegalStateException("ticketgrid.waiting-room.token-secret must have at least 32 characters");
        }
        return new AdmissionTokens(properties.tokenSecret());
    }
}
