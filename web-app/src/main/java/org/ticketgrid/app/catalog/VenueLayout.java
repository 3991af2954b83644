package org.ticketgrid.app.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ticketgrid.inventory.SeatId;

/**
 * A venue's seating layout and its rules, in plain Java: sections of rows of seats, or
 * general-admission areas with a capacity. {@link #problems()} lists everything wrong at once, so
 * a merchant fixes a layout in one round trip.
 */
public record VenueLayout(List<Section> sections) {

    public static final int MAX_SEATS_PER_ROW = 500;
    public static final int MAX_ROWS_PER_SECTION = 500;
    public static final int MAX_SECTIONS = 500;
    public static final int MAX_VENUE_CAPACITY = 250_000;

    /** A section: rows for seated, or {@code capacity} alone for general admission. */
    public record Section(String name, List<Row> rows, Integer capacity) {

        public boolean isGeneralAdmission() {
            return rows == null || rows.isEmpty();
        }

        public int seatCount() {
            return isGeneralAdmission() ? (capacity == null ? 0 : capacity) : rows.stream().mapToInt(Row::seats).sum();
        }
    }

    /** A row of {@code seats} seats numbered 1..seats. */
    public record Row(String label, int seats) {
    }

    /** {@code rows} rows of {@code seats} seats, labelled A..Z, AA..ZZ. */
    public static List<Row> uniformRows(int rows, int seats) {
        List<Row> list = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            list.add(new Row(rowLabel(r), seats));
        }
        return list;
    }

    /** The label of the row at {@code index}: A..Z, then AA, AB, ... ZZ. */
    public static String rowLabel(int index) {
        if (index < 26) {
            return String.valueOf((char) ('A' + index));
        }
        int rest = index - 26;
        return String.valueOf((char) ('A' + (rest / 26) % 26)) + (char) ('A' + rest % 26);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (sections == null || sections.isEmpty()) {
            problems.add("a venue needs at least one section");
            return problems;
        }
        if (sections.size() > MAX_SECTIONS) {
            problems.add("at most " + MAX_SECTIONS + " sections");
        }
        Set<String> names = new HashSet<>();
        long total = 0;
        for (Section section : sections) {
            String name = section.name() == null ? "" : section.name().trim();
            if (name.isEmpty()) {
                problems.add("every section needs a name");
            } else if (!names.add(name.toLowerCase(Locale.ROOT))) {
                problems.add("duplicate section name '" + name + "'");
            }
            problems.addAll(sectionProblems(name, section));
            total += Math.max(0, section.seatCount());
        }
        if (total > MAX_VENUE_CAPACITY) {
            problems.add("a venue holds at most " + MAX_VENUE_CAPACITY + " people, this one " + total);
        }
        return problems;
    }

    private static List<String> sectionProblems(String name, Section section) {
        List<String> problems = new ArrayList<>();
        if (section.isGeneralAdmission()) {
            Integer capacity = section.capacity();
            if (capacity == null || capacity <= 0) {
                problems.add("section '" + name + "' has no rows and no capacity");
            } else if (capacity >= SeatId.MAX_SEATS_PER_SECTION) {
                problems.add("section '" + name + "' capacity is too large");
            }
            return problems;
        }
        if (section.capacity() != null && section.capacity() != section.seatCount()) {
            problems.add("section '" + name + "' capacity does not match its seats");
        }
        if (section.rows().size() > MAX_ROWS_PER_SECTION) {
            problems.add("section '" + name + "' has more than " + MAX_ROWS_PER_SECTION + " rows");
        }
        Set<String> labels = new HashSet<>();
        for (Row row : section.rows()) {
            String label = row.label() == null ? "" : row.label().trim();
            if (label.isEmpty()) {
                problems.add("section '" + name + "' has a row without a label");
            } else if (!labels.add(label.toUpperCase(Locale.ROOT))) {
                problems.add("section '" + name + "' has duplicate row '" + label + "' (duplicate seats)");
            }
            if (row.seats() < 1 || row.seats() > MAX_SEATS_PER_ROW) {
                problems.add("row '" + label + "' of section '" + name + "' must have 1 to " + MAX_SEATS_PER_ROW
                        + " seats");
            }
        }
        return problems;
    }
}
