package org.ticketgrid.app.search.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.search.SearchParameters;

/**
 * The search page's query string, as typed: every value a string, so that nonsense reaches
 * {@link SearchParameters} and comes back as a message rather than a binding error. Prices are in
 * whole currency units here (people type 25, not 2500); dates are days, {@code to} inclusive.
 */
public class SearchForm {

    static final int PAGE_SIZE = 20;

    private String q;
    private String category;
    private String city;
    private String from;
    private String to;
    private String minPrice;
    private String maxPrice;
    private String lat;
    private String lon;
    private String radiusKm;
    private String sort;
    private String page;

    SearchParameters.Raw toRaw() {
        return new SearchParameters.Raw(q, category, city, day(from, false), day(to, true), cents(minPrice, "minPrice"),
                cents(maxPrice, "maxPrice"), number(lat, "lat"), number(lon, "lon"), number(radiusKm, "radiusKm"),
                blank(sort) ? null : sort, blank(page) ? 0 : (int) (double) number(page, "page"), PAGE_SIZE);
    }

    /** The non-empty parameters in a stable order, for links that change one of them. */
    Map<String, String> parameters() {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "q", q);
        put(out, "category", category);
        put(out, "city", city);
        put(out, "from", from);
        put(out, "to", to);
        put(out, "minPrice", minPrice);
        put(out, "maxPrice", maxPrice);
        put(out, "lat", lat);
        put(out, "lon", lon);
        put(out, "radiusKm", radiusKm);
        put(out, "sort", sort);
        put(out, "page", page);
        return out;
    }

    private static void put(Map<String, String> out, String name, String value) {
        if (!blank(value)) {
            out.put(name, value.strip());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String day(String text, boolean endOfDay) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip();
        if (t.length() != 10) {
            return t;
        }
        try {
            LocalDate day = LocalDate.parse(t);
            return (endOfDay ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).minusSeconds(1)
                    : day.atStartOfDay(ZoneOffset.UTC)).toInstant().toString();
        } catch (DateTimeException e) {
            return t;
        }
    }

    private static Long cents(String text, String name) {
        if (blank(text)) {
            return null;
        }
        try {
            BigDecimal major = new BigDecimal(text.strip());
            if (major.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
                throw new ApiProblems.InvalidRequest("invalid-price-range", name + " is too large.");
            }
            return major.movePointRight(2).longValue();
        } catch (NumberFormatException e) {
            throw new ApiProblems.InvalidRequest("invalid-price-range", name + " must be a number.");
        }
    }

    private static Double number(String text, String name) {
        if (blank(text)) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new ApiProblems.InvalidRequest("invalid-parameter", name + " must be a number.");
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getMinPrice() {
        return minPrice;
    }

    public void setMinPrice(String minPrice) {
        this.minPrice = minPrice;
    }

    public String getMaxPrice() {
        return maxPrice;
    }

    public void setMaxPrice(String maxPrice) {
        this.maxPrice = maxPrice;
    }

    public String getLat() {
        return lat;
    }

    public void setLat(String lat) {
        this.lat = lat;
    }

    public String getLon() {
        return lon;
    }

    public void setLon(String lon) {
        this.lon = lon;
    }

    public String getRadiusKm() {
        return radiusKm;
    }

    public void setRadiusKm(String radiusKm) {
        this.radiusKm = radiusKm;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
