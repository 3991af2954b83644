package org.ticketgrid.sandbox.events;

/**
 * Told about each event right after it is recorded, on the thread that recorded it, so the order
 * subscribers see is the order of recording.
 */
@FunctionalInterface
public interface EventSubscriber {

  void onEvent(Event event);
}
