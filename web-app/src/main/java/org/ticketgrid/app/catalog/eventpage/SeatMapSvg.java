package org.ticketgrid.app.catalog.eventpage;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;
import org.ticketgrid.app.catalog.EventQueries.SeatView;
import org.ticketgrid.app.catalog.EventQueries.SectionView;
import org.ticketgrid.app.catalog.EventQueries.TicketTypeView;
import org.ticketgrid.inventory.SeatState;
import org.ticketgrid.app.platform.Formats;

/**
 * Draws an event's seat map as one SVG string. A stadium has 50,000 seats, so each seat is a
 * single {@code <rect>} with an id, its position, a one-letter state class and its
 * screen-reader label, and nothing else: no inline style, no handler (the page script
 * delegates), no per-seat tab stop (the script moves one roving tab stop with the arrow keys).
 * Written with a StringBuilder rather than a template loop because a template evaluates several
 * expressions per seat, which costs seconds at this size.
 */
final class SeatMapSvg {

    /** Pixels per layout unit (one seat pitch) at the map's natural size. */
    static final int UNIT_PX = 9;
    private static final String SEAT_SIZE = "width=\".84\" height=\".84\"";
    private static final float TOP = 3.5f;
    private static final float GA_HEIGHT = 7f;
    private static final float GA_GAP = 2f;

    /** The drawing and what a test or the page needs to know about it. */
    record Drawing(String svg, int seats, int generalAdmissionAreas, int width, int height) {
    }

    private SeatMapSvg() {
    }

