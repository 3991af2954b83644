package org.ticketgrid.app.refunds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ticketgrid.app.refunds.RefundPolicy.Asker;
import org.ticketgrid.app.refunds.RefundPolicy.Verdict;

class RefundPolicyTest {

    private static final Instant STARTS = Instant.parse("2026-12-01T20:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(48);

    @Test
    void theBuyerMayRefundUntilTheWindowClosesAndNotAtItsEdge() {
        assertThat(RefundPolicy.decide(Asker.OWNER, STARTS, WINDOW, STARTS.minus(Duration.ofDays(10))))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(RefundPolicy.decide(Asker.OWNER, STARTS, WINDOW, STARTS.minus(WINDOW).minusSeconds(1)))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(RefundPolicy.decide(Asker.OWNER, STARTS, WINDOW, STARTS.minus(WINDOW)))
                .isEqualTo(Verdict.WINDOW_CLOSED);
        assertThat(RefundPolicy.decide(Asker.OWNER, STARTS, WINDOW, STARTS.plus(Duration.ofDays(1))))
                .isEqualTo(Verdict.WINDOW_CLOSED);
    }

    @Test
    void merchantsAndAdminsAlwaysMayStrangersNeverSeeIt() {
        Instant afterTheShow = STARTS.plus(Duration.ofDays(3));
        assertThat(RefundPolicy.decide(Asker.MERCHANT, STARTS, WINDOW, afterTheShow)).isEqualTo(Verdict.ALLOWED);
        assertThat(RefundPolicy.decide(Asker.ADMIN, STARTS, WINDOW, afterTheShow)).isEqualTo(Verdict.ALLOWED);
        assertThat(RefundPolicy.decide(Asker.STRANGER, STARTS, WINDOW, STARTS.minus(Duration.ofDays(30))))
                .isEqualTo(Verdict.HIDDEN);
    }
}
