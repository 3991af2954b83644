package org.ticketgrid.waitingroom;

/** What taking a number came to: the number (0 when refused), pre-queue or not, or refused: sold out. */
public record QueueNumber(long number, boolean prequeue, boolean soldOut) {
}
