package io.github.peacekeeping.examples.report;

import io.github.peacekeeping.core.PeacekeepingException;
import java.util.List;

/**
 * A named line of a {@link TimeChart}: values on days, in order. Series of one group share a colour, so
 * that the deployed and the authorized strength of troops read as a pair: the deployed figures as a
 * solid line, the authorized maximum as a dashed step line.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name    the legend's text, e.g. "Troops deployed", not blank
 * @param group   the colour group, e.g. "Troops", not blank
 * @param line    how the points are joined, not null
 * @param points  the points, in strictly increasing order of their days, not null, no null element
 */
public record Series(String name, String group, Line line, List<DatedValue> points) {

    /** How a series joins its points. */
    public enum Line {
        /** A solid straight line from point to point: figures reported on days, such as month-end totals. */
        SOLID,
        /**
         * A dashed step line: each value holds until the next point, as an authorized maximum holds
         * until a decision changes it.
         */
        STEP
    }

    /**
     * Checks the series and copies its points.
     *
     * @param name    the legend's text, not blank
     * @param group   the colour group, not blank
     * @param line    how the points are joined, not null
     * @param points  the points in increasing order of their days, not null
     * @throws PeacekeepingException if a value is missing, a name blank, or two points are not in
     *         increasing order of their days
     */
    public Series {
        Inputs.text("name", name);
        Inputs.text("group", group);
        Inputs.required("line", line);
        points = Inputs.list("points", points);
        for (int i = 1; i < points.size(); i++) {
            if (!points.get(i).date().isAfter(points.get(i - 1).date())) {
                throw new PeacekeepingException("points", points.get(i).date(),
                        "must come after " + points.get(i - 1).date());
            }
        }
    }
}
