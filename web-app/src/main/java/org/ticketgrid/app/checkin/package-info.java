/**
 * Door check-in: the event's merchant (or an admin) scans or types a ticket's code at the gate and
 * learns at once whether to let the holder in. A ticket admits once: one conditional UPDATE of
 * {@code tickets.checked_in_at}, so two gates scanning the same code at the same moment admit it
 * once. A refunded ticket, another event's code or a code that was never issued does not admit.
 */
package org.ticketgrid.app.checkin;
