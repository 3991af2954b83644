package org.ticketgrid.grid;

/** Names of the grid's distributed structures, declared once. */
public final class MapNames {

    /** {@code SectionKey -> SectionInventory}: seat states per section of a published event. */
    public static final String INVENTORY = "inventory";
    /** {@code Long holdId -> Hold}: live holds, each with a TTL just past its expiry. */
    public static final String HOLDS = "holds";
    /** Reliable topic of seat changes nobody asked for (expired holds released). */
    public static final String SEAT_EVENTS = "seat-events";
    /** Split-brain protection rule guarding the inventory. */
    public static final String INVENTORY_QUORUM = "inventory-quorum";

    private MapNames() {
    }
}
