package io.github.peacekeeping.examples.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.block.BlockBorder;

/**
 * What the report's charts share: size, fonts, colours and frame, so that they read alike. The fonts are
 * large for the size (the charts are scaled down to a phone's width, about half); the colours are those
 * of Okabe and Ito's palette, told apart by people with any common colour blindness (Okabe M., Ito K.,
 * "Color Universal Design", jfly.uni-koeln.de/color, 2008), darkest first.
 */
final class ChartLook {

    /** The width of the drawing, in SVG user units (the viewBox). */
    static final int WIDTH = 640;
    /** The height of the drawing, in SVG user units. */
    static final int HEIGHT = 420;

    // Java's logical font: the SVG names it sans-serif; the layout measures it with the JDK's own mapping.
    private static final String FAMILY = Font.SANS_SERIF;
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 18);
    static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 15);
    static final Font TICK_LABEL = new Font(FAMILY, Font.PLAIN, 14);
    static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 14);
    static final Font MARK_LABEL = new Font(FAMILY, Font.PLAIN, 13);

    static final Color GRID = new Color(0xDDDDDD);
    static final Color MARK = new Color(0x666666);
    /** Behind a mark's label: white, a little transparent, so that a line under the label still shows. */
    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 210);
    static final BasicStroke MARK_LINE = new BasicStroke(1f);

    private static final Color[] PALETTE = {
        new Color(0x0072B2), // blue
        new Color(0xD55E00), // vermilion
        new Color(0x009E73), // bluish green
        new Color(0xCC79A7), // reddish purple
        new Color(0xE69F00), // orange
        new Color(0x56B4E9), // sky blue
        new Color(0x000000), // black
    };

    /** The stroke of reported figures. */
    static final BasicStroke SOLID = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** The stroke of authorized maxima. */
    static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {7f, 4f}, 0f);

    private ChartLook() {
    }

    /** The colour of the n-th group; after the palette's seven, the colours repeat. */
    static Paint colour(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** A chart around a plot, with the report's title, legend below, fonts and white background. */
    static JFreeChart chart(String title, Plot plot, Axis... axes) {
        for (Axis axis : axes) {
            axis.setLabelFont(AXIS_LABEL);
            axis.setTickLabelFont(TICK_LABEL);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        JFreeChart chart = new JFreeChart(plot);
        chart.setTitle(new TextTitle(title, TITLE));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        // Room on the right for the last tick label, which is centred on its tick.
        chart.setPadding(new RectangleInsets(4, 4, 4, 24));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LEGEND);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        // Slack after each item: a viewer whose sans-serif is wider than the JDK's must not run labels together.
        legend.setItemLabelPadding(new RectangleInsets(2, 2, 2, 14));
        return chart;
    }
}
