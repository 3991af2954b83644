package org.ticketgrid.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    private static Histogram latencies(long... nanos) {
        Histogram h = new Histogram(60_000_000_000L, 3);
        for (long n : nanos) {
            h.recordValue(n);
        }
        return h;
    }

    private static RunResult closed(String store, long held, double seconds, long latencyNanos) {
        return new RunResult("hot event", "closed 16 thr", store, 0, held, held / 4, 0, 0, seconds,
                latencies(latencyNanos));
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(ResultTable.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(ResultTable.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
        assertThat(ResultTable.median(new double[0])).isNaN();
    }

    @Test
    void eachRowIsTheMedianOverRepetitionsAndTheGridFactorIsThroughputInTheClosedLoop() {
        ResultTable table = ResultTable.of(List.of(
                closed("grid", 16_000, 1, 1_000_000), closed("postgres", 1_600, 1, 9_000_000),
                closed("grid", 20_000, 1, 2_000_000), closed("postgres", 800, 1, 8_000_000),
                closed("grid", 8_000, 1, 3_000_000), closed("postgres", 2_000, 1, 7_000_000)));
        assertThat(table.rows()).hasSize(2);
        ResultTable.Row grid = table.find("hot event", "closed 16 thr", "grid").orElseThrow();
        ResultTable.Row pg = table.find("hot event", "closed 16 thr", "postgres").orElseThrow();
        assertThat(grid.runs()).isEqualTo(3);
        assertThat(grid.throughput()).isEqualTo(20_000); // median of 20k, 25k, 10k (held + taken)
        assertThat(grid.p99()).isCloseTo(2.0, within(0.01));
        assertThat(pg.throughput()).isEqualTo(2_000);
        assertThat(table.gridFactor(pg)).isEqualTo(10.0);
        assertThat(table.gridFactor(grid)).isNaN();
        assertThat(grid.takenShare()).isCloseTo(0.2, within(0.001));
    }

    @Test
    void inTheOpenLoopTheGridFactorIsTheP99RatioAndKeepingUpIsCounted() {
        RunResult grid = new RunResult("even spread", "open 2000/s", "grid", 2000, 2000, 0, 0, 0, 1,
                latencies(1_000_000));
        RunResult redis = new RunResult("even spread", "open 2000/s", "redis", 2000, 1000, 0, 0, 500, 1,
                latencies(4_000_000));
        ResultTable table = ResultTable.of(List.of(grid, redis));
        ResultTable.Row r = table.find("even spread", "open 2000/s", "redis").orElseThrow();
        assertThat(table.gridFactor(r)).isCloseTo(4.0, within(0.01));
        assertThat(r.keptUp()).isZero();
        assertThat(table.find("even spread", "open 2000/s", "grid").orElseThrow().keptUp()).isEqualTo(1);
        String md = table.markdown();
        assertThat(md).contains("| even spread | open 2000/s | redis | 1,000 | 0% | 4.00 | 4.00 | 4.00 | 0 | 0/1 | 4.0× |");
        assertThat(md.lines().count()).isEqualTo(4);
    }

    @Test
    void anOpenRunKeptUpIfItAnsweredNearlyTheOfferedRateAndMissedNothing() {
        assertThat(new RunResult("s", "open", "x", 1000, 960, 0, 0, 0, 1, latencies(1)).keptUp()).isTrue();
        assertThat(new RunResult("s", "open", "x", 1000, 900, 0, 0, 0, 1, latencies(1)).keptUp()).isFalse();
        assertThat(new RunResult("s", "open", "x", 1000, 999, 0, 0, 1, 1, latencies(1)).keptUp()).isFalse();
        assertThat(new RunResult("s", "closed", "x", 0, 5, 0, 0, 0, 1, latencies(1)).keptUp()).isTrue();
    }

    @Test
    void theCalibrationRowHasNoGridFactor() {
        RunResult none = new RunResult("s", "open 2000/s", NoStore.NAME, 2000, 0, 2000, 0, 0, 1, latencies(1));
        RunResult grid = new RunResult("s", "open 2000/s", "grid", 2000, 2000, 0, 0, 0, 1, latencies(2));
        ResultTable table = ResultTable.of(List.of(none, grid));
        assertThat(table.gridFactor(table.rows().get(0))).isNaN();
    }

    @Test
    void millisecondsAreShownWithSensiblePrecision() {
        assertThat(ResultTable.ms(0.456)).isEqualTo("0.46");
        assertThat(ResultTable.ms(33.94)).isEqualTo("33.9");
        assertThat(ResultTable.ms(1234.5)).isEqualTo("1,235");
        assertThat(ResultTable.ms(Double.NaN)).isEqualTo("–");
    }
}
