package org.ticketgrid.holds;

/**
 * Published on {@link org.ticketgrid.platform.MapNames#SEAT_EVENTS} when a hold's seats go back on
 * sale without a buyer asking (the hold ran out), so seat maps and the waiting room learn of it.
 */
public record SeatsReleased(String eventId, long holdId, long[] seatIds, long releasedAt) {
}
