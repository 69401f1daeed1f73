package io.github.peacekeeping.examples.report;

import io.github.peacekeeping.core.PeacekeepingException;
import java.time.LocalDate;

/**
 * A day marked on the time axis of a {@link TimeChart} by a vertical line and a label: a decision of
 * the Security Council, e.g. {@code 1994-05-17 "S/RES/918"}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param date   the day, not null
 * @param label  the label, short, not blank
 */
public record LabelledDay(LocalDate date, String label) {

    /**
     * Checks the mark.
     *
     * @param date   the day, not null
     * @param label  the label, not blank
     * @throws PeacekeepingException if the day is missing or the label blank
     */
    public LabelledDay {
        Inputs.required("date", date);
        Inputs.text("label", label);
    }
}
