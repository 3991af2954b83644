package org.ticketgrid.holds.quota;

/**
 * What a quota reservation came to: granted or not, and how many seats the account uses at the
 * event (after the reservation when granted, as it stands when refused).
 */
public record QuotaOutcome(boolean granted, int used) {
}
