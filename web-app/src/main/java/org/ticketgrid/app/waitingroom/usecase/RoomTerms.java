package org.ticketgrid.app.waitingroom.usecase;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.ticketgrid.app.catalog.EventStatus;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.app.waitingroom.WaitingRoomProperties;
import org.ticketgrid.app.waitingroom.persistence.WaitingRoomSettings;

/**
 * An event's waiting-room terms, merged from its sale terms, its own settings and the defaults.
 *
 * @param salesOpenAt when sales open (null: already open on publication)
 * @param opensAt     when the waiting room opens (default: {@code prequeueLead} before sales open)
 */
public record RoomTerms(UUID eventId, boolean highDemand, EventStatus status, Instant salesOpenAt, Instant startsAt,
        Instant opensAt, int admissionsPerMinute, Duration window) {

    static RoomTerms of(SaleCatalog.Offer offer, WaitingRoomSettings.Stored stored, WaitingRoomProperties defaults) {
        Instant opens = stored.opensAt() != null ? stored.opensAt()
                : offer.salesOpenAt() == null ? null : offer.salesOpenAt().minus(defaults.prequeueLead());
        return new RoomTerms(offer.eventId(), offer.highDemand(), offer.status(), offer.salesOpenAt(), offer.startsAt(),
                opens, stored.admissionsPerMinute() != null ? stored.admissionsPerMinute()
                        : defaults.admissionsPerMinute(),
                stored.admissionWindowSeconds() != null ? Duration.ofSeconds(stored.admissionWindowSeconds())
                        : defaults.window());
    }

    /** Seats can be bought now: published, sales open, not yet started. */
    public boolean onSale(long now) {
        return status == EventStatus.PUBLISHED && (salesOpenAt == null || salesOpenAt.toEpochMilli() <= now)
                && (startsAt == null || now < startsAt.toEpochMilli());
    }

    /** The waiting room takes joins now. */
    public boolean open(long now) {
        return status == EventStatus.PUBLISHED && (opensAt == null || opensAt.toEpochMilli() <= now)
                && (startsAt == null || now < startsAt.toEpochMilli());
    }

    long salesOpenMillis() {
        return salesOpenAt == null ? Long.MIN_VALUE : salesOpenAt.toEpochMilli();
    }
}
