package org.ticketgrid.pipelines.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogChangeTest {

    static String change(String table, String op, String before, String after, long lsn) {
        return """
                {"before":%s,"after":%s,"source":{"connector":"postgresql","db":"ticketgrid","schema":"public",
                "table":"%s","lsn":%d,"txId":1},"op":"%s","ts_ms":1}""".formatted(before, after, table, lsn, op);
    }

    @Test
    void eventInsertUpdateAndDeleteNameTheEvent() {
        assertThat(CatalogChange.parse(change("events", "c", "null", "{\"id\":\"e1\",\"name\":\"A\"}", 10)))
                .isEqualTo(new CatalogChange("events", "e1", 10));
        assertThat(CatalogChange.parse(change("events", "u", "null", "{\"id\":\"e1\",\"name\":\"B\"}", 11)))
                .isEqualTo(new CatalogChange("events", "e1", 11));
        assertThat(CatalogChange.parse(change("events", "d", "{\"id\":\"e1\"}", "null", 12)))
                .isEqualTo(new CatalogChange("events", "e1", 12));
    }

    @Test
    void aTicketTypeChangeNamesItsEvent() {
        assertThat(CatalogChange.parse(change("ticket_types", "d",
                "{\"id\":\"t1\",\"event_id\":\"e7\",\"price_cents\":100}", "null", 20)))
                .isEqualTo(new CatalogChange("ticket_types", "e7", 20));
    }

    @Test
    void aVenueChangeNamesTheVenue() {
        CatalogChange change = CatalogChange.parse(change("venues", "u", "null", "{\"id\":\"v1\"}", 30));
        assertThat(change).isEqualTo(new CatalogChange("venues", "v1", 30));
        assertThat(change.isVenue()).isTrue();
    }

    @Test
    void anythingElseIsSkippedNotFatal() {
        assertThat(CatalogChange.parse(null)).isNull();
        assertThat(CatalogChange.parse("")).isNull();
        assertThat(CatalogChange.parse("{not json")).isNull();
        assertThat(CatalogChange.parse("{\"ts_ms\":1}")).as("heartbeat").isNull();
        assertThat(CatalogChange.parse(change("users", "c", "null", "{\"id\":\"u1\"}", 1))).isNull();
    }
}
