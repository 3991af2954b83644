package org.ticketgrid.platform;

/** Names of the grid's distributed structures, declared once. */
public final class MapNames {

    /** {@code SectionKey -> SectionInventory}: seat states per section of a published event. */
    public static final String INVENTORY = "inventory";
    /** {@code Long holdId -> Hold}: live holds, each with a TTL just past its expiry. */
    public static final String HOLDS = "holds";
    /**
     * {@code QuotaKey(event, account) -> HoldQuota}: the seats each account holds or bought at an
     * event, for the per-account limit; changed only by the quota entry processors.
     */
    public static final String HOLD_QUOTAS = "hold-quotas";
    /** Reliable topic of released seats: holds that ran out (the sweeper) or were given back (the web app). */
    public static final String SEAT_EVENTS = "seat-events";
    /** Split-brain protection rule guarding the inventory. */
    public static final String INVENTORY_QUORUM = "inventory-quorum";

    private MapNames() {
    }
}
