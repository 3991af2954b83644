package org.ticketgrid.app.catalog.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ticketgrid.app.catalog.sales.EventSales.Day;

/**
 * The sales-over-time chart, drawn on the server as SVG (no script, no CDN, no inline style, so the
 * CSP holds): a bar per day with the tickets sold that day, and a line for the running total. The
 * window is the last {@link #DAYS} days up to {@code today}; earlier sales start the running total.
 * Only numbers and fixed text go into the markup, so nothing needs escaping.
 */
final class SalesChartSvg {

    static final int DAYS = 30;
    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int RIGHT = 44;
    private static final int TOP = 14;
    private static final int BOTTOM = 28;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private SalesChartSvg() {
    }

    static String draw(List<Day> days, LocalDate today) {
        LocalDate first = today.minusDays(DAYS - 1L);
        Map<LocalDate, Long> perDay = new HashMap<>();
        long before = 0;
        for (Day day : days) {
            if (day.date().isBefore(first)) {
                before += day.tickets();
            } else if (!day.date().isAfter(today)) {
                perDay.merge(day.date(), day.tickets(), Long::sum);
            }
        }
        long[] daily = new long[DAYS];
        long[] running = new long[DAYS];
        long total = before;
        long peak = 0;
        for (int i = 0; i < DAYS; i++) {
            daily[i] = perDay.getOrDefault(first.plusDays(i), 0L);
            total += daily[i];
            running[i] = total;
            peak = Math.max(peak, daily[i]);
        }
        long maxDaily = niceScale(peak);
        long maxTotal = niceScale(total);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double slot = plotW / DAYS;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"sales-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"chart-title\">Tickets sold over the last ").append(DAYS).append(" days</title>")
                .append("<desc id=\"chart-desc\">").append(total - before).append(" tickets in the last ").append(DAYS)
                .append(" days, ").append(total).append(" in all; the most in one day: ")
                .append(peak).append(".</desc>");
        // axes and gridlines
        for (int g = 0; g <= 4; g++) {
            double y = TOP + plotH - plotH * g / 4;
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>");
            svg.append("<text class=\"axis\" x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(maxDaily * g / 4).append("</text>");
            svg.append("<text class=\"axis total\" x=\"").append(WIDTH - RIGHT + 6).append("\" y=\"")
                    .append(fmt(y + 4)).append("\">").append(maxTotal * g / 4).append("</text>");
        }
        for (int i = 0; i < DAYS; i++) {
            double h = plotH * daily[i] / maxDaily;
            double x = LEFT + i * slot + slot * 0.15;
            LocalDate date = first.plusDays(i);
            svg.append("<rect class=\"bar\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(TOP + plotH - h))
                    .append("\" width=\"").append(fmt(slot * 0.7)).append("\" height=\"").append(fmt(h))
                    .append("\"><title>").append(LABEL.format(date)).append(": ").append(daily[i])
                    .append(daily[i] == 1 ? " ticket" : " tickets").append("</title></rect>");
        }
        svg.append("<polyline class=\"running\" points=\"");
        for (int i = 0; i < DAYS; i++) {
            double x = LEFT + i * slot + slot / 2;
            double y = TOP + plotH - plotH * running[i] / maxTotal;
            svg.append(fmt(x)).append(',').append(fmt(y)).append(' ');
        }
        svg.append("\"/>");
        for (int i = 0; i < DAYS - 3; i += 7) {
            svg.append("<text class=\"axis\" x=\"").append(fmt(LEFT + i * slot + slot / 2)).append("\" y=\"")
                    .append(HEIGHT - 8).append("\" text-anchor=\"middle\">").append(LABEL.format(first.plusDays(i)))
                    .append("</text>");
        }
        svg.append("<text class=\"axis\" x=\"").append(fmt(LEFT + (DAYS - 1) * slot + slot / 2)).append("\" y=\"")
                .append(HEIGHT - 8).append("\" text-anchor=\"middle\">today</text>");
        return svg.append("</svg>").toString();
    }

    /** A scale maximum divisible into four whole gridline steps: 4, 8, 12, ... */
    private static long niceScale(long max) {
        return Math.max(4, (max + 3) / 4 * 4);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
