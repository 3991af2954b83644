package org.ticketgrid.waitingroom;

/**
 * The state of a place in the waiting room, as the API names it. {@code PREQUEUE}: joined before
 * sales opened, waiting for the draw; {@code WAITING}: has a position; {@code ADMITTED}: may hold
 * seats until its window ends; {@code EXPIRED}: the window or the place lapsed; {@code LEFT}: given
 * up; {@code SOLD_OUT}: still in line, but nothing is left to buy (shown, never stored).
 */
public enum QueueState {
    PREQUEUE,
    WAITING,
    ADMITTED,
    EXPIRED,
    LEFT,
    SOLD_OUT;

    /** Still in line (not yet admitted, not gone). */
    public boolean inLine() {
        return this == PREQUEUE || this == WAITING;
    }
}
