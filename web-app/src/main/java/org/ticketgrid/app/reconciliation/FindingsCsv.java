package org.ticketgrid.app.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * Findings as CSV (RFC 4180: every field quoted, quotes doubled, CRLF line ends). A field that a
 * spreadsheet would read as a formula ({@code = + - @}) is prefixed with a quote, so opening the
 * download cannot run anything.
 */
public final class FindingsCsv {

    /** One row of the export. */
    public record Row(String kind, String action, String subject, String orderId, String paymentIntentId,
            String detail, String repair, Instant firstSeenAt, Instant lastSeenAt) {
    }

    private static final String HEADER = "kind,action,subject,orderId,paymentIntentId,detail,repair,firstSeenAt,"
            + "lastSeenAt\r\n";

    private FindingsCsv() {
    }

    public static String of(List<Row> rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (Row r : rows) {
            csv.append(String.join(",", field(r.kind()), field(r.action()), field(r.subject()), field(r.orderId()),
                    field(r.paymentIntentId()), field(r.detail()), field(r.repair()), field(r.firstSeenAt()),
                    field(r.lastSeenAt()))).append("\r\n");
        }
        return csv.toString();
    }

    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
