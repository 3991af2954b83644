package org.ticketgrid.app.eventpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.CatalogFixtures.aVenue;
import static org.ticketgrid.app.support.CatalogFixtures.anEventAt;
import static org.ticketgrid.app.support.CatalogFixtures.seatIds;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.TestAccounts;
import org.ticketgrid.app.support.Browser;
import org.ticketgrid.app.support.IntegrationTest;

/** The event page and its hold routes, as browsers use them, against the real grid and database. */
@IntegrationTest
class EventPageIT {

    @Value("${local.server.port}")
    int port;
    Api api;
    Browser browser;
    JsonNode venue;
    String eventId;
    List<List<Long>> seats;

    @BeforeEach
    void setUp() {
        api = TestAccounts.asMerchant(new Api(port));
        browser = visitor();
        venue = aVenue().withSections(2).withRows(2, 5).create(api);
        eventId = anEventAt(api, venue, "Page Test " + UUID.randomUUID(), true).get("id").asText();
        seats = seatIds(venue);
    }

    @Test
    void theEventPageShowsDetailsAndAnAccessibleSeatMap() {
        Browser.Page page = browser.get(eventPath());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        String html = page.body();
        assertThat(count(html, "<rect id=\"s")).isEqualTo(20);
        assertThat(count(html, "aria-label=\"Section 1, row ")).isEqualTo(10);
        assertThat(html).contains("aria-label=\"Section 2, row B, seat 5, 45.00 EUR, available\"")
                .contains("id=\"s" + seats.get(0).get(0) + "\"")
                .contains("Page Test").contains("An evening to remember").contains("1 Test Street, Berlin, Germany")
                .contains("https://www.openstreetmap.org/?mlat=52.52&amp;mlon=13.4")
                .contains("On sale").contains("20 available").contains("Hold seats")
                .containsPattern("\\d\\d:\\d\\d – (\\w{3} \\d{1,2} \\w{3} )?\\d\\d:\\d\\d CES?T") // the venue's zone, Europe/Berlin (the end's date when it is the next day)
                .contains("src=\"/js/seatmap.js\"").contains("src=\"/js/hold.js\"")
                // The map follows the event's stream of seat changes.
                .contains("src=\"/js/live.js\"").contains("data-stream=\"" + "/api/v1" + eventPath() + "/stream\"");
        assertNoInlineScript(html);
    }

    @Test
    void theLiveFragmentCarriesCountsAndEverySeatsState() {
        Browser.Page live = browser.htmxGet(eventPath(), "live");
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body()).startsWith("<section id=\"live\"").doesNotContain("<html")
                .contains("data-section=\"" + sectionId(0) + "\"").contains(">aaaaaaaaaa<");

