package org.ticketgrid.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.CatalogFixtures.aVenue;
import static org.ticketgrid.app.support.CatalogFixtures.anEventAt;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.Browser;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.TestAccounts;
import org.ticketgrid.app.support.TestAccounts.Account;
import org.ticketgrid.testing.Eventually;

/**
 * The merchant and admin screens as browsers use them: roles (anonymous to sign-in, customers get
 * the 403 page), ownership (merchant B sees and changes nothing of merchant A's), CSRF, and the
 * forms (create, edit, publish, cancel, venue builder) with their refusals shown on the page.
 */
@IntegrationTest
class MerchantPagesIT {

    @Value("${local.server.port}")
    int port;
    Api api;
    Account a;
    Account b;
    Api merchantA;
    JsonNode venueA;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        a = TestAccounts.withRole(api, "MERCHANT");
        b = TestAccounts.withRole(api, "MERCHANT");
        merchantA = api.withToken(a.token());
        venueA = aVenue().withSections(2).withRows(2, 5).create(merchantA);
    }

    @Test
    void anonymousPeopleAreSentToSignInAndCustomersGetTheFriendly403Page() {
        String event = anEventAt(merchantA, venueA, "Roles " + UUID.randomUUID(), true).get("id").asText();
        Browser anonymous = new Browser(port);
        for (String path : List.of("/merchant/events", "/merchant/events/" + event, "/merchant/venues/new",
                "/admin/events", "/admin/totals")) {
            Browser.Page page = anonymous.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).as(path).endsWith("/signin");
        }
        Browser customer = new Browser(port).signIn(TestAccounts.customer(api).email(), TestAccounts.PASSWORD);
        for (String path : List.of("/merchant/events", "/merchant/events/" + event, "/merchant/events/new",
                "/merchant/events/" + event + "/attendees.csv", "/admin/events")) {
            Browser.Page page = customer.get(path);
            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.body()).contains("This page is not for you").doesNotContain("Exception");
        }
    }

    @Test
    void merchantBCannotSeeEditPublishCancelOrExportMerchantAsEvent() {
        String published = anEventAt(merchantA, venueA, "A's show " + UUID.randomUUID(), true).get("id").asText();
        String draft = anEventAt(merchantA, venueA, "A's draft " + UUID.randomUUID(), false).get("id").asText();
        Browser browserB = new Browser(port).signIn(b.email(), TestAccounts.PASSWORD);

        assertThat(browserB.get("/merchant/events").body()).doesNotContain("A&#39;s show").doesNotContain("A's show");
        for (String path : List.of("/merchant/events/" + published, "/merchant/events/" + published + "/edit",
                "/merchant/events/" + published + "/attendees.csv", "/merchant/events/" + published + "/cancel",
                "/merchant/events/" + draft)) {
            Browser.Page page = browserB.get(path);
            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.body()).doesNotContain("A&#39;s").doesNotContain("ticket_code");
        }
        browserB.get("/merchant/events");
        assertThat(browserB.post("/merchant/events/" + draft + "/publish", Map.of()).status()).isEqualTo(403);
        assertThat(browserB.post("/merchant/events/" + published + "/cancel", Map.of()).status()).isEqualTo(403);
        assertThat(browserB.post("/merchant/events/" + published + "/edit", Map.of("name", "Hijacked",
                "startsAt", "2030-01-01T20:00", "endsAt", "2030-01-01T22:00")).status()).isEqualTo(403);

        JsonNode after = merchantA.get("/api/v1/merchant/events/" + published + "/sales").json();
        assertThat(after.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(after.get("name").asText()).startsWith("A's show");
        assertThat(merchantA.get("/api/v1/merchant/events/" + draft + "/sales").json().get("status").asText())
                .isEqualTo("DRAFT");
        // An admin may see it all.
        Browser admin = new Browser(port).signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        assertThat(admin.get("/merchant/events/" + published).status()).isEqualTo(200);
    }

    @Test
    void aMerchantCreatesPublishesEditsAndCancelsAnEventThroughTheForms() {
        Browser browser = new Browser(port).signIn(a.email(), TestAccounts.PASSWORD);
        String venueId = venueA.get("id").asText();
        Browser.Page form = browser.get("/merchant/events/new?venueId=" + venueId);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("New event").contains("Section 1").contains("Section 2")
                .contains("name=\"_csrf\"");
        Browser.Page fragment = browser.htmxGet("/merchant/events/new?venueId=" + venueId, "sections");
        assertThat(fragment.body()).contains("id=\"sections\"").doesNotContain("<html");

        long s1 = venueA.get("sections").get(0).get("id").asLong();
        long s2 = venueA.get("sections").get(1).get("id").asLong();
        String name = "Form night " + UUID.randomUUID();
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("venueId", venueId),
                Map.entry("name", name), Map.entry("description", "Made in a browser"), Map.entry("category", "MUSIC"),
                Map.entry("startsAt", "2031-06-01T20:00"), Map.entry("endsAt", "2031-06-01T23:00"),
                Map.entry("typeId", ""), Map.entry("typeName", "Front"), Map.entry("typePrice", "59.50"),
                Map.entry("typeCurrency", "EUR"), Map.entry("typeId", ""), Map.entry("typeName", "Back"),
                Map.entry("typePrice", "29"), Map.entry("typeCurrency", "EUR"),
                Map.entry("section-" + s1, "0"), Map.entry("section-" + s2, "1")));
        assertThat(browser.postRaw("/merchant/events", Map.of("name", "no token")).status()).as("CSRF").isEqualTo(403);
        Browser.Page created = browser.post("/merchant/events", fields);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String dashboard = created.location();
        String eventId = dashboard.substring(dashboard.lastIndexOf('/') + 1);

        Browser.Page page = browser.get("/merchant/events/" + eventId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(name).contains("Saved as a draft").contains("59.50 EUR")
                .contains("29.00 EUR").contains("<svg class=\"sales-chart\"").contains("attendees.csv");
        assertThat(browser.htmxGet("/merchant/events/" + eventId, "live").body()).contains("id=\"live\"")
                .doesNotContain("<html");

        Browser.Page published = browser.post("/merchant/events/" + eventId + "/publish", Map.of());
        assertThat(published.status()).isEqualTo(302);
        assertThat(browser.get("/merchant/events/" + eventId).body()).contains("Published: the event is on sale.")
                .contains(">20<");
        JsonNode details = api.get("/api/v1/events/" + eventId).json();
        assertThat(details.get("lifecycle").asText()).isEqualTo("PUBLISHED");
        assertThat(details.get("ticketTypes").get(0).get("priceCents").asLong()).isEqualTo(5950);

        // Once published, the form locks the prices: a forged price is ignored, the name changes.
        Browser.Page edit = browser.get("/merchant/events/" + eventId + "/edit");
        assertThat(edit.body()).contains("only its name").contains("disabled");
        Browser.Page saved = browser.post("/merchant/events/" + eventId + "/edit", List.of(Map.entry("name",
                "Renamed night"), Map.entry("description", "Edited"), Map.entry("startsAt", "2031-06-01T20:30"),
                Map.entry("endsAt", "2031-06-01T23:00"), Map.entry("typePrice", "1.00")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        details = api.get("/api/v1/events/" + eventId).json();
        assertThat(details.get("name").asText()).isEqualTo("Renamed night");
        assertThat(details.get("ticketTypes").get(0).get("priceCents").asLong()).isEqualTo(5950);

        assertThat(browser.get("/merchant/events/" + eventId).body())
                .contains("href=\"/merchant/events/" + eventId + "/cancel\"");
        Browser.Page ask = browser.get("/merchant/events/" + eventId + "/cancel");
        assertThat(ask.status()).isEqualTo(200);
        assertThat(ask.body()).contains("Cancelling cannot be undone").contains("nobody needs a refund")
                .contains("action=\"/merchant/events/" + eventId + "/cancel\"");
        assertThat(api.get("/api/v1/events/" + eventId).json().get("status").asText()).as("asking changes nothing")
                .isNotEqualTo("CANCELLED");
        assertThat(browser.post("/merchant/events/" + eventId + "/cancel", Map.of()).status()).isEqualTo(302);
        assertThat(browser.get("/merchant/events/" + eventId).body()).contains("Cancelled: the event");
        browser.get("/merchant/events/" + eventId);
        assertThat(browser.post("/merchant/events/" + eventId + "/publish", Map.of()).status()).isEqualTo(302);
        assertThat(browser.get("/merchant/events/" + eventId).body()).contains("cannot become PUBLISHED");
        assertThat(browser.get("/merchant/events?status=CANCELLED").body()).contains("Renamed night");
    }

    @Test
    void aRefusedEventFormComesBackWithEveryProblemAndWhatWasTyped() {
        Browser browser = new Browser(port).signIn(a.email(), TestAccounts.PASSWORD);
        browser.get("/merchant/events/new");
        Browser.Page refused = browser.post("/merchant/events", List.of(Map.entry("venueId",
                venueA.get("id").asText()), Map.entry("name", ""), Map.entry("description", "Kept <b>text</b>"),
                Map.entry("category", "MUSIC"), Map.entry("startsAt", "2031-06-01T20:00"),
                Map.entry("endsAt", "yesterday"), Map.entry("typeName", "Front"), Map.entry("typePrice", "lots"),
                Map.entry("typeCurrency", "EUR")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Please fix the following").contains("needs a name")
                .contains("end is not a date").contains("is not an amount").contains("Kept &lt;b&gt;text&lt;/b&gt;")
                .doesNotContain("Exception");
        Browser.Page otherVenue = browser.post("/merchant/events", List.of(Map.entry("venueId",
                aVenue().create(api.withToken(b.token())).get("id").asText()), Map.entry("name", "Squat")));
        assertThat(otherVenue.status()).isEqualTo(400);
        assertThat(otherVenue.body()).contains("choose one of your venues");
    }

    @Test
    void theVenueBuilderSavesALayoutAndShowsLayoutProblemsOnTheForm() {
        Browser browser = new Browser(port).signIn(a.email(), TestAccounts.PASSWORD);
        Browser.Page builder = browser.get("/merchant/venues/new");
        assertThat(builder.status()).isEqualTo(200);
        assertThat(builder.body()).contains("Build a venue").contains("/js/venue-builder.js")
                .contains("id=\"venue-preview\"").doesNotContain("<script>");
        assertThat(new Browser(port).get("/js/venue-builder.js").status()).isEqualTo(200);

        String name = "Built hall " + UUID.randomUUID();
        Browser.Page saved = browser.post("/merchant/venues", List.of(Map.entry("name", name),
                Map.entry("address", "2 Builder Road"), Map.entry("city", "Hamburg"), Map.entry("country", "de"),
                Map.entry("timeZone", "Europe/Berlin"), Map.entry("latitude", "53.55"), Map.entry("longitude", "9.99"),
                Map.entry("sectionName", "Parkett"), Map.entry("sectionKind", "SEATED"), Map.entry("sectionRows", "30"),
                Map.entry("sectionSeats", "40"), Map.entry("sectionCapacity", ""),
                Map.entry("sectionName", "Floor"), Map.entry("sectionKind", "GENERAL_ADMISSION"),
                Map.entry("sectionRows", ""), Map.entry("sectionSeats", ""), Map.entry("sectionCapacity", "800")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).contains("/merchant/events/new?venueId=");
        Browser.Page next = browser.get(saved.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(next.body()).contains(name).contains("2000 places").contains("Parkett").contains("Floor");

        Browser.Page refused = browser.post("/merchant/venues", List.of(Map.entry("name", "Broken"),
                Map.entry("address", "x"), Map.entry("city", "y"), Map.entry("country", "Germany"),
                Map.entry("timeZone", "Europe/Berlin"),
                Map.entry("sectionName", "A"), Map.entry("sectionKind", "SEATED"), Map.entry("sectionRows", "2"),
                Map.entry("sectionSeats", "100000"), Map.entry("sectionCapacity", ""),
                Map.entry("sectionName", "a"), Map.entry("sectionKind", "SEATED"), Map.entry("sectionRows", "0"),
                Map.entry("sectionSeats", "5"), Map.entry("sectionCapacity", ""),
                Map.entry("sectionName", "Pit"), Map.entry("sectionKind", "GENERAL_ADMISSION"),
                Map.entry("sectionRows", ""), Map.entry("sectionSeats", ""), Map.entry("sectionCapacity", "")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("The venue was not saved").contains("two-letter code")
                .contains("1 to 500 seats").contains("1 to 500 rows").contains("whole number")
                .contains("value=\"Broken\"").doesNotContain("Exception");
    }

    @Test
    void adminsListFilterAndUnpublishEventsAndSeePlatformTotals() {
        String name = "Moderate me " + UUID.randomUUID();
        String event = anEventAt(merchantA, venueA, name, true).get("id").asText();
        Browser admin = new Browser(port).signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        Browser.Page list = admin.get("/admin/events?status=PUBLISHED&q=" + name.substring(12));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(name).contains("Unpublish");
        assertThat(admin.htmxGet("/admin/events?q=" + name.substring(12), "results").body()).contains(name)
                .doesNotContain("<html");
        Browser.Page done = admin.post("/admin/events/" + event + "/unpublish", Map.of());
        assertThat(done.status()).isEqualTo(302);
        assertThat(admin.get("/admin/events").body()).contains("is unpublished");
        assertThat(api.get("/api/v1/events/" + event).status()).isEqualTo(404);
        assertThat(admin.get("/admin/events?status=PUBLISHED&q=" + name.substring(12)).body()).doesNotContain(name);

        Browser.Page totals = admin.get("/admin/totals");
        assertThat(totals.status()).isEqualTo(200);
        assertThat(totals.body()).contains("Platform totals").contains("merchant:").contains("Tickets sold");
        Browser merchant = new Browser(port).signIn(a.email(), TestAccounts.PASSWORD);
        assertThat(merchant.get("/admin/totals").status()).isEqualTo(403);
    }

    @Test
    void customersBrowseByCategoryAndDate() {
        // A day of its own, far ahead, so that no other test's events crowd it off the first page.
        String name = "Browse night " + UUID.randomUUID();
        java.time.Instant starts = java.time.LocalDate.of(2045, 1, 1)
                .plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(5000)).atTime(20, 0)
                .toInstant(java.time.ZoneOffset.UTC);
        List<Long> sections = new ArrayList<>();
        venueA.get("sections").forEach(x -> sections.add(x.get("id").asLong()));
        Api.Response created = merchantA.post("/api/v1/events", Map.of("venueId", venueA.get("id").asText(), "name",
                name, "category", "MUSIC", "startsAt", starts.toString(), "endsAt", starts.plusSeconds(7200).toString(),
                "highDemand", false, "ticketTypes", List.of(Map.of("name", "Any", "priceCents", 1000, "currency",
                        "EUR", "sectionIds", sections))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(merchantA.post("/api/v1/events/" + id + "/publish", "").status()).isEqualTo(200);
        String day = starts.toString().substring(0, 10);
        String nextDay = java.time.LocalDate.parse(day).plusDays(1).toString();
        Browser browser = new Browser(port);
        // The search index follows PostgreSQL through CDC: give it a few seconds.
        Eventually.eventually(Duration.ofSeconds(60), () -> {
            assertThat(browser.get("/events?category=music&from=" + day + "&to=" + day).body()).contains(name);
        });
        Browser.Page other = browser.get("/events?category=COMEDY&from=" + day + "&to=" + day);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body()).doesNotContain(name).contains("Music · ").contains("value=\"" + day + "\"");
        assertThat(browser.get("/events?category=MUSIC&from=" + nextDay).body()).doesNotContain(name);
        assertThat(browser.get("/events?from=not-a-date&page=-4").status()).isEqualTo(200);
        assertThat(browser.htmxGet("/events?category=MUSIC&from=" + day + "&to=" + day, "results").body())
                .contains("id=\"results\"").contains(name).doesNotContain("<html");
    }
}
