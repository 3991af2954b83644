package org.ticketgrid.app.waitingroom.usecase;

import java.time.Instant;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.app.catalog.sales.EventSales;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.waitingroom.WaitingRoomProperties;
import org.ticketgrid.app.waitingroom.persistence.WaitingRoomSettings;

/** A merchant's (or an admin's) view and change of an event's waiting room. */
@Service
public class WaitingRoomAdmin {

    /** The terms in force and the queue's figures. */
    public record Snapshot(RoomTerms terms, QueueDraws.Figures figures) {
    }

    private final EventSales sales;
    private final WaitingRoomSettings settings;
    private final SaleCatalog catalog;
    private final QueueDraws draws;
    private final WaitingRoomProperties properties;

    WaitingRoomAdmin(EventSales sales, WaitingRoomSettings settings, SaleCatalog catalog, QueueDraws draws,
            WaitingRoomProperties properties) {
        this.sales = sales;
        this.settings = settings;
        this.catalog = catalog;
        this.draws = draws;
        this.properties = properties;
    }

    public Snapshot snapshot(UUID eventId, Authentication caller) {
        sales.managed(eventId, Actor.of(caller));
        return current(eventId);
    }

    public Snapshot change(UUID eventId, Authentication caller, Instant opensAt, Integer perMinute,
            Integer windowSeconds) {
        sales.managed(eventId, Actor.of(caller));
        settings.save(eventId, new WaitingRoomSettings.Stored(opensAt, perMinute, windowSeconds));
        return current(eventId);
    }

    /** Terms and figures without an ownership check (the caller checked). */
    public Snapshot current(UUID eventId) {
        return new Snapshot(RoomTerms.of(catalog.offer(eventId), settings.of(eventId), properties),
                draws.figures(eventId));
    }
}
