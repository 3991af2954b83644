package org.ticketgrid.app.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.ticketgrid.app.platform.TicketGridProperties;

class ProductionKeysTest {

    private static final String LIVE_SECRET = "sk_live_51Nq8f2Lk3mZpQrStUvWxYz";
    private static final String LIVE_PUBLISHABLE = "pk_live_51Nq8f2Lk3mZpQrStUvWxYz";
    private static final String LIVE_WEBHOOK = "whsec_9f8e7d6c5b4a39281706f5e4d3c2b1a0";

    @Test
    void theSandboxMayUseTheLocalDefaults() {
        assertThat(ProductionKeys.problems(payments(true, "sk_test_ticketgrid_local", "pk_test_ticketgrid_local",
                "whsec_ticketgrid_local"))).isEmpty();
    }

    @Test
    void productionWithLiveKeysStarts() {
        assertThat(ProductionKeys.problems(payments(false, LIVE_SECRET, LIVE_PUBLISHABLE, LIVE_WEBHOOK))).isEmpty();
    }

    @Test
    void productionRefusesEachDefaultOrTestValueAndNamesIt() {
        assertThat(ProductionKeys.problems(payments(false, LIVE_SECRET, LIVE_PUBLISHABLE, "whsec_ticketgrid_local")))
                .singleElement().asString().contains("WEBHOOK_SECRET");
        assertThat(ProductionKeys.problems(payments(false, "sk_test_51Nq8f2Lk3mZpQrStUvWxYz", LIVE_PUBLISHABLE,
                LIVE_WEBHOOK))).singleElement().asString().contains("SECRET_KEY");
        assertThat(ProductionKeys.problems(payments(false, LIVE_SECRET, "pk_test_ticketgrid_local", LIVE_WEBHOOK)))
                .singleElement().asString().contains("PUBLISHABLE_KEY");
        assertThat(ProductionKeys.problems(payments(false, "sk_test_ticketgrid_local", "pk_test_ticketgrid_local",
                "whsec_ticketgrid_local"))).hasSize(3);
        assertThat(ProductionKeys.problems(payments(false, LIVE_SECRET, LIVE_PUBLISHABLE, "whsec_short")))
                .hasSize(1);
    }

    @Test
    void startUpFailsWithoutShowingTheValues() {
        assertThatThrownBy(() -> ProductionKeys.check(payments(false, LIVE_SECRET, LIVE_PUBLISHABLE,
                "whsec_ticketgrid_local"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TICKETGRID_PAYMENTS_WEBHOOK_SECRET").hasMessageNotContaining("ticketgrid_local");
        ProductionKeys.check(payments(false, LIVE_SECRET, LIVE_PUBLISHABLE, LIVE_WEBHOOK));
    }

    private static TicketGridProperties.Payments payments(boolean sandbox, String secret, String publishable,
            String webhook) {
        return new TicketGridProperties.Payments("https://api.stripe.com", sandbox, secret, publishable, webhook,
                Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(2),
                Duration.ofSeconds(30), Duration.ofSeconds(5), "ticketgrid",
                new TicketGridProperties.Streams("t", "g", 3, "h", "hg", 6, 6));
    }
}
