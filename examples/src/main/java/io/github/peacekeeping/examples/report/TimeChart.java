package io.github.peacekeeping.examples.report;

import io.github.peacekeeping.core.PeacekeepingException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TimeZone;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A chart of values over time: dates on the horizontal axis, one line per {@link Series} (solid for
 * reported figures, a dashed step line for maxima that hold until changed), days marked by labelled
 * vertical lines (the decisions), and a legend. The time axis spans every point and every mark; the value
 * axis starts at zero, so that a line's height is its size.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param title      the title, not blank
 * @param valueAxis  the value axis' label with its unit, e.g. "Personnel (persons)", not blank
 * @param scale      what the values measure, not null
 * @param series     the lines, at least one, together with at least one value, not null, no null element
 * @param marks      the marked days, not null, no null element
 */
public record TimeChart(String title, String valueAxis, Scale scale, List<Series> series, List<LabelledDay> marks)
        implements Chart {

    private static final long DAY_MILLIS = 86_400_000L;
    /** Labels of close marks are set on this many rows, so that neighbours do not overlap. */
    private static final int LABEL_ROWS = 3;

    /**
     * Checks the chart and copies its lists.
     *
     * @param title      the title, not blank
     * @param valueAxis  the value axis' label, not blank
     * @param scale      what the values measure, not null
     * @param series     the lines, not null
     * @param marks      the marked days, not null
     * @throws PeacekeepingException if a value is missing, a text blank, or no series holds a value
     */
    public TimeChart {
        Inputs.text("title", title);
        Inputs.text("valueAxis", valueAxis);
        Inputs.required("scale", scale);
        series = Inputs.list("series", series);
        marks = Inputs.list("marks", marks);
        if (series.stream().flatMap(s -> s.points().stream()).noneMatch(p -> p.value().isPresent())) {
            throw new PeacekeepingException("series", series.size() + " series", "must hold at least one value");
        }
    }

    @Override
    public String description() {
        LocalDate first = null;
        LocalDate last = null;
        for (Series line : series) {
            for (DatedValue point : line.points()) {
                first = first == null || point.date().isBefore(first) ? point.date() : first;
                last = last == null || point.date().isAfter(last) ? point.date() : last;
            }
        }
        StringBuilder text = new StringBuilder(valueAxis).append(" from ").append(first).append(" to ").append(last)
                .append(": ").append(String.join(", ", series.stream().map(Series::name).toList())).append('.');
        if (!marks.isEmpty()) {
            text.append(" Marked: ").append(String.join(", ",
                    marks.stream().map(m -> m.label() + " (" + m.date() + ")").toList())).append('.');
        }
        return text.toString();
    }

    @Override
    public String toSvg() {
        return SvgDrawing.draw(toJFreeChart(), title, description());
    }

    /** The chart as JFreeChart draws it. */
    JFreeChart toJFreeChart() {
        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // One path per series: smaller SVG, and dashes that run on across points.
        renderer.setDrawSeriesLineAsPath(true);
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (int i = 0; i < series.size(); i++) {
            Series line = series.get(i);
            lines.addSeries(xySeries(line));
            int group = groups.computeIfAbsent(line.group(), g -> groups.size());
            renderer.setSeriesPaint(i, ChartLook.colour(group));
            renderer.setSeriesStroke(i, line.line() == Series.Line.STEP ? ChartLook.DASHED : ChartLook.SOLID);
        }
        DateAxis time = new DateAxis("Date", TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ENGLISH);
        // Wider insets around tick labels make the axis choose ticks far enough apart for a gap between labels.
        time.setTickLabelInsets(new RectangleInsets(2, 8, 2, 8));
        NumberAxis values = new NumberAxis(valueAxis);
        values.setStandardTickUnits(scale == Scale.PERSONS
                ? NumberAxis.createIntegerTickUnits(Locale.ENGLISH) : NumberAxis.createStandardTickUnits(Locale.ENGLISH));
        values.setNumberFormatOverride(scale.tickFormat());
        values.setAutoRangeIncludesZero(true);
        values.setUpperMargin(marks.isEmpty() ? 0.05 : 0.25);
        XYPlot plot = new XYPlot(lines, time, values, renderer);
        plot.setDomainGridlinePaint(ChartLook.GRID);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        time.setRange(timeRange()[0], timeRange()[1]);
        addMarks(plot);
        return ChartLook.chart(title, plot, time, values);
    }

    private XYSeries xySeries(Series line) {
        XYSeries xy = new XYSeries(line.name(), false, true);
        Double held = null;
        for (DatedValue point : line.points()) {
            double x = millis(point.date());
            Double value = point.value().isPresent() ? scale.plotted(point.value().getAsDouble()) : null;
            if (line.line() == Series.Line.STEP && held != null) {
                xy.add(x, held); // the value in force up to this day
            }
            xy.add(x, value);
            held = value;
        }
        return xy;
    }

    /** From the first to the last day of the points and marks, with a margin of 2% on each side. */
    private long[] timeRange() {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Series line : series) {
            for (DatedValue point : line.points()) {
                first = Math.min(first, millis(point.date()));
                last = Math.max(last, millis(point.date()));
            }
        }
        for (LabelledDay mark : marks) {
            first = Math.min(first, millis(mark.date()));
            last = Math.max(last, millis(mark.date()));
        }
        long margin = Math.max((last - first) / 50, 15 * DAY_MILLIS);
        return new long[] {first - margin, last + margin};
    }

    private void addMarks(XYPlot plot) {
        long[] range = timeRange();
        List<LabelledDay> inOrder = new ArrayList<>(marks);
        inOrder.sort((a, b) -> a.date().compareTo(b.date()));
        for (int i = 0; i < inOrder.size(); i++) {
            LabelledDay mark = inOrder.get(i);
            ValueMarker marker = new ValueMarker(millis(mark.date()), ChartLook.MARK, ChartLook.MARK_LINE);
            marker.setLabel(mark.label());
            marker.setLabelFont(ChartLook.MARK_LABEL);
            marker.setLabelPaint(ChartLook.MARK);
            marker.setLabelBackgroundColor(ChartLook.LABEL_BACKGROUND);
            // In the right quarter of the axis the label goes left of its line, so that it stays in the plot.
            boolean right = millis(mark.date()) - range[0] > (range[1] - range[0]) * 3 / 4;
            marker.setLabelAnchor(right ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(right ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new RectangleInsets(4 + (i % LABEL_ROWS) * 17, 3, 0, 3));
            plot.addDomainMarker(marker);
        }
    }

    private static long millis(LocalDate date) {
        return date.toEpochDay() * DAY_MILLIS;
    }

    @Override
    public Table table() {
        TreeMap<LocalDate, List<String>> rows = new TreeMap<>();
        for (int i = 0; i < series.size(); i++) {
            for (DatedValue point : series.get(i).points()) {
                List<String> row = rows.computeIfAbsent(point.date(), d -> blankRow());
                OptionalDouble value = point.value();
                row.set(i + 1, value.isPresent() ? scale.format(value.getAsDouble()) : "none");
            }
        }
        rows.forEach((date, row) -> row.set(0, date.toString()));
        List<String> header = new ArrayList<>();
        header.add("Date");
        series.forEach(s -> header.add(s.name()));
        return new Table(header, new ArrayList<>(rows.values()));
    }

    private List<String> blankRow() {
        List<String> row = new ArrayList<>();
        for (int i = 0; i <= series.size(); i++) {
            row.add("");
        }
        return row;
    }
}
