package org.ticketgrid.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Turns the runs of every repetition into one Markdown table: per scenario, mode and store the
 * median over repetitions of throughput and of each percentile, plus how the grid compares.
 *
 * <p>The "grid ×" column says how many times better the grid did than that row's store in the
 * same scenario and mode: closed loop, throughput (grid / store); open loop, p99 latency
 * (store / grid), since at a rate both sustain their throughput is equal by construction.
 *
 * <p>The "(none)" rows are the load generator alone (a store that answers at once): the latency
 * floor the machine gives every other row.
 */
public final class ResultTable {

    /** The medians of one (scenario, mode, store) over its repetitions. */
    public record Row(String scenario, String mode, String store, int runs, double throughput, double takenShare,
            double p50, double p99, double p999, long errors, int keptUp, double offeredRate) {

        boolean open() {
            return offeredRate > 0;
        }
    }

    private final List<Row> rows;

    private ResultTable(List<Row> rows) {
        this.rows = rows;
    }

    public static ResultTable of(List<RunResult> results) {
        Map<String, List<RunResult>> groups = new LinkedHashMap<>();
        for (RunResult r : results) {
            groups.computeIfAbsent(r.scenario() + "\u0000" + r.mode() + "\u0000" + r.store(), k -> new ArrayList<>())
                    .add(r);
        }
        List<Row> rows = new ArrayList<>();
        for (List<RunResult> g : groups.values()) {
            RunResult first = g.get(0);
            rows.add(new Row(first.scenario(), first.mode(), first.store(), g.size(),
                    median(g, RunResult::throughput), median(g, RunResult::takenShare), median(g, r -> r.millisAt(50)),
                    median(g, r -> r.millisAt(99)), median(g, r -> r.millisAt(99.9)),
                    g.stream().mapToLong(RunResult::errors).sum(),
                    (int) g.stream().filter(RunResult::keptUp).count(), first.offeredRate()));
        }
        return new ResultTable(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The row of {@code store} in the given scenario and mode, if it ran. */
    public java.util.Optional<Row> find(String scenario, String mode, String store) {
        return rows.stream()
                .filter(r -> r.scenario().equals(scenario) && r.mode().equals(mode) && r.store().equals(store))
                .findFirst();
    }

    /** How many times better the grid did than {@code row}'s store (see the class comment); NaN if unknown. */
    public double gridFactor(Row row) {
        var grid = find(row.scenario(), row.mode(), "grid");
        if (grid.isEmpty() || row.store().equals("grid") || row.store().equals(NoStore.NAME)) {
            return Double.NaN;
        }
        Row g = grid.get();
        return row.open() ? row.p99() / g.p99() : g.throughput() / row.throughput();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | load | store | holds/s | taken | p50 ms | p99 ms | p99.9 ms | errors | kept up | grid × |\n");
        out.append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: |\n");
        for (Row r : rows) {
            double factor = gridFactor(r);
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %,.0f | %.0f%% | %s | %s | %s | %d | %s | %s |%n",
                    r.scenario(), r.mode(), r.store(), r.throughput(), 100 * r.takenShare(), ms(r.p50()),
                    ms(r.p99()), ms(r.p999()), r.errors(), r.open() ? r.keptUp() + "/" + r.runs() : "–",
                    Double.isNaN(factor) ? "" : String.format(Locale.ROOT, "%.1f×", factor)));
        }
        return out.toString();
    }

    static String ms(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static double median(List<RunResult> runs, ToDoubleFunction<RunResult> metric) {
        double[] v = runs.stream().mapToDouble(metric).filter(d -> !Double.isNaN(d)).toArray();
        return median(v);
    }

    /** The median; the mean of the middle two for an even count; NaN when empty. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }
}
