package org.ticketgrid.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ticketgrid.app.catalog.VenueLayout;

/**
 * The demo catalog as plain data, deterministic for a seed and a start day: venues of every size
 * (clubs, theatres, concert halls, arenas and one 50,000-seat stadium) in cities across Europe and
 * North America, and for each a season of events across categories, spread over the coming year.
 * Most are on sale; a few have sales opening later, a few are high-demand, a few are drafts.
 */
final class DemoCatalogPlan {

    /** What kind of place a venue is: decides its layout and what plays there. */
    enum Kind {
        CLUB, THEATRE, HALL, ARENA, STADIUM
    }

    /** A venue to create. */
    record Venue(String name, String address, String city, String country, double lat, double lon, String zone,
            Kind kind, VenueLayout layout) {

        int capacity() {
            return layout.sections().stream().mapToInt(VenueLayout.Section::seatCount).sum();
        }
    }

    /** An event to create at a venue; prices in minor units, front sections dearer. */
    record Event(String category, String name, String description, Instant startsAt, Instant endsAt,
            Instant salesOpenAt, boolean highDemand, boolean publish, long basePriceCents, String currency) {
    }

    private record Place(String name, String address, String city, String country, double lat, double lon,
            String zone, Kind kind, String currency) {
    }

    private static final List<Place> PLACES = List.of(
            // Kept from the first demo catalog (same names, so an existing catalog is not loaded twice).
            new Place("Olympiastadion", "Olympischer Platz 3", "Berlin", "DE", 52.5147, 13.2395, "Europe/Berlin",
                    Kind.ARENA, "EUR"),
            new Place("Royal Albert Hall", "Kensington Gore", "London", "GB", 51.5009, -0.1774, "Europe/London",
                    Kind.HALL, "GBP"),
            new Place("Paradiso", "Weteringschans 6-8", "Amsterdam", "NL", 52.3622, 4.8838, "Europe/Amsterdam",
                    Kind.CLUB, "EUR"),
            new Place("Palau de la Música Catalana", "Carrer Palau de la Música 4-6", "Barcelona", "ES", 41.3875,
                    2.1753, "Europe/Madrid", Kind.HALL, "EUR"),
            new Place("Olympia", "28 Boulevard des Capucines", "Paris", "FR", 48.8702, 2.3281, "Europe/Paris",
                    Kind.THEATRE, "EUR"),
            new Place("Konzerthaus", "Lothringerstraße 20", "Vienna", "AT", 48.2008, 16.3781, "Europe/Vienna",
                    Kind.HALL, "EUR"),
            // Added with the larger catalog.
            new Place("Signal Iduna Park", "Strobelallee 50", "Dortmund", "DE", 51.4926, 7.4519, "Europe/Berlin",
                    Kind.STADIUM, "EUR"),
            new Place("Mercedes-Benz Arena", "Mercedes-Platz 1", "Berlin", "DE", 52.5053, 13.4435, "Europe/Berlin",
                    Kind.ARENA, "EUR"),
            new Place("SO36", "Oranienstraße 190", "Berlin", "DE", 52.5003, 13.4222, "Europe/Berlin", Kind.CLUB,
                    "EUR"),
            new Place("Deutsches Theater", "Schumannstraße 13a", "Berlin", "DE", 52.5242, 13.3839, "Europe/Berlin",
                    Kind.THEATRE, "EUR"),
            new Place("Elbphilharmonie", "Platz der Deutschen Einheit 1", "Hamburg", "DE", 53.5413, 9.9841,
                    "Europe/Berlin", Kind.HALL, "EUR"),
            new Place("Olympiahalle", "Spiridon-Louis-Ring 21", "Munich", "DE", 48.1749, 11.5560, "Europe/Berlin",
                    Kind.ARENA, "EUR"),
            new Place("Lanxess Arena", "Willy-Brandt-Platz 3", "Cologne", "DE", 50.9384, 6.9830, "Europe/Berlin",
                    Kind.ARENA, "EUR"),
            new Place("Batschkapp", "Gwinnerstraße 5", "Frankfurt", "DE", 50.1301, 8.7261, "Europe/Berlin",
                    Kind.CLUB, "EUR"),
            new Place("The O2", "Peninsula Square", "London", "GB", 51.5030, 0.0032, "Europe/London", Kind.ARENA,
                    "GBP"),
            new Place("Brixton Academy", "211 Stockwell Road", "London", "GB", 51.4650, -0.1149, "Europe/London",
                    Kind.CLUB, "GBP"),
            new Place("Palace Theatre", "Shaftesbury Avenue", "London", "GB", 51.5133, -0.1294, "Europe/London",
                    Kind.THEATRE, "GBP"),
            new Place("Manchester Apollo", "Stockport Road", "Manchester", "GB", 53.4690, -2.2217, "Europe/London",
                    Kind.THEATRE, "GBP"),
            new Place("Usher Hall", "Lothian Road", "Edinburgh", "GB", 55.9466, -3.2056, "Europe/London",
                    Kind.HALL, "GBP"),
            new Place("Ziggo Dome", "De Passage 100", "Amsterdam", "NL", 52.3134, 4.9374, "Europe/Amsterdam",
                    Kind.ARENA, "EUR"),
            new Place("Melkweg", "Lijnbaansgracht 234a", "Amsterdam", "NL", 52.3648, 4.8811, "Europe/Amsterdam",
                    Kind.CLUB, "EUR"),
            new Place("Théâtre du Châtelet", "2 Rue Édouard Colonne", "Paris", "FR", 48.8576, 2.3469,
                    "Europe/Paris", Kind.THEATRE, "EUR"),
            new Place("Accor Arena", "8 Boulevard de Bercy", "Paris", "FR", 48.8386, 2.3785, "Europe/Paris",
                    Kind.ARENA, "EUR"),
            new Place("Le Bikini", "Rue Théodore Monod", "Toulouse", "FR", 43.5478, 1.4946, "Europe/Paris",
                    Kind.CLUB, "EUR"),
            new Place("Teatro Real", "Plaza de Isabel II", "Madrid", "ES", 40.4184, -3.7102, "Europe/Madrid",
                    Kind.THEATRE, "EUR"),
            new Place("Sala Apolo", "Carrer Nou de la Rambla 113", "Barcelona", "ES", 41.3744, 2.1696,
                    "Europe/Madrid", Kind.CLUB, "EUR"),
            new Place("Teatro alla Scala", "Via Filodrammatici 2", "Milan", "IT", 45.4674, 9.1895, "Europe/Rome",
                    Kind.THEATRE, "EUR"),
            new Place("Auditorium Parco della Musica", "Viale Pietro de Coubertin 30", "Rome", "IT", 41.9291,
                    12.4744, "Europe/Rome", Kind.HALL, "EUR"),
            new Place("Wiener Stadthalle", "Roland-Rainer-Platz 1", "Vienna", "AT", 48.2022, 16.3327,
                    "Europe/Vienna", Kind.ARENA, "EUR"),
            new Place("Hallenstadion", "Wallisellenstrasse 45", "Zurich", "CH", 47.4115, 8.5516, "Europe/Zurich",
                    Kind.ARENA, "CHF"),
            new Place("Tivoli Concert Hall", "Vesterbrogade 3", "Copenhagen", "DK", 55.6737, 12.5681,
                    "Europe/Copenhagen", Kind.HALL, "DKK"),
            new Place("Cirkus", "Djurgårdsslätten 43", "Stockholm", "SE", 59.3254, 18.0979, "Europe/Stockholm",
                    Kind.THEATRE, "SEK"),
            new Place("Roxy Prague", "Dlouhá 33", "Prague", "CZ", 50.0904, 14.4237, "Europe/Prague", Kind.CLUB,
                    "CZK"),
            new Place("Vicar Street", "58-59 Thomas Street", "Dublin", "IE", 53.3432, -6.2782, "Europe/Dublin",
                    Kind.CLUB, "EUR"),
            new Place("Beacon Theatre", "2124 Broadway", "New York", "US", 40.7805, -73.9812, "America/New_York",
                    Kind.THEATRE, "USD"),
            new Place("The Fillmore", "1805 Geary Boulevard", "San Francisco", "US", 37.7840, -122.4330,
                    "America/Los_Angeles", Kind.CLUB, "USD"),
            new Place("Massey Hall", "178 Victoria Street", "Toronto", "CA", 43.6540, -79.3788, "America/Toronto",
                    Kind.HALL, "CAD"));

