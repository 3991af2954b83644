package org.ticketgrid.app.catalog.web;

import static org.ticketgrid.app.catalog.web.FormFields.at;
import static org.ticketgrid.app.catalog.web.FormFields.first;
import static org.ticketgrid.app.catalog.web.FormFields.list;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.util.MultiValueMap;
import org.ticketgrid.app.catalog.VenueLayout;
import org.ticketgrid.app.catalog.usecase.CreateVenue;

/**
 * The layout builder's form as typed: venue fields and sections, each seated (rows × seats, rows
 * labelled A, B, …) or standing (a capacity). Checks what the API's request validation checks, then
 * the layout rules of {@link VenueLayout}, so the page and {@code POST /api/v1/venues} refuse the
 * same layouts.
 */
final class VenueForm {

    /** One section as typed. */
    record SectionRow(String name, String kind, String rows, String seats, String capacity) {

        public boolean standing() {
            return "GENERAL_ADMISSION".equals(kind);
        }
    }

    String name = "";
    String address = "";
    String city = "";
    String country = "";
    String latitude = "";
    String longitude = "";
    String timeZone = "Europe/Berlin";
    List<SectionRow> sections = new ArrayList<>();

    static VenueForm blank() {
        VenueForm form = new VenueForm();
        form.sections.add(new SectionRow("Stalls", "SEATED", "10", "20", ""));
        return form;
    }

    static VenueForm parse(MultiValueMap<String, String> fields) {
        VenueForm form = new VenueForm();
        form.name = first(fields, "name");
        form.address = first(fields, "address");
        form.city = first(fields, "city");
        form.country = first(fields, "country").trim().toUpperCase(Locale.ROOT);
        form.latitude = first(fields, "latitude");
        form.longitude = first(fields, "longitude");
        form.timeZone = first(fields, "timeZone");
        List<String> names = list(fields, "sectionName");
        for (int i = 0; i < Math.min(names.size(), VenueLayout.MAX_SECTIONS + 1); i++) {
            form.sections.add(new SectionRow(names.get(i), at(fields, "sectionKind", i), at(fields, "sectionRows", i),
                    at(fields, "sectionSeats", i), at(fields, "sectionCapacity", i)));
        }
        return form;
    }

    /** The command, or null with {@code problems} filled. */
    CreateVenue.Command toCommand(UUID owner, List<String> problems) {
        required(name, 200, "a name", problems);
        required(address, 300, "an address", problems);
        required(city, 100, "a city", problems);
        if (!country.matches("[A-Z]{2}")) {
            problems.add("the country must be a two-letter code such as DE or GB");
        }
        Double lat = coordinate(latitude, 90, "latitude", problems);
        Double lon = coordinate(longitude, 180, "longitude", problems);
        if (timeZone == null || !ZoneId.getAvailableZoneIds().contains(timeZone.trim())) {
            problems.add("choose a time zone such as Europe/Berlin");
        }
        List<VenueLayout.Section> layout = new ArrayList<>();
        for (SectionRow row : sections) {
            String label = row.name() == null || row.name().isBlank() ? "a section" : "section '" + row.name().trim() + "'";
            if (row.standing()) {
                Integer capacity = number(row.capacity(), label + " capacity", problems);
                layout.add(new VenueLayout.Section(row.name(), List.of(), capacity));
            } else {
                Integer rows = number(row.rows(), label + " rows", problems);
                Integer seats = number(row.seats(), label + " seats per row", problems);
                if (rows != null && seats != null) {
                    if (rows < 1 || rows > VenueLayout.MAX_ROWS_PER_SECTION) {
                        problems.add(label + " must have 1 to " + VenueLayout.MAX_ROWS_PER_SECTION + " rows");
                    } else {
                        layout.add(new VenueLayout.Section(row.name(), VenueLayout.uniformRows(rows, seats), null));
                    }
                }
            }
        }
        problems.addAll(new VenueLayout(layout).problems());
        if (!problems.isEmpty()) {
            return null;
        }
        return new CreateVenue.Command(owner, name, address, city, country, lat, lon, timeZone.trim(),
                new VenueLayout(layout));
    }

    private static void required(String text, int max, String what, List<String> problems) {
        if (text == null || text.isBlank()) {
            problems.add("the venue needs " + what);
        } else if (text.length() > max) {
            problems.add(what + " is longer than " + max + " characters");
        }
    }

    private static Double coordinate(String text, double limit, String what, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (Math.abs(value) > limit || Double.isNaN(value)) {
                problems.add("the " + what + " must be between -" + (int) limit + " and " + (int) limit);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add("the " + what + " is not a number");
            return null;
        }
    }

    private static Integer number(String text, String what, List<String> problems) {
        try {
            return Integer.parseInt(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            problems.add(what + ": enter a whole number");
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    public String getLatitude() {
        return latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public List<SectionRow> getSections() {
        return sections;
    }
}
