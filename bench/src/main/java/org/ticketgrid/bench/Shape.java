package org.ticketgrid.bench;

import java.util.SplittableRandom;

/**
 * The data and the demand of a scenario: how many events and sections, and how buyers pick seats.
 * Every store is set up from the same shape and fed the same kind of requests.
 *
 * @param name             scenario name in the result table
 * @param events           number of events
 * @param sectionsPerEvent sections of each event (each one inventory entry / key range)
 * @param seatsPerSection  seats of each section
 * @param skew             1 = seats picked uniformly; k &gt; 1 = the start seat is {@code seats * u^k}, so
 *                         buyers crowd the front rows and compete for the same seats
 * @param firstSectionId   section ids are {@code firstSectionId + slot}, distinct between shapes
 * @param minSeats         fewest seats in one hold
 * @param maxSeats         most seats in one hold (adjacent seats of one section)
 */
public record Shape(String name, int events, int sectionsPerEvent, int seatsPerSection, double skew,
        long firstSectionId, int minSeats, int maxSeats) {

    public Shape {
        if (events < 1 || sectionsPerEvent < 1 || seatsPerSection < maxSeats || minSeats < 1 || maxSeats < minSeats
                || skew < 1) {
            throw new IllegalArgumentException("bad shape " + name);
        }
    }

    /** Many events and sections, seats picked uniformly: load spread over every partition. */
    public static Shape evenSpread() {
        return new Shape("even spread", 50, 4, 1000, 1.0, 1_000_001, 1, 4);
    }

    /** One on-sale: one event with eight sections, buyers crowding the front rows. */
    public static Shape hotEvent() {
        return new Shape("hot event", 1, 8, 500, 3.0, 2_000_001, 1, 4);
    }

    public int sections() {
        return events * sectionsPerEvent;
    }

    public int eventOf(int slot) {
        return slot / sectionsPerEvent;
    }

    public long sectionId(int slot) {
        return firstSectionId + slot;
    }

    /** The event id the grid and HTTP use for this shape's event {@code event}. */
    public String eventId(int event) {
        return "bench-" + name.replace(' ', '-') + "-e" + event;
    }

    public long totalSeats() {
        return (long) sections() * seatsPerSection;
    }

    /** A random hold attempt: 1..max adjacent seats of one random section. */
    public HoldRequest next(SplittableRandom random) {
        int slot = random.nextInt(sections());
        int count = minSeats == maxSeats ? minSeats : random.nextInt(minSeats, maxSeats + 1);
        int last = seatsPerSection - count;
        int start;
        if (skew == 1.0) {
            start = random.nextInt(last + 1);
        } else {
            start = (int) Math.min(last, Math.floor((last + 1) * Math.pow(random.nextDouble(), skew)));
        }
        int[] seats = new int[count];
        for (int i = 0; i < count; i++) {
            seats[i] = start + i;
        }
        return new HoldRequest(slot, sectionId(slot), seats);
    }
}
