package org.ticketgrid.app.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Chromium;
import org.ticketgrid.app.support.Chromium.Viewport;
import org.ticketgrid.app.support.IntegrationTest;

/**
 * The home page in a real browser (Debian's Chromium), on a desktop and a phone: it renders,
 * is no wider than the screen, and has no serious accessibility violation.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePageBrowserIT {

    @Value("${local.server.port}")
    int port;
    Chromium chromium;

    @BeforeAll
    void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    void close() {
        chromium.close();
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void theHomePageRendersFitsTheScreenAndPassesAxe(Viewport viewport) {
        Page page = chromium.open(viewport, "http://localhost:" + port + "/");
        try {
            assertThat(page.title()).contains("TicketGrid");
            assertThat(page.locator("html").getAttribute("lang")).isNotBlank();
            assertThat(page.locator("input[type=search], input[name=q]").first().isVisible()).isTrue();
            Chromium.assertNoHorizontalScroll(page);
            Chromium.assertAccessible(page);
        } finally {
            page.context().close();
        }
    }
}
