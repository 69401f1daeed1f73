package io.github.peacekeeping.core.budget;

import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A peacekeeping fiscal year, from 1 July to 30 June, written as the UN writes it: {@code 2024/25} is
 * 1 July 2024 to 30 June 2025. The General Assembly set this budgetary cycle for peacekeeping operations by
 * its resolution 49/233 A of 23 December 1994 (recalled in resolution 55/228 B, "in particular those
 * paragraphs regarding the peacekeeping budgetary cycles"); before it, operations were financed per mandate
 * period, which an {@link Appropriation} represents by its period alone.
 *
 * <p>{@code parse(year.toString())} equals {@code year}. This class is immutable and thread-safe.
 */
public final class FiscalYear implements Comparable<FiscalYear> {

    private static final String FIELD = "fiscalYear";
    private static final Pattern TEXT = Pattern.compile("([0-9]{4})/([0-9]{2})");
    private static final int FIRST = 1000;
    private static final int LAST = 9998;

    private final int firstYear;

    private FiscalYear(int firstYear) {
        this.firstYear = firstYear;
    }

    /**
     * Obtains the fiscal year that begins on 1 July of a year: {@code of(2024)} is 2024/25.
     *
     * @param firstYear  the calendar year of its first day, from 1000 to 9998
     * @return the fiscal year, not null
     * @throws PeacekeepingException if the year is out of range
     */
    public static FiscalYear of(int firstYear) {
        if (firstYear < FIRST || firstYear > LAST) {
            throw new PeacekeepingException(FIELD, firstYear, "expected a year from " + FIRST + " to " + LAST);
        }
        return new FiscalYear(firstYear);
    }

    /**
     * Obtains the fiscal year that contains a day: 2025-06-30 is in 2024/25, 2025-07-01 in 2025/26.
     *
     * @param date  the day, not null
     * @return the fiscal year, not null
     * @throws PeacekeepingException if the day is null or its fiscal year out of range
     */
    public static FiscalYear containing(LocalDate date) {
        if (date == null) {
            throw new MissingValueException(FIELD);
        }
        return of(date.getMonthValue() >= Month.JULY.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /**
     * Obtains a fiscal year from its text, {@code 2024/25}: four digits of the first year, a slash, and the
     * last two digits of the year after it.
     *
     * @param text  the text, not null
     * @return the fiscal year, not null
     * @throws PeacekeepingException if the text is not of that form
     */
    public static FiscalYear parse(CharSequence text) {
        if (text == null) {
            throw new MissingValueException(FIELD);
        }
        Matcher matcher = TEXT.matcher(text);
        if (matcher.matches()) {
            int first = Integer.parseInt(matcher.group(1));
            if (Integer.parseInt(matcher.group(2)) == (first + 1) % 100) {
                return of(first);
            }
        }
        throw new PeacekeepingException(FIELD, text.toString(),
                "expected the first year and the last two digits of the next, as in 2024/25");
    }

    /**
     * Returns the calendar year of the first day.
     *
     * @return the year, e.g. 2024 for 2024/25
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * Returns the first day, 1 July.
     *
     * @return the day, not null
     */
    public LocalDate start() {
        return LocalDate.of(firstYear, Month.JULY, 1);
    }

    /**
     * Returns the last day, 30 June of the next calendar year.
     *
     * @return the day, not null
     */
    public LocalDate end() {
        return LocalDate.of(firstYear + 1, Month.JUNE, 30);
    }

    /**
     * Returns the days of the fiscal year.
     *
     * @return the range from 1 July to 30 June, not null
     */
    public DateRange period() {
        return DateRange.of(start(), end());
    }

    /**
     * Checks whether a period lies within this fiscal year: a whole year, or part of one (the first period of
     * a mission established during the year).
     *
     * @param period  the period, not null
     * @return true if the period has a last day and both its days are in this fiscal year
     */
    public boolean contains(DateRange period) {
        return period.end().isPresent() && !period.start().isBefore(start()) && !period.end().get().isAfter(end());
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(firstYear, other.firstYear);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FiscalYear && ((FiscalYear) other).firstYear == firstYear;
    }

    @Override
    public int hashCode() {
        return firstYear;
    }

    /**
     * Returns the fiscal year as the UN writes it, e.g. {@code 2024/25}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return firstYear + "/" + String.format("%02d", (firstYear + 1) % 100);
    }
}
