package org.ticketgrid.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ticketgrid.app.catalog.EventStatus;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.inventory.SeatId;

/** Differences between two readings of an event's seats, as stream events, without a grid. */
class SeatChangesTest {

    private static final UUID SEATED = UUID.randomUUID();
    private static final UUID STANDING = UUID.randomUUID();
    private static final SaleCatalog.Offer OFFER = new SaleCatalog.Offer(UUID.randomUUID(), EventStatus.PUBLISHED,
            null, null, false, Map.of(
                    1L, new SaleCatalog.Price(SEATED, "Seated", 4500, "EUR", 4, false),
                    2L, new SaleCatalog.Price(SEATED, "Seated", 4500, "EUR", 2, false),
                    3L, new SaleCatalog.Price(STANDING, "Floor", 2000, "EUR", 3, true)));

    @Test
    void aChangedSeatIsOneSeatEventAndItsTypesAvailability() {
        Map<Long, byte[]> before = Map.of(1L, new byte[] {0, 0, 0, 0}, 2L, new byte[] {0, 2}, 3L, new byte[3]);
        Map<Long, byte[]> after = Map.of(1L, new byte[] {0, 1, 0, 0}, 2L, new byte[] {0, 2}, 3L, new byte[3]);
        assertThat(SeatChanges.between(OFFER, before, after)).containsExactlyInAnyOrder(
                new LiveEvent.Seat(SeatId.of(1, 1).value(), "RESERVED"), new LiveEvent.Availability(SEATED, 4, 1, 1));
    }

    @Test
    void aSeatThatWentFromHeldToSoldKeepsTheFreePlacesButMovesTheCounts() {
        Map<Long, byte[]> before = Map.of(1L, new byte[] {1, 0, 0, 0}, 2L, new byte[2], 3L, new byte[3]);
        Map<Long, byte[]> after = Map.of(1L, new byte[] {2, 0, 0, 0}, 2L, new byte[2], 3L, new byte[3]);
        assertThat(SeatChanges.between(OFFER, before, after)).containsExactlyInAnyOrder(
                new LiveEvent.Seat(SeatId.of(1, 0).value(), "BOOKED"), new LiveEvent.Availability(SEATED, 5, 0, 1));
    }

    @Test
    void standingAreasSayHowManyPlacesAreLeftNotWhichOnes() {
        Map<Long, byte[]> before = Map.of(1L, new byte[4], 2L, new byte[2], 3L, new byte[] {0, 0, 0});
        Map<Long, byte[]> after = Map.of(1L, new byte[4], 2L, new byte[2], 3L, new byte[] {1, 0, 1});
        assertThat(SeatChanges.between(OFFER, before, after)).containsExactlyInAnyOrder(
                new LiveEvent.Section(3, 1, 3), new LiveEvent.Availability(STANDING, 1, 2, 0));
    }

    @Test
    void nothingChangedIsNothingToSend() {
        Map<Long, byte[]> states = Map.of(1L, new byte[] {0, 1, 2, 0}, 2L, new byte[2], 3L, new byte[3]);
        assertThat(SeatChanges.between(OFFER, states, Map.copyOf(states))).isEmpty();
    }

    @Test
    void aNewSubscriberGetsEveryTypesFreePlaces() {
        Map<Long, byte[]> states = Map.of(1L, new byte[] {0, 1, 2, 0}, 2L, new byte[2], 3L, new byte[] {0, 1, 1});
        assertThat(SeatChanges.availability(OFFER, states)).containsExactlyInAnyOrder(
                new LiveEvent.Availability(SEATED, 4, 1, 1), new LiveEvent.Availability(STANDING, 1, 2, 0));
    }

    @Test
    void eventsAreFramedAsServerSentEvents() {
        UUID type = UUID.fromString("00000000-0000-0000-0000-000000000007");
        assertThat(Sse.format(List.of(new LiveEvent.Seat(5, "AVAILABLE"), new LiveEvent.Availability(type, 3, 1, 0))))
                .isEqualTo("event: seat\ndata: {\"seatId\":\"5\",\"status\":\"AVAILABLE\"}\n\n"
                        + "event: availability\ndata: {\"ticketTypeId\":\"" + type + "\",\"available\":3,\"held\":1,\"sold\":0}\n\n");
    }
}
