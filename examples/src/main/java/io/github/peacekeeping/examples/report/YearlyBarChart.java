package io.github.peacekeeping.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A chart of counts per year: one bar per year of the run, stacked by category, with a legend of the
 * categories; the value axis starts at zero. Years without any count keep their place, so that a quiet
 * year shows as one.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param title      the title, not blank
 * @param valueAxis  the value axis' label with its unit, e.g. "Fatalities (persons)", not blank
 * @param counts     the counts, not null
 */
public record YearlyBarChart(String title, String valueAxis, YearlyCounts counts) implements Chart {

    /** From this many years on (beyond the first), the years' labels are slanted so that each fits. */
    private static final int SLANTED_FROM = 10;

    /**
     * Checks the chart.
     *
     * @param title      the title, not blank
     * @param valueAxis  the value axis' label, not blank
     * @param counts     the counts, not null
     * @throws io.github.peacekeeping.core.PeacekeepingException if a value is missing or a text blank
     */
    public YearlyBarChart {
        Inputs.text("title", title);
        Inputs.text("valueAxis", valueAxis);
        Inputs.required("counts", counts);
    }

    @Override
    public String description() {
        long all = 0;
        for (int year = counts.firstYear(); year <= counts.lastYear(); year++) {
            all += counts.total(year);
        }
        return valueAxis + " per year from " + counts.firstYear() + " to " + counts.lastYear() + ", " + all
                + " in all, by " + String.join(", ", counts.categories()) + ".";
    }

    @Override
    public String toSvg() {
        return SvgDrawing.draw(toJFreeChart(), title, description());
    }

    /** The chart as JFreeChart draws it. */
    JFreeChart toJFreeChart() {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        for (int year = counts.firstYear(); year <= counts.lastYear(); year++) {
            for (String category : counts.categories()) {
                bars.addValue(counts.count(year, category), category, Integer.toString(year));
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        for (int i = 0; i < counts.categories().size(); i++) {
            renderer.setSeriesPaint(i, ChartLook.colour(i));
        }
        CategoryAxis years = new CategoryAxis("Year");
        years.setCategoryMargin(0.1);
        // A year's label may be wider than its bar over a long run: let it take its neighbours' room rather
        // than be cut to an ellipsis, and set it slanted when they are many.
        years.setMaximumCategoryLabelWidthRatio(2f);
        if (counts.lastYear() - counts.firstYear() >= SLANTED_FROM) {
            years.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis values = new NumberAxis(valueAxis);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        values.setNumberFormatOverride(Scale.PERSONS.tickFormat());
        CategoryPlot plot = new CategoryPlot(bars, years, values, renderer);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        return ChartLook.chart(title, plot, years, values);
    }

    @Override
    public Table table() {
        List<String> header = new ArrayList<>();
        header.add("Year");
        header.addAll(counts.categories());
        header.add("Total");
        List<List<String>> rows = new ArrayList<>();
        for (int year = counts.firstYear(); year <= counts.lastYear(); year++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(year));
            for (String category : counts.categories()) {
                row.add(Scale.PERSONS.format(counts.count(year, category)));
            }
            row.add(Scale.PERSONS.format(counts.total(year)));
            rows.add(row);
        }
        return new Table(header, rows);
    }
}