        assertThat(hold(browser, seats.get(0).get(1)).status()).isEqualTo(200);
        assertThat(browser.htmxGet(eventPath(), "live").body()).contains(">araaaaaaaa<").contains("1 on hold");
    }

    @Test
    void aHoldThroughThePageShowsTheSeatsTotalAndCountdown() {
        long first = seats.get(0).get(0);
        long second = seats.get(1).get(4);
        Browser.Page held = browser.htmxPost(holdPath(), List.of(Map.entry("seat", "" + first),
                Map.entry("seat", "" + second)));

        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.body()).contains("Your seats are held").contains("Section 1, row A, seat 1")
                .contains("Section 2, row A, seat 5").contains("90.00 EUR")
                .containsPattern("data-expires-in=\"[1-4]\\d{3}\"") // holds last 4 s in the tests
                .contains("data-seat-ids=\"" + first + " " + second + "\"")
                .contains("hx-swap-oob=\"true\"").contains("Release seats");
        assertThat(seatStatus(first)).isEqualTo("RESERVED");
        assertThat(seatStatus(second)).isEqualTo("RESERVED");

        // The same browser sees its hold again after a reload; another browser does not.
        assertThat(browser.get(eventPath()).body()).contains("Your seats are held");
        assertThat(visitor().get(eventPath()).body()).doesNotContain("Your seats are held")
                .contains("Your selection");
    }

    @Test
    void aTakenSeatIsAFriendlyMessageAndTheMapRefreshes() {
        long seat = seats.get(0).get(2);
        assertThat(hold(visitor(), seat).status()).isEqualTo(200);

        Browser.Page refused = hold(browser, seat);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.body()).contains("role=\"alert\"")
                .contains("Section 1, row A, seat 3 was just taken by another buyer")
                .contains("data-taken=\"" + seat + "\"").contains("hx-swap-oob=\"true\"").contains(">aaraaaaaaa<")
                .doesNotContain("Exception").doesNotContain("Whitelabel");
    }

    @Test
    void aDoubleSubmitShowsTheBuyersOwnHoldNotARefusal() {
        long seat = seats.get(1).get(0);
        assertThat(hold(browser, seat).status()).isEqualTo(200);
        Browser.Page again = hold(browser, seat);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("Your seats are held").doesNotContain("just taken");
    }

    @Test
    void releasingFreesTheSeatsAtOnce() {
        long seat = seats.get(0).get(3);
        String holdId = holdIdIn(hold(browser, seat).body());

        assertThat(visitor().htmxPost(releasePath(), List.of(Map.entry("holdId", holdId))).body())
                .as("another browser cannot release it").contains("already ended");
        assertThat(seatStatus(seat)).isEqualTo("RESERVED");

        Browser.Page released = browser.htmxPost(releasePath(), List.of(Map.entry("holdId", holdId)));
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.body()).contains("Your seats were released").contains("Hold seats");
        assertThat(seatStatus(seat)).isEqualTo("AVAILABLE");
        assertThat(browser.get(eventPath()).body()).doesNotContain("Your seats are held");
    }

    @Test
    void anExpiredHoldSaysSoAndItsSeatsAreFree() throws InterruptedException {
        long seat = seats.get(1).get(3);
        assertThat(hold(browser, seat).status()).isEqualTo(200);
        Thread.sleep(4_500); // holds last 4 s in the tests
        Browser.Page panel = browser.htmxGet(eventPath(), "hold-panel");
        assertThat(panel.status()).isEqualTo(200);
        assertThat(panel.body()).startsWith("<section id=\"hold-panel\"").contains("Your hold has expired")
                .contains("Hold seats");
        assertThat(seatStatus(seat)).isEqualTo("AVAILABLE");
    }

    @Test
    void withoutJavaScriptAHoldRedirectsBackToThePageWhichShowsIt() {
        Browser.Page posted = browser.post(holdPath(), List.of(Map.entry("seat", "" + seats.get(0).get(4))));
        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.location()).endsWith(eventPath());
        assertThat(browser.get(eventPath()).body()).contains("Your seats are held")
                .contains("Section 1, row A, seat 5");

        Browser.Page refused = visitor().post(holdPath(), List.of(Map.entry("seat", "" + seats.get(0).get(4))));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("<html").contains("just taken by another buyer").contains("<rect id=\"s");
    }

    @Test
    void theAccountsLimitAtTheEventIsAFriendlyMessage() {
        List<Map.Entry<String, String>> eight = new ArrayList<>();
        seats.get(0).subList(0, 8).forEach(s -> eight.add(Map.entry("seat", "" + s)));
        assertThat(browser.htmxPost(holdPath(), eight).status()).isEqualTo(200);
        // A second tab of the same buyer asks for one more seat: 9 in all is over the limit of 8.
        assertRefused(hold(browser, seats.get(1).get(0)), 409, "at most 8 tickets for this event");
        assertThat(seatStatus(seats.get(1).get(0))).isEqualTo("AVAILABLE");
        assertThat(seatStatus(seats.get(0).get(7))).as("the buyer's hold stays").isEqualTo("RESERVED");
    }

    @Test
    void badSelectionsAreExplainedAndHoldNothing() {
        List<Map.Entry<String, String>> nine = new ArrayList<>();
        seats.get(0).subList(0, 9).forEach(s -> nine.add(Map.entry("seat", "" + s)));
        assertRefused(browser.htmxPost(holdPath(), nine), 400, "at most 8 seats");
        assertRefused(browser.htmxPost(holdPath(), List.of()), 400, "Choose at least one seat");
        assertRefused(browser.htmxPost(holdPath(), List.of(Map.entry("seat", "12345"))), 400,
                "not a seat of this event");
        assertRefused(browser.htmxPost(holdPath(), List.of(Map.entry("seat", "x1"))), 400, "not a seat of this event");
        assertThat(seatStatus(seats.get(0).get(0))).isEqualTo("AVAILABLE");
    }

    @Test
    void standingPlacesAreHeldByQuantity() {
        JsonNode hall = api.post("/api/v1/venues", Map.of("name", "GA Hall " + UUID.randomUUID(), "address",
                "2 Test Street", "city", "Berlin", "country", "DE", "timeZone", "Europe/Berlin", "sections",
                List.of(Map.of("name", "Pit", "capacity", 5)))).json();
        String gaEvent = anEventAt(api, hall, "GA Test " + UUID.randomUUID(), true).get("id").asText();
        long pit = hall.get("sections").get(0).get("id").asLong();
        String path = "/events/" + gaEvent;

        String page = browser.get(path).body();
        assertThat(page).contains("class=\"ga\" id=\"sec" + pit + "\"").contains("5 of 5 places left")
                .contains("name=\"ga-" + pit + "\"");

        Browser.Page held = browser.htmxPost(path + "/hold", List.of(Map.entry("ga-" + pit, "3")));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(count(held.body(), "Pit, standing")).isEqualTo(3);
        assertThat(held.body()).contains("135.00 EUR");

        assertRefused(visitor().htmxPost(path + "/hold", List.of(Map.entry("ga-" + pit, "3"))), 409,
                "Only 2 places are left");
    }

    @Test
    void eventsNotOnSaleSaySoAndRefuseHoldsPolitely() {
        Instant opens = Instant.now().plus(10, ChronoUnit.DAYS);
        String later = createEvent(Map.of("salesOpenAt", opens.toString()));
        Browser.Page page = browser.get("/events/" + later);
        assertThat(page.body()).contains("Sales not open yet").contains("Sales open ")
                .containsPattern("disabled[^>]*>Hold seats</button>");
        assertRefused(browser.htmxPost("/events/" + later + "/hold",
                List.of(Map.entry("seat", "" + seats.get(0).get(0)))), 409, "not on sale yet");

        assertThat(api.post("/api/v1/events/" + eventId + "/cancel", "").status()).isEqualTo(200);
        assertThat(browser.get(eventPath()).body()).contains("Cancelled").contains("has been cancelled");
        assertRefused(hold(browser, seats.get(0).get(0)), 409, "not on sale");
    }

    @Test
    void unknownMalformedAndDraftEventsAreTheFriendly404Page() {
        String draft = anEventAt(api, venue, "Draft " + UUID.randomUUID(), false).get("id").asText();
        for (String path : List.of("/events/" + UUID.randomUUID(), "/events/not-a-uuid", "/events/" + draft,
                "/events/%20")) {
            Browser.Page page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).contains("could not find").doesNotContain("Exception");
        }
        Browser.Page post = browser.htmxPost("/events/not-a-uuid/hold", List.of(Map.entry("seat", "1")));
        assertThat(post.status()).isEqualTo(404);
        assertThat(post.body()).contains("could not find");
    }

    /** A visitor arrives: a session and its CSRF token, as a real browser gets them first. */
    private Browser visitor() {
        Browser visitor = new Browser(port);
        visitor.get("/");
        return visitor;
    }

    private String createEvent(Map<String, Object> extra) {
        List<Long> sectionIds = new ArrayList<>();
        venue.get("sections").forEach(s -> sectionIds.add(s.get("id").asLong()));
        Instant starts = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> request = new HashMap<>(Map.of("venueId", venue.get("id").asText(), "name",
                "Later " + UUID.randomUUID(), "category", "MUSIC", "highDemand", false, "startsAt", starts.toString(),
                "endsAt", starts.plus(2, ChronoUnit.HOURS).toString(), "ticketTypes", List.of(Map.of("name", "Standard",
                        "priceCents", 4500, "currency", "EUR", "sectionIds", sectionIds))));
        request.putAll(extra);
        Api.Response created = api.post("/api/v1/events", request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(api.post("/api/v1/events/" + id + "/publish", "").status()).isEqualTo(200);
        return id;
    }

    private Browser.Page hold(Browser who, long seat) {
        return who.htmxPost(holdPath(), List.of(Map.entry("seat", "" + seat)));
    }

    private static void assertRefused(Browser.Page page, int status, String message) {
        assertThat(page.status()).as(page.body()).isEqualTo(status);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("class=\"notice error\"").contains(message).doesNotContain("Exception");
    }

    private static void assertNoInlineScript(String html) {
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
        while (scripts.find()) {
            assertThat(scripts.group(1)).as("every script is a file").contains("src=");
        }
        assertThat(html).doesNotContainPattern("\\son[a-z]+=\"").doesNotContain("javascript:");
    }

    private long sectionId(int index) {
        return venue.get("sections").get(index).get("id").asLong();
    }

    private String eventPath() {
        return "/events/" + eventId;
    }

    private String holdPath() {
        return eventPath() + "/hold";
    }

    private String releasePath() {
        return eventPath() + "/hold/release";
    }

    private static String holdIdIn(String html) {
        Matcher m = Pattern.compile("name=\"holdId\" value=\"([0-9a-f]{16})\"").matcher(html);
        assertThat(m.find()).as("hold id in the panel").isTrue();
        return m.group(1);
    }

    private String seatStatus(long seatId) {
        for (JsonNode section : api.get("/api/v1/events/" + eventId + "/seats").json().get("sections")) {
            for (JsonNode seat : section.get("seats")) {
                if (seat.get("id").asLong() == seatId) {
                    return seat.get("status").asText();
                }
            }
        }
        throw new AssertionError("seat " + seatId + " not on the map");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
