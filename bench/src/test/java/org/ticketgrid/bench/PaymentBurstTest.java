package org.ticketgrid.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class PaymentBurstTest {

    @Test
    void optionsHaveDefaultsAndOnlyLoopbackTargets() {
        PaymentBurst.Options o = PaymentBurst.Options.parse();
        assertThat(o.count()).isEqualTo(1000);
        assertThat(o.quiet()).isEqualTo(20);
        assertThat(PaymentBurst.Options.parse("--count", "50", "--senders", "4").count()).isEqualTo(50);
        assertThatThrownBy(() -> PaymentBurst.Options.parse("--sandbox", "http://api.stripe.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaymentBurst.Options.parse("--count", "0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaymentBurst.Options.parse("--bogus")).hasMessageContaining("unknown option");
    }

    @Test
    void theReportGivesPercentilesTheRatioToTheBaselineAndWhatWasNotConfirmed() {
        Histogram quiet = new Histogram(3_600_000_000L, 3);
        for (int i = 0; i < 20; i++) {
            quiet.recordValue(40_000); // 40 ms
        }
        Histogram burst = new Histogram(3_600_000_000L, 3);
        for (int i = 1; i <= 1000; i++) {
            burst.recordValue(i * 1_000L); // 1..1000 ms
        }
        String report = PaymentBurst.report(PaymentBurst.Options.parse(), new String[] {"--count", "1000"},
                List.of(new PaymentBurst.Phase("one at a time", 20, quiet, 1.0, Map.of()),
                        new PaymentBurst.Phase("burst of 1000", 1002, burst, 10.0, Map.of("CANCELLED", 2))),
                List.of(), Instant.parse("2026-11-25T08:00:00Z"), 1.0, 2.0);
        assertThat(report).contains("`./ticketing bench payments --count 1000`")
                .contains("| one at a time | 20 | 20 | 20 | 40.0 |")
                .contains("| burst of 1000 | 1,002 | 1,000 | 100 | 500 |")
                .contains("{CANCELLED=2}")
                .contains("p50 12.5×")
                .contains("Checks: every confirmed order captured");
        String failed = PaymentBurst.report(PaymentBurst.Options.parse(), new String[0], List.of(), List.of("x"),
                Instant.now(), 0, 0);
        assertThat(failed).contains("CHECKS FAILED: x");
    }
}
