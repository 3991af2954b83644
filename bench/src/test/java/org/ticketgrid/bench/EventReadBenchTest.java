package org.ticketgrid.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class EventReadBenchTest {

    private static RunResult run(long p99Millis, long errors) {
        Histogram h = new Histogram(60_000_000_000L, 3);
        for (int i = 0; i < 99; i++) {
            h.recordValue(1_000_000);
        }
        h.recordValue(p99Millis * 1_000_000);
        h.recordValue(p99Millis * 1_000_000);
        return new RunResult("read", "open 100/s", "x", 100, 100, 0, errors, 0, 1.0, h);
    }

    @Test
    void optionsDefaultToTwoRatesAndRefuseOtherHosts() {
        EventReadBench.Options o = EventReadBench.Options.parse();
        assertThat(o.rates()).containsExactly(200.0, 500.0);
        assertThat(o.reps()).isEqualTo(3);
        assertThatThrownBy(() -> EventReadBench.Options.parse("--web", "http://example.org"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventReadBench.Options.parse("--rates", "0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowsAreMediansAndTheReportComparesWithTheFloorOfTheSameRate() {
        EventReadBench.Row event = EventReadBench.row("GET /api/v1/events/{id}", 100,
                List.of(run(30, 0), run(10, 1), run(20, 0)));
        EventReadBench.Row floor = EventReadBench.row("GET /favicon.svg (floor)", 100,
                List.of(run(5, 0), run(5, 0), run(5, 0)));
        assertThat(event.p99()).isBetween(19.9, 20.1);
        assertThat(event.errors()).isEqualTo(1);
        String report = EventReadBench.report(new String[] {"--reps", "3"}, "e1", List.of(event, floor),
                Instant.now(), 1, 1);
        assertThat(report).contains("`./ticketing bench event-json --reps 3`").contains("event e1")
                .contains("| GET /api/v1/events/{id} | 100 | 100 | 1.00 | 20.0 |").contains("| 4.0× |")
                .contains("| 1.0× |");
    }
}
