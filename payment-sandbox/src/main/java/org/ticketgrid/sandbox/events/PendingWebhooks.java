package org.ticketgrid.sandbox.events;

/** How many webhook deliveries of an event have not yet succeeded or given up. */
@FunctionalInterface
public interface PendingWebhooks {

  int pendingFor(String eventId);
}
