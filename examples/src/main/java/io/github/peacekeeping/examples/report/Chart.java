package io.github.peacekeeping.examples.report;

/**
 * A chart of the report: drawn as SVG, described in words for those who cannot see it, and given as a
 * table of the figures it draws.
 *
 * <p>Every implementation is immutable and thread-safe; drawing builds everything afresh.
 */
public sealed interface Chart permits TimeChart, YearlyBarChart {

    /**
     * Returns the title, drawn above the chart.
     *
     * @return the title, not blank
     */
    String title();

    /**
     * Returns what the chart shows, in one line of words: the SVG's description and the page's
     * alternative text.
     *
     * @return the description, one line, not null
     */
    String description();

    /**
     * Draws the chart: an SVG document whose text is text, scaled to the width of its container (a
     * {@code viewBox} and {@code width="100%"}), with the same bytes for the same chart.
     *
     * @return the SVG document, not null
     */
    String toSvg();

    /**
     * Returns the figures the chart draws.
     *
     * @return the table, not null
     */
    Table table();
}
