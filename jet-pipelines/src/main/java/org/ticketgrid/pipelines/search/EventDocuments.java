package org.ticketgrid.pipelines.search;

import java.util.List;

/**
 * Reads the current state of events from the system of record. The pipeline asks for the whole
 * current document whenever any row it is made of changes, so the index converges on the
 * database whatever order the changes arrive in.
 */
public interface EventDocuments {

    /** The ids of the events a change touches (a venue change touches all its events). */
    List<String> eventIdsTouchedBy(CatalogChange change);

    /** The action that brings event {@code eventId}'s search document up to date. */
    IndexAction currentAction(String eventId, long version);
}
