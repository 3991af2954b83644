package org.ticketgrid.sandbox.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * All events, newest first, plus the subscribers to tell. Recording and notifying happen under one
 * lock so that two events recorded one after the other reach subscribers in that order, which is
 * what makes per-intent webhook ordering possible.
 */
public final class EventLog {

  private final Clock clock;
  private final Supplier<String> ids;
  private final ReentrantLock lock = new ReentrantLock();
  private final List<Event> newestFirst = new ArrayList<>();
  private final Map<String, Event> byId = new ConcurrentHashMap<>();
  private final List<EventSubscriber> subscribers = new CopyOnWriteArrayList<>();

  public EventLog(Clock clock, Supplier<String> ids) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  public void subscribe(EventSubscriber subscriber) {
    subscribers.add(Objects.requireNonNull(subscriber, "subscriber"));
  }

  public Event record(
      String type,
      Map<String, Object> dataObject,
      String apiVersion,
      Event.Origin origin,
      String orderingKey) {
    lock.lock();
    try {
      Event event =
          new Event(ids.get(), type, clock.instant(), apiVersion, dataObject, origin, orderingKey);
      newestFirst.addFirst(event);
      byId.put(event.id(), event);
      subscribers.forEach(s -> s.onEvent(event));
      return event;
    } finally {
      lock.unlock();
    }
  }

  public Optional<Event> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<Event> newestFirst() {
    lock.lock();
    try {
      return List.copyOf(newestFirst);
    } finally {
      lock.unlock();
    }
  }

  public void clear() {
    lock.lock();
    try {
      newestFirst.clear();
      byId.clear();
    } finally {
      lock.unlock();
    }
  }
}
