package org.alukg.linkeddata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A figure over time drawn as a small picture ({@code chart.jte}, SVG without script): one mark per value a source
 * gives, at its year and height, so values that disagree for one year stand as separate marks, marked as such; the
 * first and last years below, zero and the largest figure at the left.
 */
public record HistoryChart(String title, int width, int height, List<Mark> marks, List<Tick> ticks) {
    private static final int WIDTH = 360;
    private static final int HEIGHT = 170;
    private static final int LEFT = 70;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 24;

    /** One value: where it is drawn, what it says ("2005: 550,000 tonnes per year"), whether sources disagree there. */
    public record Mark(String x, String y, String label, boolean disputed) {}

    /** A label of an axis. */
    public record Tick(String x, String y, String anchor, String text) {}

    /** One value at its year, as the table shows it. */
    record Point(int year, BigDecimal value, String text, boolean disputed) {}

    /** The chart of these points, or null when they cover fewer than two years: there is no change to draw. */
    static HistoryChart of(String title, List<Point> points, InterfaceText words) {
        if (points.stream().map(Point::year).distinct().count() < 2)
            return null;
        int first = points.stream().mapToInt(Point::year).min().orElseThrow();
        int last = points.stream().mapToInt(Point::year).max().orElseThrow();
        BigDecimal top = points.stream().map(Point::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        double max = top.signum() > 0 ? top.doubleValue() : 1;
        List<Mark> marks = new ArrayList<>();
        for (Point p : points) {
            double x = LEFT + (WIDTH - LEFT - RIGHT) * (p.year() - first) / (double) (last - first);
            double y = TOP + (HEIGHT - TOP - BOTTOM) * (1 - p.value().doubleValue() / max);
            marks.add(new Mark(coordinate(x), coordinate(y), p.year() + ": " + p.text(), p.disputed()));
        }
        String baseline = coordinate(HEIGHT - BOTTOM);
        List<Tick> ticks = List.of(
            new Tick(coordinate(LEFT), coordinate(HEIGHT - 6), "start", String.valueOf(first)),
            new Tick(coordinate(WIDTH - RIGHT), coordinate(HEIGHT - 6), "end", String.valueOf(last)),
            new Tick(coordinate(LEFT - 6), coordinate(TOP + 4), "end", words.number(top)),
            new Tick(coordinate(LEFT - 6), baseline, "end", "0"));
        return new HistoryChart(title, WIDTH, HEIGHT, List.copyOf(marks), ticks);
    }

    /** The left edge of the plot. */
    public String left() { return coordinate(LEFT); }

    /** The right edge of the plot. */
    public String right() { return coordinate(WIDTH - RIGHT); }

    /** The top of the plot. */
    public String top() { return coordinate(TOP); }

    /** The baseline, where zero is. */
    public String bottom() { return coordinate(HEIGHT - BOTTOM); }

    private static String coordinate(double v) { return String.format(Locale.ROOT, "%.1f", v); }
}
