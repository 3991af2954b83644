package org.ticketgrid.app.catalog.web;

import static org.ticketgrid.app.catalog.web.FormFields.at;
import static org.ticketgrid.app.catalog.web.FormFields.first;
import static org.ticketgrid.app.catalog.web.FormFields.list;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.util.MultiValueMap;
import org.ticketgrid.app.catalog.EventStatus;
import org.ticketgrid.app.catalog.persistence.EventEntity;
import org.ticketgrid.app.catalog.usecase.CreateEvent;
import org.ticketgrid.app.catalog.usecase.EditEvent;
import org.ticketgrid.app.platform.Formats;
import org.ticketgrid.app.platform.Actor;

/**
 * The event form as typed (strings, so a refused form shows exactly what was entered), and its
 * translation into the use cases' commands. Times are {@code datetime-local} values in the event's
 * time zone; prices are decimal amounts in the currency's units ("45.00").
 */
final class EventForm {

    static final List<String> CATEGORIES = List.of("MUSIC", "SPORTS", "THEATRE", "COMEDY", "FAMILY", "FESTIVAL",
            "CONFERENCE", "OTHER");
    static final int TYPE_ROWS = 4;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** A ticket type row: id for existing types (edit), blank rows are ignored. */
    record TypeRow(String id, String name, String price, String currency) {

        boolean blank() {
            return (name == null || name.isBlank()) && (price == null || price.isBlank());
        }
    }

    String venueId = "";
    String name = "";
    String description = "";
    String category = "MUSIC";
    String imageUrl = "";
    String startsAt = "";
    String endsAt = "";
    String salesOpenAt = "";
    boolean highDemand;
    List<TypeRow> types = new ArrayList<>();
    /** section id to the index of the ticket type row that prices it (absent: not sold). */
    Map<Long, Integer> sectionType = new LinkedHashMap<>();

    static EventForm blank(String venueId) {
        EventForm form = new EventForm();
        form.venueId = venueId == null ? "" : venueId;
        form.types.add(new TypeRow("", "Standard", "", "EUR"));
        form.padTypes();
        return form;
    }

    static EventForm of(EventEntity event, Map<Long, UUID> typeOfSection) {
        EventForm form = new EventForm();
        ZoneId zone = Formats.zone(event.getTimeZone());
        form.venueId = event.getVenueId().toString();
        form.name = event.getName();
        form.description = event.getDescription();
        form.category = event.getCategory();
        form.imageUrl = event.getImageUrl() == null ? "" : event.getImageUrl();
        form.startsAt = local(event.getStartsAt(), zone);
        form.endsAt = local(event.getEndsAt(), zone);
        form.salesOpenAt = event.getSalesOpenAt() == null ? "" : local(event.getSalesOpenAt(), zone);
        form.highDemand = event.isHighDemand();
        List<UUID> typeIds = new ArrayList<>();
        event.getTicketTypes().forEach(t -> {
            typeIds.add(t.getId());
            form.types.add(new TypeRow(t.getId().toString(), t.getName(),
                    Formats.amount(t.getPriceCents(), t.getCurrency()), t.getCurrency()));
        });
        typeOfSection.forEach((section, type) -> form.sectionType.put(section, typeIds.indexOf(type)));
        return form;
    }

    static EventForm parse(MultiValueMap<String, String> fields) {
        EventForm form = new EventForm();
        form.venueId = first(fields, "venueId");
        form.name = first(fields, "name");
        form.description = first(fields, "description");
        form.category = first(fields, "category");
        form.imageUrl = first(fields, "imageUrl");
        form.startsAt = first(fields, "startsAt");
        form.endsAt = first(fields, "endsAt");
        form.salesOpenAt = first(fields, "salesOpenAt");
        form.highDemand = fields.containsKey("highDemand");
        int rows = Math.min(list(fields, "typeName").size(), 50);
        for (int i = 0; i < rows; i++) {
            form.types.add(new TypeRow(at(fields, "typeId", i), at(fields, "typeName", i),
                    at(fields, "typePrice", i), at(fields, "typeCurrency", i)));
        }
        fields.forEach((key, values) -> {
            if (key.startsWith("section-") && !values.isEmpty() && !values.get(0).isBlank()) {
                try {
                    form.sectionType.put(Long.parseLong(key.substring(8)), Integer.parseInt(values.get(0)));
                } catch (NumberFormatException e) {
                    // not a section of ours: ignored, the use case checks what remains
                }
            }
        });
        return form;
    }

    /** This (stored) form with what may be typed on a published event taken from {@code typed}. */
    EventForm keepTyped(EventForm typed) {
        name = typed.name;
        description = typed.description;
        imageUrl = typed.imageUrl;
        startsAt = typed.startsAt;
        endsAt = typed.endsAt;
        return this;
    }

    /** This typed form with the venue and section pricing of {@code stored} (they cannot change in an edit). */
    EventForm withLayoutOf(EventForm stored) {
        venueId = stored.venueId;
        sectionType = stored.sectionType;
        return this;
    }

