package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * A date known to the day, to the month or only to the year, as ISO 8601 and the Extended Date/Time Format
 * (EDTF, level 0) write them: {@code 1995-12-08}, {@code 1995-12}, {@code 1995}. The record often gives
 * no more: a Force Commander "from December 1995", a mission closed "in April 1996". Writing the first of
 * the month instead would claim a day nobody knows.
 *
 * <p>A date of reduced precision stands for every day it covers, from {@link #earliest()} to
 * {@link #latest()}: each of those days is one reading of it. The model's queries and validators treat it
 * as that interval (see {@link Mission}): a validator reports only what every reading gives.
 *
 * <p>{@code parse(d.toString())} equals {@code d}: a date is written back with the precision it was read
 * with. Years run from 0000 to 9999, the four digits ISO 8601 and EDTF level 0 write.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartialDate implements Comparable<PartialDate> {

    /** How much of a date is known. */
    public enum Precision {
        /** Only the year, e.g. {@code 1978}. */
        YEAR,
        /** The year and the month, e.g. {@code 1995-12}. */
        MONTH,
        /** The day, e.g. {@code 1995-12-08}. */
        DAY
    }

    private static final int MAX_YEAR = 9999;
    private static final String YEARS = "must be 0 to 9999, the four digits of ISO 8601";
    private static final String FORMS = "expected an ISO 8601 date to the day, month or year: 1995-12-08, 1995-12 or 1995";

    private final LocalDate earliest;
    private final LocalDate latest;
    private final Precision precision;

    private PartialDate(LocalDate earliest, LocalDate latest, Precision precision) {
        this.earliest = earliest;
        this.latest = latest;
        this.precision = precision;
    }

    /**
     * Obtains a date known only to the year, e.g. {@code PartialDate.of(1978)}.
     *
     * @param year  the year, 0 to 9999
     * @return the date, not null
     * @throws PeacekeepingException if the year is out of range
     */
    public static PartialDate of(int year) {
        checkYear(year);
        Year whole = Year.of(year);
        return new PartialDate(whole.atDay(1), whole.atDay(whole.length()), Precision.YEAR);
    }

    /**
     * Obtains a date known to the month, e.g. {@code PartialDate.of(1995, 12)}.
     *
     * @param year   the year, 0 to 9999
     * @param month  the month of the year, 1 to 12
     * @return the date, not null
     * @throws PeacekeepingException if the year or the month is out of range
     */
    public static PartialDate of(int year, int month) {
        checkYear(year);
        if (month < 1 || month > 12) {
            throw new PeacekeepingException("month", month, "must be 1 to 12");
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return new PartialDate(first, first.withDayOfMonth(first.lengthOfMonth()), Precision.MONTH);
    }

    /**
     * Obtains a date known to the day, e.g. {@code PartialDate.of(1995, 12, 8)}.
     *
     * @param year   the year, 0 to 9999
     * @param month  the month of the year, 1 to 12
     * @param day    the day of the month, valid for that month and year
     * @return the date, not null
     * @throws PeacekeepingException if the year, the month or the day is out of range
     */
    public static PartialDate of(int year, int month, int day) {
        PartialDate whole = of(year, month);
        if (day < 1 || day > whole.latest.getDayOfMonth()) {
            throw new PeacekeepingException("day", day, "must be 1 to " + whole.latest.getDayOfMonth() + " in " + whole);
        }
        LocalDate date = whole.earliest.withDayOfMonth(day);
        return new PartialDate(date, date, Precision.DAY);
    }

    /**
     * Obtains the date known to the day that a {@code LocalDate} gives.
     *
     * @param date  the day, not null
     * @return the date, with precision {@link Precision#DAY}, not null
     * @throws PeacekeepingException if the day is null or its year is out of range
     */
    public static PartialDate from(LocalDate date) {
        return from(FieldNames.DATE, date);
    }

    /** {@link #from(LocalDate)} for a builder's field, whose name the error gives. */
    static PartialDate from(String field, LocalDate date) {
        if (date == null) {
            throw new MissingValueException(field);
        }
        if (date.getYear() < 0 || date.getYear() > MAX_YEAR) {
            throw new PeacekeepingException(field, date, "year " + YEARS);
        }
        return new PartialDate(date, date, Precision.DAY);
    }

    /**
     * Obtains a date from its text: {@code 1995-12-08}, {@code 1995-12} or {@code 1995}, with four digits
     * for the year and two for the month and the day. {@code parse(d.toString())} equals {@code d}.
     *
     * @param text  the text to parse, not null
     * @return the date, not null
     * @throws PeacekeepingException if the text is null or not one of the three forms, or names no real day
     */
    public static PartialDate parse(CharSequence text) {
        if (text == null) {
            throw new MissingValueException(FieldNames.DATE);
        }
        String s = text.toString();
        int length = s.length();
        if ((length != 4 && length != 7 && length != 10) || !digits(s, 0, 4)
                || length >= 7 && (s.charAt(4) != '-' || !digits(s, 5, 7))
                || length == 10 && (s.charAt(7) != '-' || !digits(s, 8, 10))) {
            throw new PeacekeepingException(FieldNames.DATE, s, FORMS);
        }
        int year = Integer.parseInt(s.substring(0, 4));
        try {
            if (length == 4) {
                return of(year);
            }
            int month = Integer.parseInt(s.substring(5, 7));
            return length == 7 ? of(year, month) : of(year, month, Integer.parseInt(s.substring(8, 10)));
        } catch (PeacekeepingException e) {
            throw new PeacekeepingException(FieldNames.DATE, s, e.field() + " " + e.rule());
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static void checkYear(int year) {
        if (year < 0 || year > MAX_YEAR) {
            throw new PeacekeepingException("year", year, YEARS);
        }
    }

    /**
     * Returns how much of the date is known.
     *
     * @return the precision, not null
     */
    public Precision precision() {
        return precision;
    }

    /**
     * Returns the first day the date may be: {@code 1995-12-01} for {@code 1995-12}.
     *
     * @return the first day, not null
     */
    public LocalDate earliest() {
        return earliest;
    }

    /**
     * Returns the last day the date may be: {@code 1995-12-31} for {@code 1995-12}.
     *
     * @return the last day, not null; equal to {@link #earliest()} for a date known to the day
     */
    public LocalDate latest() {
        return latest;
    }

    /**
     * Returns every day the date may be, from {@link #earliest()} to {@link #latest()}.
     *
     * @return the days, not null
     */
    public DateRange days() {
        return DateRange.of(earliest, latest);
    }

    /**
     * Returns the day, when the date is known to the day.
     *
     * @return the day; empty for a date known only to the month or the year
     */
    public Optional<LocalDate> exactDay() {
        return precision == Precision.DAY ? Optional.of(earliest) : Optional.empty();
    }

    /**
     * Checks whether a day is one reading of this date: {@code 1995-12} may be 1995-12-08.
     *
     * @param date  the day, not null
     * @return true if {@code earliest() <= date <= latest()}
     */
    public boolean mayBe(LocalDate date) {
        return !date.isBefore(earliest) && !date.isAfter(latest);
    }

    /**
     * Compares by the first day the dates may be, then by the last: {@code 1995-12-01} sorts before
     * {@code 1995-12}, which sorts before {@code 1995-12-02}. The order is consistent with {@code equals};
     * it sorts a record, but does not say that one date is certainly before another: compare
     * {@link #latest()} with {@link #earliest()} for that.
     *
     * @param other  the other date, not null
     * @return negative, zero or positive as this date sorts before, with or after the other
     */
    @Override
    public int compareTo(PartialDate other) {
        int byEarliest = earliest.compareTo(other.earliest);
        return byEarliest != 0 ? byEarliest : latest.compareTo(other.latest);
    }

    /**
     * Checks whether another date is the same: the same days at the same precision. {@code 1995-12} is
     * not {@code 1995-12-01}.
     *
     * @param other  the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PartialDate
                && earliest.equals(((PartialDate) other).earliest) && precision == ((PartialDate) other).precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(earliest, precision);
    }

    /**
     * Returns the date as ISO 8601 writes it at its precision: {@code 1995-12-08}, {@code 1995-12},
     * {@code 1978}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String year = String.format("%04d", earliest.getYear());
        switch (precision) {
            case YEAR:
                return year;
            case MONTH:
                return year + "-" + String.format("%02d", earliest.getMonthValue());
            default:
                return earliest.toString();
        }
    }
}
