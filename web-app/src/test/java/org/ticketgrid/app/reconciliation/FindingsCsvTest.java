package org.ticketgrid.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsCsvTest {

    @Test
    void quotesEveryFieldDoublesQuotesAndDefusesFormulas() {
        Instant at = Instant.parse("2026-11-25T08:00:00Z");
        String csv = FindingsCsv.of(List.of(new FindingsCsv.Row("AMOUNT_MISMATCH", "REPORTED", "pi_1", null, "pi_1",
                "said \"hi\", twice\nthen left", "=HYPERLINK(\"x\")", at, at)));

        String[] lines = csv.split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("kind,action,subject,orderId,paymentIntentId,detail,repair,firstSeenAt,"
                + "lastSeenAt");
        assertThat(csv).contains("\"AMOUNT_MISMATCH\",\"REPORTED\",\"pi_1\",\"\",\"pi_1\",")
                .contains("\"said \"\"hi\"\", twice\nthen left\"")
                .contains("\"'=HYPERLINK(\"\"x\"\")\"")
                .endsWith("\"2026-11-25T08:00:00Z\",\"2026-11-25T08:00:00Z\"\r\n");
    }

    @Test
    void anEmptyListIsJustTheHeader() {
        assertThat(FindingsCsv.of(List.of())).isEqualTo(
                "kind,action,subject,orderId,paymentIntentId,detail,repair,firstSeenAt,lastSeenAt\r\n");
    }
}
