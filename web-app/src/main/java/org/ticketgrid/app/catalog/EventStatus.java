package org.ticketgrid.app.catalog;

/** An event's life cycle: DRAFT, then PUBLISHED, then CANCELLED or ENDED. */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED,
    ENDED;

    public boolean canBecome(EventStatus next) {
        return switch (this) {
            case DRAFT -> next == PUBLISHED || next == CANCELLED;
            case PUBLISHED -> next == CANCELLED || next == ENDED || next == DRAFT;
            case CANCELLED, ENDED -> false;
        };
    }
}
