package org.ticketgrid.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ticketgrid.app.catalog.persistence.EventEntity;

class EventStatusTest {

    @Test
    void lifeCycleTransitions() {
        assertThat(EventStatus.DRAFT.canBecome(EventStatus.PUBLISHED)).isTrue();
        assertThat(EventStatus.PUBLISHED.canBecome(EventStatus.CANCELLED)).isTrue();
        assertThat(EventStatus.PUBLISHED.canBecome(EventStatus.PUBLISHED)).isFalse();
        assertThat(EventStatus.CANCELLED.canBecome(EventStatus.PUBLISHED)).isFalse();
        assertThat(EventStatus.ENDED.canBecome(EventStatus.CANCELLED)).isFalse();
        assertThat(EventStatus.DRAFT.canBecome(EventStatus.ENDED)).isFalse();
    }

    static EventEntity event(Instant salesOpenAt) {
        Instant start = Instant.parse("2030-01-01T20:00:00Z");
        return new EventEntity(UUID.randomUUID(), null, UUID.randomUUID(), "E", "", "MUSIC", start,
                start.plusSeconds(3600), "UTC", false, salesOpenAt, null);
    }

    static EventQueries.TicketTypeView type(int available, int held, int sold) {
        return new EventQueries.TicketTypeView(UUID.randomUUID(), "T", 100, "EUR", available, held, sold);
    }

    @Test
    void customerStatusFollowsTheCounts() {
        Instant now = Instant.parse("2029-06-01T00:00:00Z");
        EventEntity open = event(null);
        open.changeStatus(EventStatus.PUBLISHED);
        assertThat(EventQueries.customerStatus(open, List.of(type(50, 0, 50)), now)).isEqualTo("AVAILABLE");
        assertThat(EventQueries.customerStatus(open, List.of(type(5, 20, 75)), now)).isEqualTo("FEW_LEFT");
        assertThat(EventQueries.customerStatus(open, List.of(type(0, 3, 97)), now)).isEqualTo("SOLD_OUT");

        EventEntity later = event(now.plusSeconds(60));
        later.changeStatus(EventStatus.PUBLISHED);
        assertThat(EventQueries.customerStatus(later, List.of(type(100, 0, 0)), now)).isEqualTo("SALES_NOT_OPEN");

        Instant start = open.getStartsAt();
        assertThat(EventQueries.customerStatus(open, List.of(type(50, 0, 50)), start.minusSeconds(1)))
                .isEqualTo("AVAILABLE");
        assertThat(EventQueries.customerStatus(open, List.of(type(50, 0, 50)), start))
                .as("online sales close when the event starts").isEqualTo("SALES_CLOSED");
        assertThat(EventQueries.customerStatus(open, List.of(type(50, 0, 50)), open.getEndsAt()))
                .as("over, even before the sweeper marks it").isEqualTo("ENDED");

        open.changeStatus(EventStatus.CANCELLED);
        assertThat(EventQueries.customerStatus(open, List.of(type(100, 0, 0)), now)).isEqualTo("CANCELLED");
    }
}