    private static final String[][] SHOWS = {
        {"MUSIC", "The Midnight Echoes — World Tour", "Synth-pop night with a full light show."},
        {"MUSIC", "Blue Note Jazz Night", "Quartet standards and new compositions."},
        {"MUSIC", "Symphony No. 9 — Beethoven", "The full choral symphony with the city orchestra."},
        {"MUSIC", "Indie Fest Warm-up", "Four rising bands, one long evening."},
        {"MUSIC", "Electronic Sunrise", "All-night DJ sets until dawn."},
        {"MUSIC", "Northern Lights Choir", "A cappella from the far north."},
        {"MUSIC", "Guitar Heroes Live", "Three virtuosos, one stage."},
        {"MUSIC", "Mozart by Candlelight", "Chamber works in the glow of a thousand candles."},
        {"MUSIC", "Hip-Hop Block Party", "Headliners and local crews back to back."},
        {"MUSIC", "Metal Mayhem", "Loud, fast and proud."},
        {"SPORTS", "Cup Final", "The season decider."},
        {"SPORTS", "Basketball Derby", "Local rivals, sold out every year."},
        {"SPORTS", "Ice Hockey Classic", "The league's oldest rivalry."},
        {"SPORTS", "Championship Boxing", "Title fight and undercard."},
        {"SPORTS", "Indoor Athletics Gala", "Sprints, jumps and a world-record attempt."},
        {"THEATRE", "Hamlet", "Shakespeare's tragedy in a new staging."},
        {"THEATRE", "The Nutcracker", "The winter ballet classic."},
        {"THEATRE", "Les Misérables", "The musical, twenty-five songs and a barricade."},
        {"THEATRE", "Swan Lake", "Tchaikovsky's ballet with full orchestra."},
        {"THEATRE", "The Importance of Being Earnest", "Wilde's comedy of manners."},
        {"COMEDY", "Stand-up Showcase", "Five comedians, one microphone."},
        {"COMEDY", "Improv Night", "Nothing is written; everything can happen."},
        {"FAMILY", "Circus of Lights", "Acrobats and illusions for all ages."},
        {"FAMILY", "Dinosaurs Live", "Life-size dinosaurs roam the stage."},
        {"FESTIVAL", "Summer Sounds Festival", "Three stages, twenty bands, one day."},
        {"CONFERENCE", "JVM Summit", "Two days of talks on the Java platform."},
        {"CONFERENCE", "Data Grid Days", "In-memory computing in practice."},
    };

