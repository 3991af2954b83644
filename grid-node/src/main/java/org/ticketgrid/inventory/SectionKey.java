package org.ticketgrid.inventory;

import java.util.Objects;

/**
 * Key of one inventory entry: one section of one event. Sections of a hot event hash to different
 * partitions, so an on-sale is served by every partition thread rather than one.
 */
public record SectionKey(String eventId, long sectionId) {

    public SectionKey {
        Objects.requireNonNull(eventId, "eventId");
    }
}
