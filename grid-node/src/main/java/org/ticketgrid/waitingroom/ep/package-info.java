/**
 * Entry processors of the waiting room: each carries only its delta and the caller's clock,
 * applies one rule of {@link org.ticketgrid.waitingroom.EventQueue} or
 * {@link org.ticketgrid.waitingroom.QueueTicket}, writes only on change, and returns the outcome.
 * They also run on the backup replica, which is why {@code now} is a field and never read here.
 */
package org.ticketgrid.waitingroom.ep;
