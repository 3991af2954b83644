package org.ticketgrid.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.catalog.VenueLayout;
import org.ticketgrid.app.catalog.persistence.SectionEntity;
import org.ticketgrid.app.catalog.persistence.VenueRepository;
import org.ticketgrid.app.catalog.usecase.ChangeEventStatus;
import org.ticketgrid.app.catalog.usecase.CreateEvent;
import org.ticketgrid.app.catalog.usecase.CreateVenue;
import org.ticketgrid.app.accounts.usecase.AccountBootstrap;
import org.ticketgrid.app.platform.Actor;

/**
 * Loads a demo catalog once (when the database has no venue yet), through the same use cases as
 * merchants use, so it flows through CDC into search like any other data. Deterministic: the
 * same seed gives the same catalog. Everything belongs to the demo merchant
 * ({@code merchant@ticketgrid.local}), created just before by {@link AccountBootstrap}.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("ticketgrid.demo-data.enabled")
class DemoCatalog implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCatalog.class);

    private record VenueSpec(String name, String address, String city, String country, double lat, double lon,
            String zone, int sections, int rows, int seatsPerRow, int standing) {
    }

    private static final List<VenueSpec> VENUES = List.of(
            new VenueSpec("Olympiastadion", "Olympischer Platz 3", "Berlin", "DE", 52.5147, 13.2395,
                    "Europe/Berlin", 8, 25, 40, 0),
            new VenueSpec("Royal Albert Hall", "Kensington Gore", "London", "GB", 51.5009, -0.1774,
                    "Europe/London", 4, 20, 30, 0),
            new VenueSpec("Paradiso", "Weteringschans 6-8", "Amsterdam", "NL", 52.3622, 4.8838,
                    "Europe/Amsterdam", 1, 10, 20, 1200),
            new VenueSpec("Palau de la Música Catalana", "Carrer Palau de la Música 4-6", "Barcelona", "ES",
                    41.3875, 2.1753, "Europe/Madrid", 3, 18, 28, 0),
            new VenueSpec("Olympia", "28 Boulevard des Capucines", "Paris", "FR", 48.8702, 2.3281,
                    "Europe/Paris", 2, 20, 35, 800),
            new VenueSpec("Konzerthaus", "Lothringerstraße 20", "Vienna", "AT", 48.2008, 16.3781,
                    "Europe/Vienna", 3, 16, 30, 0));

    private static final String[][] EVENTS = {
        {"MUSIC", "The Midnight Echoes — World Tour", "Synth-pop night with a full light show."},
        {"MUSIC", "Blue Note Jazz Night", "Quartet standards and new compositions."},
        {"MUSIC", "Symphony No. 9 — Beethoven", "The full choral symphony with the city orchestra."},
        {"MUSIC", "Indie Fest Warm-up", "Four rising bands, one long evening."},
        {"SPORTS", "Cup Final", "The season decider."},
        {"SPORTS", "Basketball Derby", "Local rivals, sold out every year."},
        {"THEATRE", "Hamlet", "Shakespeare's tragedy in a new staging."},
        {"THEATRE", "The Nutcracker", "The winter ballet classic."},
        {"COMEDY", "Stand-up Showcase", "Five comedians, one microphone."},
        {"FAMILY", "Circus of Lights", "Acrobats and illusions for all ages."},
        {"MUSIC", "Electronic Sunrise", "All-night DJ sets until dawn."},
        {"CONFERENCE", "JVM Summit", "Two days of talks on the Java platform."},
    };

    private final VenueRepository venues;
    private final CreateVenue createVenue;
    private final CreateEvent createEvent;
    private final ChangeEventStatus changeStatus;
    private final AccountBootstrap accounts;

    DemoCatalog(VenueRepository venues, CreateVenue createVenue, CreateEvent createEvent,
            ChangeEventStatus changeStatus, AccountBootstrap accounts) {
        this.accounts = accounts;
        this.venues = venues;
        this.createVenue = createVenue;
        this.createEvent = createEvent;
        this.changeStatus = changeStatus;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (venues.count() > 0) {
            return;
        }
        Actor merchant = new Actor(accounts.demoMerchant().orElseThrow(
                () -> new IllegalStateException("the demo merchant account is missing")), false);
        Random random = new Random(2026);
        int created = 0;
        for (VenueSpec spec : VENUES) {
            var venue = createVenue.create(new CreateVenue.Command(merchant.id(), spec.name(), spec.address(), spec.city(),
                    spec.country(), spec.lat(), spec.lon(), spec.zone(), layout(spec))).venue();
            for (int i = 0; i < 4; i++) {
                String[] e = EVENTS[random.nextInt(EVENTS.length)];
                LocalDate day = LocalDate.now(ZoneId.of(spec.zone())).plusDays(3 + random.nextInt(120));
                Instant starts = day.atTime(LocalTime.of(19 + random.nextInt(2), 30)).atZone(ZoneId.of(spec.zone()))
                        .toInstant();
                var event = createEvent.create(merchant, new CreateEvent.Command(merchant.id(), venue.getId(), e[1], e[2], e[0],
                        starts, starts.plus(Duration.ofHours(3)), spec.zone(), false,
                        Instant.now().truncatedTo(ChronoUnit.SECONDS), null, ticketTypes(venue.getSections(),
                                random)));
                changeStatus.publish(event.id(), merchant);
                created++;
            }
        }
        LOG.info("demo catalog loaded: {} venues, {} events", VENUES.size(), created);
    }

    private static VenueLayout layout(VenueSpec spec) {
        List<VenueLayout.Section> sections = new ArrayList<>();
        for (int s = 0; s < spec.sections(); s++) {
            List<VenueLayout.Row> rows = new ArrayList<>();
            for (int r = 0; r < spec.rows(); r++) {
                rows.add(new VenueLayout.Row(rowLabel(r), spec.seatsPerRow()));
            }
            sections.add(new VenueLayout.Section("Block " + (char) ('A' + s), rows, null));
        }
        if (spec.standing() > 0) {
            sections.add(new VenueLayout.Section("Standing", List.of(), spec.standing()));
        }
        return new VenueLayout(sections);
    }

    private static String rowLabel(int r) {
        return r < 26 ? String.valueOf((char) ('A' + r)) : "A" + (char) ('A' + r - 26);
    }

    private static List<CreateEvent.TicketTypeSpec> ticketTypes(List<SectionEntity> sections, Random random) {
        List<Long> front = new ArrayList<>();
        List<Long> back = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            (i % 2 == 0 ? front : back).add(sections.get(i).getId());
        }
        long base = 2500 + 500L * random.nextInt(12);
        List<CreateEvent.TicketTypeSpec> types = new ArrayList<>();
        types.add(new CreateEvent.TicketTypeSpec("Premium", base * 2, "EUR", front));
        if (!back.isEmpty()) {
            types.add(new CreateEvent.TicketTypeSpec("Standard", base, "EUR", back));
        }
        return types;
    }
}
