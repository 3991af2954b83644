package org.ticketgrid.app.waitingroom.usecase;

import java.time.Instant;
import java.util.UUID;

/**
 * A buyer's turn came: published (Spring application event) by the instance whose admission loop
 * admitted them, once per admission. The hook for "your turn" notifications (email, in-app): a
 * listener there can reach a buyer who closed the tab within {@code admittedUntil}.
 */
public record BuyerAdmitted(UUID eventId, String accountId, String queueTicketId, Instant admittedUntil) {
}
