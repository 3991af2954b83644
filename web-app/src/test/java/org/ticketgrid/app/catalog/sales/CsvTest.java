package org.ticketgrid.app.catalog.sales;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesWhatRfc4180NeedsQuotedAndDefusesFormulas() {
        assertThat(Csv.line("a", "b c", null, "")).isEqualTo("a,b c,,\r\n");
        assertThat(Csv.cell("Smith, Anna")).isEqualTo("\"Smith, Anna\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.cell("+49 30")).isEqualTo("'+49 30");
        assertThat(Csv.cell("-2")).isEqualTo("'-2");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(Csv.cell("45.00")).isEqualTo("45.00");
    }
}
