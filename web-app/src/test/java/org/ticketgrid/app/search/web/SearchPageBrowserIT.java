package org.ticketgrid.app.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.testing.Eventually.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.TestAccounts;

/**
 * The search page in a real headless Chromium: a misspelt prefix brings suggestions, the keyboard
 * picks one, the city and price filters narrow the results and the date sort orders them, all
 * through HTMX swaps that keep every filter in the URL.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageBrowserIT {

    @Value("${local.server.port}")
    int port;
    Playwright playwright;
    Browser browser;
    final String token = "zb" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    final String nearCity = "Lindenau" + token;
    final String farCity = "Eichwalde" + token;

    @BeforeAll
    void startBrowserAndData() {
        Api api = TestAccounts.asMerchant(new Api(port));
        JsonNode near = venue(api, nearCity);
        JsonNode far = venue(api, farCity);
        event(api, near, "Marmalade Orchestra " + token + " Late", 20, 9000);
        event(api, near, "Marmalade Orchestra " + token + " Early", 10, 3000);
        event(api, near, "Marmalade Orchestra " + token + " Cheap", 30, 1500);
        event(api, far, "Marmalade Orchestra " + token + " Elsewhere", 5, 3000);
        eventually(Duration.ofSeconds(60), () -> assertThat(api.get("/api/v1/events?q=" + token).json()
                .get("total").asLong()).isEqualTo(4));

        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void typoSuggestionKeyboardCityPriceAndDateSort() {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)).newPage();
        page.navigate("http://127.0.0.1:" + port + "/search");

        // A misspelt prefix ("Marmelade" for "Marmalade") still suggests the events.
        Locator q = page.locator("#q");
        q.click();
        q.pressSequentially("marmelade orchestra " + token.substring(0, 5), new Locator.PressSequentiallyOptions()
                .setDelay(20));
        Locator options = page.locator("#q-suggestions [role=option]");
        options.first().waitFor();
        assertThat(q.getAttribute("aria-expanded")).isEqualTo("true");
        q.press("ArrowDown");
        assertThat(options.first().getAttribute("aria-selected")).isEqualTo("true");
        assertThat(q.getAttribute("aria-activedescendant")).isEqualTo(options.first().getAttribute("id"));
        q.press("Enter");
        page.waitForURL(url -> url.contains("q=Marmalade"));
        assertThat(page.locator("#q-suggestions").isHidden()).isTrue();

        // Search everything by the token, then narrow by city and price, then sort by date.
        q.fill(token);
        q.press("Enter");
        page.waitForURL(url -> url.contains("q=" + token));
        eventually(Duration.ofSeconds(10), () -> assertThat(page.locator("#result-count").textContent())
                .isEqualTo("4 events"));

        page.locator("#city").selectOption(nearCity);
        page.waitForURL(url -> url.contains("city=" + nearCity));
        eventually(Duration.ofSeconds(10), () -> assertThat(page.locator("#result-count").textContent())
                .isEqualTo("3 events"));

        page.locator("#maxPrice").fill("50");
        page.locator("#maxPrice").dispatchEvent("change");
        page.waitForURL(url -> url.contains("maxPrice=50"));
        eventually(Duration.ofSeconds(10), () -> assertThat(page.locator("#result-count").textContent())
                .isEqualTo("2 events"));

        page.locator("#sort").selectOption("date");
        page.waitForURL(url -> url.contains("sort=date"));
        eventually(Duration.ofSeconds(10), () -> assertThat(page.locator(".event-card h3").allTextContents())
                .containsExactly("Marmalade Orchestra " + token + " Early", "Marmalade Orchestra " + token + " Cheap"));
        // Every filter is in the shareable URL.
        assertThat(page.url()).contains("city=" + nearCity).contains("maxPrice=50").contains("sort=date")
                .contains("q=" + token);

        // Back goes to the previous state of the search.
        page.goBack();
        page.waitForURL(url -> !url.contains("sort=date"));
        assertThat(page.url()).contains("maxPrice=50");
    }

    private JsonNode venue(Api api, String city) {
        Api.Response response = api.post("/api/v1/venues", Map.of("name", "Hall " + city, "address", "1 Test Street",
                "city", city, "country", "DE", "latitude", 51.34, "longitude", 12.37, "timeZone", "Europe/Berlin",
                "sections", List.of(Map.of("name", "Floor", "rows", List.of(Map.of("label", "A", "seats", 4))))));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private void event(Api api, JsonNode venue, String name, int days, long price) {
        java.time.Instant starts = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                .plus(days, java.time.temporal.ChronoUnit.DAYS);
        long section = venue.get("sections").get(0).get("id").asLong();
        Api.Response created = api.post("/api/v1/events", Map.of("venueId", venue.get("id").asText(), "name", name,
                "description", "Browser fixture", "category", "MUSIC", "startsAt", starts.toString(), "endsAt",
                starts.plus(2, java.time.temporal.ChronoUnit.HOURS).toString(), "highDemand", false, "ticketTypes",
                List.of(Map.of("name", "Standard", "priceCents", price, "currency", "EUR", "sectionIds",
                        List.of(section)))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Response published = api.post("/api/v1/events/" + created.json().get("id").asText() + "/publish", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
    }
}
