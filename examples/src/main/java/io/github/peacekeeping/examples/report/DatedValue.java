package io.github.peacekeeping.examples.report;

import io.github.peacekeeping.core.PeacekeepingException;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One point of a {@link Series}: a day and the value on it, or no value, where the line breaks (a day from
 * which no authorization was in force, for instance).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param date   the day, not null
 * @param value  the value, finite; empty where the series has no value from this day on
 */
public record DatedValue(LocalDate date, OptionalDouble value) {

    /**
     * Checks the point.
     *
     * @param date   the day, not null
     * @param value  the value, finite, or empty
     * @throws PeacekeepingException if the day or the value is missing, or the value is not finite
     */
    public DatedValue {
        Inputs.required("date", date);
        Inputs.required("value", value);
        if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
            throw new PeacekeepingException("value", value.getAsDouble(), "must be finite");
        }
    }

    /**
     * Obtains a point with a value.
     *
     * @param date   the day, not null
     * @param value  the value, finite
     * @return the point, not null
     * @throws PeacekeepingException if the day is missing or the value is not finite
     */
    public static DatedValue of(LocalDate date, double value) {
        return new DatedValue(date, OptionalDouble.of(value));
    }

    /**
     * Obtains a point without a value: the line stops at the point before and starts again at the next.
     *
     * @param date  the day, not null
     * @return the point, not null
     * @throws PeacekeepingException if the day is missing
     */
    public static DatedValue gap(LocalDate date) {
        return new DatedValue(date, OptionalDouble.empty());
    }
}