    private DemoCatalogPlan() {
    }

    static List<Venue> venues() {
        List<Venue> venues = new ArrayList<>();
        Random random = new Random(2026);
        for (Place p : PLACES) {
            venues.add(new Venue(p.name(), p.address(), p.city(), p.country(), p.lat(), p.lon(), p.zone(), p.kind(),
                    layout(p.kind(), random)));
        }
        return venues;
    }

    /** The events of one venue, starting from {@code today} in the venue's zone. */
    static List<Event> events(Venue venue, LocalDate today, Instant now) {
        Random random = new Random(venue.name().hashCode());
        String currency = PLACES.stream().filter(p -> p.name().equals(venue.name())).findFirst().orElseThrow()
                .currency();
        int count = switch (venue.kind()) {
            case STADIUM -> 5;
            case ARENA -> 9;
            case CLUB, THEATRE, HALL -> 8;
        };
        List<Event> events = new ArrayList<>();
        ZoneId zone = ZoneId.of(venue.zone());
        for (int i = 0; i < count; i++) {
            String[] show = show(venue.kind(), random);
            LocalDate day = today.plusDays(2 + random.nextInt(330));
            Instant starts = day.atTime(LocalTime.of(show[0].equals("CONFERENCE") ? 9 : 18 + random.nextInt(3),
                    random.nextBoolean() ? 0 : 30)).atZone(zone).toInstant();
            Duration length = show[0].equals("CONFERENCE") ? Duration.ofHours(8)
                    : show[0].equals("FESTIVAL") ? Duration.ofHours(10) : Duration.ofMinutes(150);
            boolean later = random.nextInt(10) == 0 && day.isAfter(today.plusDays(30));
            Instant opens = later ? starts.minus(Duration.ofDays(21)) : now;
            boolean highDemand = venue.kind() == Kind.STADIUM ? i == 0 : random.nextInt(25) == 0;
            boolean publish = random.nextInt(20) != 0;
            long base = basePrice(venue.kind(), random) * (currency.equals("SEK") || currency.equals("DKK")
                    || currency.equals("CZK") ? 10 : 1);
            events.add(new Event(show[0], show[1], show[2], starts, starts.plus(length), opens, highDemand, publish,
                    base, currency));
        }
        return events;
    }

