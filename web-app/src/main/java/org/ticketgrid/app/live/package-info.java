/**
 * Live seat maps: {@code GET /api/v1/events/{id}/stream} (server-sent events). One grid listener per
 * event per instance feeds every subscriber of that instance; changes are read back from the
 * inventory, coalesced, and sent as differences.
 */
package org.ticketgrid.app.live;
