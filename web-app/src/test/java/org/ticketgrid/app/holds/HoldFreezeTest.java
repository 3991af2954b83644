package org.ticketgrid.app.holds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HoldFreezeTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
    private static final long MINUTE = 60_000;

    @Test
    void aCheckoutFreezesTheHoldForTheExtension() {
        long created = 1_000_000;
        long now = created + MINUTE;
        assertThat(HoldFreeze.until(now, created, created + 5 * MINUTE, TEN_MINUTES, FIFTEEN_MINUTES))
                .isEqualTo(now + 10 * MINUTE);
    }

    @Test
    void neverPastTheCapCountedFromWhenTheHoldWasPlaced() {
        long created = 1_000_000;
        long now = created + 7 * MINUTE;
        assertThat(HoldFreeze.until(now, created, created + 5 * MINUTE, TEN_MINUTES, FIFTEEN_MINUTES))
                .isEqualTo(created + 15 * MINUTE);
        // checking out again and again does not push past the cap either
        assertThat(HoldFreeze.until(now + 9 * MINUTE, created, created + 15 * MINUTE, TEN_MINUTES, FIFTEEN_MINUTES))
                .isEqualTo(created + 15 * MINUTE);
    }

    @Test
    void neverShortensAHold() {
        long created = 1_000_000;
        assertThat(HoldFreeze.until(created, created, created + 20 * MINUTE, TEN_MINUTES, FIFTEEN_MINUTES))
                .isEqualTo(created + 20 * MINUTE);
    }
}
