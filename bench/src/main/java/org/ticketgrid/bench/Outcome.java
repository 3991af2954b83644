package org.ticketgrid.bench;

/** What one hold attempt came to, the same for every store. */
public enum Outcome {
    /** Every requested seat is now held by this attempt. */
    HELD,
    /** At least one seat was held by someone else; nothing changed (a normal result on a hot event). */
    TAKEN,
    /** The call failed; whether it changed anything is unknown, so its seats are left out of the checks. */
    ERROR
}