    private static String[] show(Kind kind, Random random) {
        while (true) {
            String[] show = SHOWS[random.nextInt(SHOWS.length)];
            boolean fits = switch (kind) {
                case STADIUM -> show[0].equals("SPORTS") || show[0].equals("FESTIVAL") || show[1].contains("Tour");
                case ARENA -> !show[0].equals("THEATRE") && !show[0].equals("CONFERENCE");
                case CLUB -> show[0].equals("MUSIC") || show[0].equals("COMEDY");
                case THEATRE -> !show[0].equals("SPORTS") && !show[0].equals("FESTIVAL");
                case HALL -> show[0].equals("MUSIC") || show[0].equals("THEATRE") || show[0].equals("CONFERENCE");
            };
            if (fits) {
                return show;
            }
        }
    }

    private static long basePrice(Kind kind, Random random) {
        return switch (kind) {
            case CLUB -> 1800 + 200L * random.nextInt(10);
            case THEATRE, HALL -> 3500 + 500L * random.nextInt(10);
            case ARENA -> 4500 + 500L * random.nextInt(12);
            case STADIUM -> 6000 + 1000L * random.nextInt(6);
        };
    }

    private static VenueLayout layout(Kind kind, Random random) {
        List<VenueLayout.Section> sections = new ArrayList<>();
        switch (kind) {
            case STADIUM -> {
                // 50,000 seats: four stands of five blocks, each block 50 rows of 50 seats.
                String[] stands = {"North", "East", "South", "West"};
                for (String stand : stands) {
                    for (int b = 1; b <= 5; b++) {
                        sections.add(new VenueLayout.Section(stand + " " + b, VenueLayout.uniformRows(50, 50), null));
                    }
                }
            }
            case ARENA -> {
                int blocks = 8 + random.nextInt(5);
                for (int b = 0; b < blocks; b++) {
                    sections.add(new VenueLayout.Section("Block " + (100 + b), VenueLayout.uniformRows(
                            20 + random.nextInt(10), 30 + random.nextInt(15)), null));
                }
                sections.add(new VenueLayout.Section("Floor", List.of(), 2000 + 500 * random.nextInt(5)));
            }
            case HALL -> {
                sections.add(new VenueLayout.Section("Stalls", VenueLayout.uniformRows(25, 36), null));
                sections.add(new VenueLayout.Section("Circle", VenueLayout.uniformRows(12, 40), null));
                sections.add(new VenueLayout.Section("Gallery", VenueLayout.uniformRows(8, 44), null));
            }
            case THEATRE -> {
                sections.add(new VenueLayout.Section("Orchestra", VenueLayout.uniformRows(22, 30), null));
                sections.add(new VenueLayout.Section("Mezzanine", VenueLayout.uniformRows(10, 32), null));
                sections.add(new VenueLayout.Section("Balcony", VenueLayout.uniformRows(8, 34), null));
            }
            case CLUB -> {
                sections.add(new VenueLayout.Section("Balcony", VenueLayout.uniformRows(4, 20), null));
                sections.add(new VenueLayout.Section("Standing", List.of(), 600 + 100 * random.nextInt(10)));
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return new VenueLayout(sections);
    }
}
