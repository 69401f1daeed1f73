package io.github.peacekeeping.examples.report;

import io.github.peacekeeping.core.PeacekeepingException;

/**
 * A chart of the report page with the file it is written to and a caption that says where its figures
 * come from.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param file     the SVG file's name, beside the page, e.g. "strength.svg": a plain name ending in .svg
 * @param chart    the chart, not null
 * @param caption  what the figures are and where they come from, not blank
 */
public record Figure(String file, Chart chart, String caption) {

    /**
     * Checks the figure.
     *
     * @param file     the SVG file's name
     * @param chart    the chart, not null
     * @param caption  the caption, not blank
     * @throws PeacekeepingException if a value is missing, the caption blank, or the file name not a plain
     *         name of letters, digits, '-' and '_' ending in .svg
     */
    public Figure {
        Inputs.required("file", file);
        if (!file.matches("[A-Za-z0-9_-]+\\.svg")) {
            throw new PeacekeepingException("file", file, "must be a plain name of letters, digits, '-' and '_' ending in .svg");
        }
        Inputs.required("chart", chart);
        Inputs.text("caption", caption);
    }
}
