/**
 * The virtual waiting room of high-demand events (issue 11, ADR 0033): joining, positions, the
 * admission loop, admission tokens, the pre-queue draw, the queue page and its live stream. The
 * queue itself lives in the grid ({@code org.ticketgrid.waitingroom}); this feature is its web side.
 */
package org.ticketgrid.app.waitingroom;
