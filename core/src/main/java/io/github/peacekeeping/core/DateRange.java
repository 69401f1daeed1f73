package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A span of whole days that includes its first and its last day, or that has no last day yet:
 * a mission's life, a mandate period, a tenure. Its text form is the ISO-8601 interval
 * {@code 1993-10-05/1996-03-08}, or {@code 1948-05-29/..} when open.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateRange {

    private static final String OPEN = "..";

    private final LocalDate start;
    private final LocalDate end;

    private DateRange(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Obtains a range from its first to its last day, both included.
     *
     * @param start  the first day, not null
     * @param end    the last day, not null, on or after {@code start}
     * @return the range, not null
     * @throws PeacekeepingException if a day is null or the range ends before it starts
     */
    public static DateRange of(LocalDate start, LocalDate end) {
        if (end == null) {
            throw new MissingValueException(FieldNames.END);
        }
        return of(FieldNames.START, start, FieldNames.END, end);
    }

    /**
     * Obtains an open range that starts on a day and has no last day yet.
     *
     * @param start  the first day, not null
     * @return the open range, not null
     * @throws PeacekeepingException if {@code start} is null
     */
    public static DateRange startingOn(LocalDate start) {
        return of(FieldNames.START, start, FieldNames.END, null);
    }

    /**
     * Obtains a range whose bounds come from named fields, so that an error names them.
     * {@code of("established", established, "closed", closed)} refuses a mission that closes
     * before it is established with {@code Invalid value for closed: ... (must not be before established ...)}.
     */
    static DateRange of(String startField, LocalDate start, String endField, LocalDate end) {
        if (start == null) {
            throw new MissingValueException(startField);
        }
        if (end != null && end.isBefore(start)) {
            throw new PeacekeepingException(endField, end, "must not be before " + startField + " " + start);
        }
        return new DateRange(start, end);
    }

    /**
     * Obtains a range from its text form, {@code 1993-10-05/1996-03-08} or {@code 1948-05-29/..}.
     * {@code parse(range.toString())} equals {@code range}.
     *
     * @param text  the text to parse, not null
     * @return the range, not null
     * @throws PeacekeepingException if the text is not a range of ISO-8601 dates
     */
    public static DateRange parse(CharSequence text) {
        String s = Objects.requireNonNullElse(text, "").toString();
        int slash = s.indexOf('/');
        if (slash < 0) {
            throw new PeacekeepingException("range", s, "expected start/end or start/..");
        }
        try {
            LocalDate start = LocalDate.parse(s.substring(0, slash));
            String endText = s.substring(slash + 1);
            return OPEN.equals(endText) ? startingOn(start) : of(start, LocalDate.parse(endText));
        } catch (DateTimeParseException e) {
            throw new PeacekeepingException("range", s, "expected ISO-8601 dates, as in 1993-10-05/1996-03-08");
        }
    }

    /**
     * Returns the first day.
     *
     * @return the first day, not null
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the last day, if the range has one.
     *
     * @return the last day, empty for an open range
     */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(end);
    }

    /**
     * Checks whether the range has no last day.
     *
     * @return true if open
     */
    public boolean isOpen() {
        return end == null;
    }

    /**
     * Checks whether a day lies in this range, its first and last days included.
     *
     * @param date  the day, not null
     * @return true if {@code start <= date <= end}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /**
     * Checks whether this range and another share at least one day.
     *
     * @param other  the other range, not null
     * @return true if some day lies in both
     */
    public boolean overlaps(DateRange other) {
        return (other.end == null || !start.isAfter(other.end)) && (end == null || !other.start.isAfter(end));
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DateRange
                && start.equals(((DateRange) other).start) && Objects.equals(end, ((DateRange) other).end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + Objects.hashCode(end);
    }

    /**
     * Returns the ISO-8601 interval, {@code 1993-10-05/1996-03-08} or {@code 1948-05-29/..}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return start + "/" + (end == null ? OPEN : end.toString());
    }
}
