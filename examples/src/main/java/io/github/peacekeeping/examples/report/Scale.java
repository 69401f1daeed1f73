package io.github.peacekeeping.examples.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * What the values of a chart measure, and so how its axis and its table write them. The formats use
 * English symbols whatever the machine's locale, so that a report reads and compares the same everywhere.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Scale {
    /** A number of persons: {@code 5,500}. */
    PERSONS("#,##0", 1),
    /** A share, given as a fraction and written as a percentage with one decimal: 0.0287 is {@code 2.9%}. */
    SHARE("0.0'%'", 100);

    private final String pattern;
    private final double factor;

    Scale(String pattern, double factor) {
        this.pattern = pattern;
        this.factor = factor;
    }

    /**
     * Returns a value as the chart's table writes it.
     *
     * @param value  the value, finite
     * @return the text, e.g. {@code "5,500"} or {@code "2.9%"}, not null
     */
    public String format(double value) {
        return format().format(plotted(value));
    }

    /** The value as the chart plots it: shares as percentages, so that tick units are round percentages. */
    double plotted(double value) {
        return value * factor;
    }

    /** A new format of the plotted values (DecimalFormat is not thread-safe). */
    NumberFormat format() {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    }

    /** A new format of the axis' ticks: whole persons, and percentages without a decimal where none is needed. */
    NumberFormat tickFormat() {
        return new DecimalFormat(this == PERSONS ? pattern : "0.#'%'", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    }
}
