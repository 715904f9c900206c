package org.alukg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of the comparison: per measure and baseline, alukg's and the baseline's figure of every round, the
 * machine's load average when the round began, and the ratio per round, always oriented so that above 1 means
 * alukg did better (more per second, or less time or memory).
 */
final class Results {
    /** One measure against one baseline; {@code higherIsBetter} for rates, not for times and sizes. */
    static final class Row {
        final String measure, unit, baseline;
        final boolean higherIsBetter;
        final List<Double> alukg = new ArrayList<>(), base = new ArrayList<>(), load = new ArrayList<>();

        Row(String measure, String unit, String baseline, boolean higherIsBetter) {
            this.measure = measure;
            this.unit = unit;
            this.baseline = baseline;
            this.higherIsBetter = higherIsBetter;
        }

        double[] ratios() {
            double[] r = new double[alukg.size()];
            for (int i = 0; i < r.length; i++)
                r[i] = higherIsBetter ? alukg.get(i) / base.get(i) : base.get(i) / alukg.get(i);
            return r;
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    Row row(String measure, String unit, String baseline, boolean higherIsBetter) {
        return rows.computeIfAbsent(measure + "\u0000" + baseline, k -> new Row(measure, unit, baseline, higherIsBetter));
    }

    /** A row whose baseline could not run (not installed, failed): it says so in the table. */
    void missing(String measure, String baseline, String why) {
        notes.add(measure + " against " + baseline + ": " + why);
    }

    void note(String text) { notes.add(text); }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| measure | alukg | baseline | ratio min–max (>1: alukg better) | rounds | load average |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Row r : rows.values()) {
            if (r.alukg.isEmpty())
                continue;
            double[] ratio = r.ratios();
            md.append(String.format(Locale.ROOT, "| %s | %s %s | %s %s %s | %s | %d | %s |%n", r.measure,
                                    number(median(r.alukg)), r.unit, r.baseline, number(median(r.base)), r.unit,
                                    range(ratio, "×"), ratio.length, range(r.load.stream().mapToDouble(d -> d).toArray(), "")));
        }
        if (!notes.isEmpty()) {
            md.append("\n");
            for (String n : notes)
                md.append("- ").append(n).append('\n');
        }
        return md.toString();
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(d -> d).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String range(double[] values, String suffix) {
        double min = Arrays.stream(values).min().orElse(Double.NaN), max = Arrays.stream(values).max().orElse(Double.NaN);
        return min == max ? number(min) + suffix : number(min) + "–" + number(max) + suffix;
    }

    /** Three significant figures, at most two decimals for small numbers; thousands separated. */
    static String number(double v) {
        double a = Math.abs(v);
        if (a >= 100)
            return String.format(Locale.ROOT, "%,.0f", v);
        if (a >= 10)
            return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
