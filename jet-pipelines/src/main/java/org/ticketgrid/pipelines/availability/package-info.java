/**
 * Availability that follows the inventory: a Jet job from the inventory map's event journal,
 * throttled per event, writing each event's stock level to the search side.
 */
package org.ticketgrid.pipelines.availability;
