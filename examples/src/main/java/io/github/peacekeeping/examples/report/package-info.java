/**
 * The report's pictures: charts drawn as SVG from plain series, and the HTML page that shows them with
 * the figures behind them.
 *
 * <p>Inputs are plain data, not the model: {@link io.github.peacekeeping.examples.report.Series} of
 * {@link io.github.peacekeeping.examples.report.DatedValue}s and
 * {@link io.github.peacekeeping.examples.report.LabelledDay}s for a
 * {@link io.github.peacekeeping.examples.report.TimeChart}, and
 * {@link io.github.peacekeeping.examples.report.YearlyCounts} for a
 * {@link io.github.peacekeeping.examples.report.YearlyBarChart}; the
 * {@link io.github.peacekeeping.examples.report.ReportPage} puts the charts on a page.
 *
 * <p>The charts are drawn with JFreeChart 1.5 (GNU LGPL, used unmodified as a library) on Apache Batik's
 * SVG generator ({@code batik-svggen}, Apache License 2.0). They were chosen over the alternatives for
 * what the report needs: every label a real {@code <text>} element in the SVG (so that tests and screen
 * readers read it, and files stay small; XChart writes each glyph as an outline), a date axis, step
 * lines, labelled markers on the time axis, legends, and active releases. JFreeSVG, JFreeChart's own SVG
 * back end, is licensed under the GPL version 3 and is not used. Drawing is headless and gives the same
 * bytes for the same input on the same JDK and fonts.
 */
package io.github.peacekeeping.examples.report;