    /** Empty type rows up to {@link #TYPE_ROWS}, for a form without JavaScript. */
    EventForm padTypes() {
        while (types.size() < TYPE_ROWS) {
            types.add(new TypeRow("", "", "", types.isEmpty() ? "EUR" : types.get(0).currency()));
        }
        return this;
    }

    CreateEvent.Command toCreate(Actor actor, UUID venue, String zoneId, List<String> problems) {
        ZoneId zone = Formats.zone(zoneId);
        Instant starts = instant(startsAt, zone, "start", true, problems);
        Instant ends = instant(endsAt, zone, "end", true, problems);
        Instant opens = instant(salesOpenAt, zone, "sales opening", false, problems);
        List<CreateEvent.TicketTypeSpec> specs = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            TypeRow row = types.get(i);
            List<Long> sections = new ArrayList<>();
            int index = i;
            sectionType.forEach((section, type) -> {
                if (type == index) {
                    sections.add(section);
                }
            });
            if (row.blank()) {
                if (!sections.isEmpty()) {
                    problems.add("sections are given to ticket type " + (i + 1) + ", which has no name");
                }
                continue;
            }
            Long cents = cents(row, problems);
            if (sections.isEmpty()) {
                problems.add("ticket type '" + row.name().trim() + "' prices no section");
            }
            if (cents != null) {
                specs.add(new CreateEvent.TicketTypeSpec(row.name().trim(), cents, currency(row), sections));
            }
        }
        if (specs.isEmpty() && problems.isEmpty()) {
            problems.add("an event needs at least one ticket type with a name and a price");
        }
        required(name, "a name", problems);
        required(category, "a category", problems);
        return new CreateEvent.Command(actor.id(), venue, name.trim(), description, category, starts, ends, zoneId,
                highDemand, opens, imageUrl.isBlank() ? null : imageUrl.trim(), specs);
    }

    /** The edit command: for a published event only what may change is passed on. */
    EditEvent.Command toEdit(EventStatus status, String zoneId, List<String> problems) {
        ZoneId zone = Formats.zone(zoneId);
        Instant starts = instant(startsAt, zone, "start", true, problems);
        Instant ends = instant(endsAt, zone, "end", true, problems);
        required(name, "a name", problems);
        if (status != EventStatus.DRAFT) {
            return new EditEvent.Command(name, description, imageUrl, starts, ends, null, null, null, null, null);
        }
        Instant opens = instant(salesOpenAt, zone, "sales opening", false, problems);
        List<EditEvent.TicketTypeChange> changes = new ArrayList<>();
        for (TypeRow row : types) {
            if (row.id() == null || row.id().isBlank()) {
                continue;
            }
            Long cents = cents(row, problems);
            try {
                if (cents != null) {
                    changes.add(new EditEvent.TicketTypeChange(UUID.fromString(row.id()), row.name(), cents));
                }
            } catch (IllegalArgumentException e) {
                problems.add("unknown ticket type");
            }
        }
        required(category, "a category", problems);
        return new EditEvent.Command(name, description, imageUrl, starts, ends, category, null, highDemand, opens,
                changes);
    }

    private static Long cents(TypeRow row, List<String> problems) {
        String label = row.name() == null || row.name().isBlank() ? "a ticket type" : "'" + row.name().trim() + "'";
        try {
            BigDecimal amount = new BigDecimal(row.price().trim().replace(",", "."));
            long cents = amount.movePointRight(Formats.fractionDigits(currency(row))).longValueExact();
            if (cents < 0 || cents > 100_000_000) {
                problems.add("the price of " + label + " must be between 0 and 1,000,000");
                return null;
            }
            return cents;
        } catch (NumberFormatException | ArithmeticException | NullPointerException e) {
            problems.add("the price of " + label + " is not an amount like 45.00");
            return null;
        }
    }

    private static String currency(TypeRow row) {
        return row.currency() == null || row.currency().isBlank() ? "EUR"
                : row.currency().trim().toUpperCase(Locale.ROOT);
    }

    private static Instant instant(String text, ZoneId zone, String what, boolean required, List<String> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add("the " + what + " date and time are missing");
            }
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim()).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            problems.add("the " + what + " is not a date and time");
            return null;
        }
    }

    private static void required(String text, String what, List<String> problems) {
        if (text == null || text.isBlank()) {
            problems.add("the event needs " + what);
        }
    }

    static String local(Instant instant, ZoneId zone) {
        return LOCAL.format(instant.atZone(zone));
    }

    // Getters for the template.
    public String getVenueId() {
        return venueId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getCategory() {
        return category;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public String getSalesOpenAt() {
        return salesOpenAt;
    }

    public boolean isHighDemand() {
        return highDemand;
    }

    public List<TypeRow> getTypes() {
        return types;
    }

    public Map<Long, Integer> getSectionType() {
        return sectionType;
    }
}
