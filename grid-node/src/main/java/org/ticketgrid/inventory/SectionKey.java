package org.ticketgrid.inventory;

import java.util.Objects;

/**
 * Key of one inventory entry: one stripe of one section of one event. Sections of a hot event
 * hash to different partitions, so an on-sale is served by every partition thread rather than
 * one; a large section (typically a general-admission floor) is further split into stripes of
 * {@value Stripes#SIZE} places (see {@link Stripes}).
 */
public record SectionKey(String eventId, long sectionId, int stripe) {

    public SectionKey {
        Objects.requireNonNull(eventId, "eventId");
        if (stripe < 0) {
            throw new IllegalArgumentException("stripe must not be negative: " + stripe);
        }
    }

    /** The key of the first (for most sections, the only) stripe of a section. */
    public SectionKey(String eventId, long sectionId) {
        this(eventId, sectionId, 0);
    }
}