    /**
     * @param sections    the layout with seat states, as {@code EventQueries.seatMap} gives it
     * @param types       the ticket type (for its price) of each section id
     * @param gaAvailable available places per general-admission section id
     */
    static Drawing draw(List<SectionView> sections, Map<Long, TicketTypeView> types, Map<Long, Integer> gaAvailable) {
        Bounds bounds = Bounds.of(sections);
        List<SectionView> areas = sections.stream().filter(s -> s.seats().isEmpty()).toList();
        float seatedBottom = bounds.empty() ? 0 : bounds.maxY + 1;
        float left = bounds.empty() ? 0 : bounds.minX;
        float width = bounds.empty() ? Math.max(24, areas.size() * 16f) : bounds.maxX + 1 - bounds.minX;
        float areasTop = bounds.empty() ? 0 : seatedBottom + TOP;
        float bottom = areas.isEmpty() ? seatedBottom : areasTop + GA_HEIGHT;
        float top = bounds.empty() ? 0 : bounds.minY;

        float vbX = left - 1;
        float vbY = top - TOP;
        float vbW = width + 2;
        float vbH = bottom - top + TOP + 1;
        int pxW = Math.round(vbW * UNIT_PX);
        int pxH = Math.round(vbH * UNIT_PX);

        int seatCount = sections.stream().mapToInt(s -> s.seats().size()).sum();
        StringBuilder svg = new StringBuilder(4096 + seatCount * 120);
        svg.append("<svg id=\"seatmap\" class=\"seatmap\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
                .append(num(vbX)).append(' ').append(num(vbY)).append(' ').append(num(vbW)).append(' ')
                .append(num(vbH)).append("\" width=\"").append(pxW).append("\" height=\"").append(pxH)
                .append("\" data-unit-width=\"").append(num(vbW))
                .append("\" tabindex=\"-1\" role=\"group\" aria-labelledby=\"seatmap-title\"")
                .append(" aria-describedby=\"seatmap-help\">");
        boolean[] tabStopGiven = {false};
        for (SectionView section : sections) {
            if (!section.seats().isEmpty()) {
                seated(svg, section, types, tabStopGiven);
            }
        }
        float areaWidth = areas.isEmpty() ? 0 : (width - GA_GAP * (areas.size() - 1)) / areas.size();
        for (int i = 0; i < areas.size(); i++) {
            SectionView area = areas.get(i);
            float x = left + i * (areaWidth + GA_GAP);
            generalAdmission(svg, area, types, gaAvailable.getOrDefault(area.id(), 0), x, areasTop, areaWidth);
        }
        svg.append("</svg>");
        return new Drawing(svg.toString(), seatCount, areas.size(), pxW, pxH);
    }

    private static void seated(StringBuilder svg, SectionView section, Map<Long, TicketTypeView> types,
            boolean[] tabStopGiven) {
        TicketTypeView type = types.get(section.id());
        String name = escape(section.name());
        String price = type == null ? "" : Formats.money(type.priceCents(), type.currency());
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        for (SeatView seat : section.seats()) {
            minX = Math.min(minX, seat.x());
            minY = Math.min(minY, seat.y());
        }
        group(svg, "sec", section, name, type, price);
        svg.append("<text class=\"sec-label\" x=\"").append(num(minX)).append("\" y=\"").append(num(minY - .9f))
                .append("\" aria-hidden=\"true\">").append(name);
        if (!price.isEmpty()) {
            svg.append(" · ").append(price);
        }
        svg.append("</text>");
        String suffix = price.isEmpty() ? ", " : ", " + price + ", ";
        String lastRow = null;
        String rowPrefix = "";
        for (SeatView seat : section.seats()) {
            if (!seat.row().equals(lastRow)) {
                lastRow = seat.row();
                rowPrefix = name + ", row " + escape(seat.row()) + ", seat ";
            }
            char state = stateClass(seat.status());
            svg.append("<rect id=\"s").append(seat.id()).append("\" x=\"").append(num(seat.x())).append("\" y=\"")
                    .append(num(seat.y())).append("\" ").append(SEAT_SIZE).append(" class=\"").append(state)
                    .append('"');
            if (!tabStopGiven[0] && seat.status() == SeatState.AVAILABLE) {
                tabStopGiven[0] = true;
                svg.append(" tabindex=\"0\" role=\"checkbox\" aria-checked=\"false\"");
            }
            svg.append(" aria-label=\"").append(rowPrefix).append(seat.number()).append(suffix)
                    .append(stateWord(seat.status())).append("\"/>");
        }
        svg.append("</g>");
    }

    private static void generalAdmission(StringBuilder svg, SectionView area, Map<Long, TicketTypeView> types,
            int available, float x, float y, float width) {
        TicketTypeView type = types.get(area.id());
        String name = escape(area.name());
        String price = type == null ? "" : Formats.money(type.priceCents(), type.currency());
        group(svg, "ga", area, name, type, price);
        svg.append("<rect class=\"ga-area").append(available == 0 ? " full" : "").append("\" x=\"").append(num(x))
                .append("\" y=\"").append(num(y)).append("\" width=\"").append(num(width)).append("\" height=\"")
                .append(num(GA_HEIGHT)).append("\" rx=\".8\" tabindex=\"-1\" aria-label=\"").append(name)
                .append(", standing, ").append(price.isEmpty() ? "" : price + ", ").append(count(available))
                .append(" of ").append(count(area.capacity())).append(" places available\"/>");
        float cx = x + width / 2;
        svg.append("<text class=\"ga-label\" x=\"").append(num(cx)).append("\" y=\"").append(num(y + 2.9f))
                .append("\" aria-hidden=\"true\">").append(name);
        if (!price.isEmpty()) {
            svg.append(" · ").append(price);
        }
        svg.append("</text><text class=\"ga-count\" x=\"").append(num(cx)).append("\" y=\"").append(num(y + 5.1f))
                .append("\" aria-hidden=\"true\">").append(count(available)).append(" of ")
                .append(count(area.capacity())).append(" places left</text></g>");
    }

    private static void group(StringBuilder svg, String kind, SectionView section, String name, TicketTypeView type,
            String price) {
        svg.append("<g class=\"").append(kind).append("\" id=\"sec").append(section.id())
                .append("\" data-section=\"").append(section.id()).append("\" data-name=\"").append(name)
                .append('"');
        if (type != null) {
            svg.append(" data-price=\"").append(type.priceCents()).append("\" data-currency=\"")
                    .append(escape(type.currency())).append("\" data-digits=\"")
                    .append(Formats.fractionDigits(type.currency())).append('"');
        }
        svg.append(" role=\"group\" aria-label=\"").append(name).append(price.isEmpty() ? "" : ", " + price)
                .append("\">");
    }

    static char stateClass(SeatState state) {
        return switch (state) {
            case AVAILABLE -> 'a';
            case RESERVED -> 'r';
            case BOOKED -> 'b';
        };
    }

    static String stateWord(SeatState state) {
        return switch (state) {
            case AVAILABLE -> "available";
            case RESERVED -> "on hold";
            case BOOKED -> "sold";
        };
    }

    private static String count(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** Coordinates as short as they can be: "12", "3.5", "-0.9". */
    static String num(float value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e7) {
            return Integer.toString((int) value);
        }
        String text = Float.toString(Math.round(value * 100) / 100f);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** The extent of the seated part of the map. */
    private record Bounds(float minX, float minY, float maxX, float maxY, boolean empty) {

        static Bounds of(List<SectionView> sections) {
            float minX = Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            boolean any = false;
            for (SectionView section : sections) {
                for (SeatView seat : section.seats()) {
                    any = true;
                    minX = Math.min(minX, seat.x());
                    minY = Math.min(minY, seat.y());
                    maxX = Math.max(maxX, seat.x());
                    maxY = Math.max(maxY, seat.y());
                }
            }
            return any ? new Bounds(minX, minY, maxX, maxY, false) : new Bounds(0, 0, 0, 0, true);
        }
    }
}
