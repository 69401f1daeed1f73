package io.github.peacekeeping.examples.report;

import io.github.peacekeeping.core.PeacekeepingException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Counts per calendar year and category over a run of years, every year of the run included, for a
 * {@link YearlyBarChart}: the fatalities of a mission per year by category, say, from the year it was
 * established to the year it closed, with the years without any as zero.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YearlyCounts {

    private final int firstYear;
    private final List<String> categories;
    private final long[][] counts; // [year - firstYear][category]

    private YearlyCounts(int firstYear, List<String> categories, long[][] counts) {
        this.firstYear = firstYear;
        this.categories = categories;
        this.counts = counts;
    }

    /**
     * Obtains counts from a map of years to counts by category.
     *
     * @param firstYear   the first year of the run
     * @param lastYear    the last year of the run, not before {@code firstYear}
     * @param categories  the categories in the order of the legend, at least one, distinct, none blank
     * @param counts      the counts by year and category, not null; a year or category left out counts zero
     * @return the counts, not null
     * @throws PeacekeepingException if a value is missing, the run is backwards, a category is blank or
     *         repeated, or {@code counts} has a year outside the run, a category not in {@code categories},
     *         or a negative or null count
     */
    public static YearlyCounts of(int firstYear, int lastYear, List<String> categories,
            Map<Integer, Map<String, Long>> counts) {
        if (lastYear < firstYear) {
            throw new PeacekeepingException("lastYear", lastYear, "must not be before firstYear " + firstYear);
        }
        List<String> names = Inputs.list("categories", categories);
        if (names.isEmpty()) {
            throw new PeacekeepingException("categories", names, "must hold at least one value");
        }
        for (int i = 0; i < names.size(); i++) {
            Inputs.text("categories", names.get(i));
            if (names.indexOf(names.get(i)) != i) {
                throw new PeacekeepingException("categories", names, "must not repeat " + names.get(i));
            }
        }
        long[][] table = new long[lastYear - firstYear + 1][names.size()];
        for (Map.Entry<Integer, Map<String, Long>> year : Inputs.required("counts", counts).entrySet()) {
            int y = Inputs.required("counts", year.getKey());
            if (y < firstYear || y > lastYear) {
                throw new PeacekeepingException("counts", y, "must be a year from " + firstYear + " to " + lastYear);
            }
            for (Map.Entry<String, Long> count : Inputs.required("counts", year.getValue()).entrySet()) {
                int category = names.indexOf(count.getKey());
                if (category < 0) {
                    throw new PeacekeepingException("counts", count.getKey(), "must be one of " + names);
                }
                long value = Inputs.required("counts", count.getValue());
                if (value < 0) {
                    throw new PeacekeepingException("counts", value, "must not be negative");
                }
                table[y - firstYear][category] = value;
            }
        }
        return new YearlyCounts(firstYear, names, table);
    }

    /**
     * Returns the first year of the run.
     *
     * @return the year
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * Returns the last year of the run.
     *
     * @return the year, not before {@link #firstYear()}
     */
    public int lastYear() {
        return firstYear + counts.length - 1;
    }

    /**
     * Returns the categories, in the order of the legend.
     *
     * @return the categories, at least one, unmodifiable
     */
    public List<String> categories() {
        return categories;
    }

    /**
     * Returns the count of a year and category.
     *
     * @param year      a year of the run
     * @param category  one of {@link #categories()}
     * @return the count, not negative
     * @throws PeacekeepingException if the year is outside the run or the category unknown
     */
    public long count(int year, String category) {
        int index = categories.indexOf(category);
        if (index < 0) {
            throw new PeacekeepingException("category", category, "must be one of " + categories);
        }
        return row(year)[index];
    }

    /**
     * Returns the count of a year, all categories together.
     *
     * @param year  a year of the run
     * @return the total, not negative
     * @throws PeacekeepingException if the year is outside the run
     */
    public long total(int year) {
        return Arrays.stream(row(year)).sum();
    }

    private long[] row(int year) {
        if (year < firstYear || year > lastYear()) {
            throw new PeacekeepingException("year", year, "must be from " + firstYear + " to " + lastYear());
        }
        return counts[year - firstYear];
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof YearlyCounts && firstYear == ((YearlyCounts) other).firstYear
                && categories.equals(((YearlyCounts) other).categories)
                && Arrays.deepEquals(counts, ((YearlyCounts) other).counts);
    }

    @Override
    public int hashCode() {
        return (firstYear * 31 + categories.hashCode()) * 31 + Arrays.deepHashCode(counts);
    }

    /**
     * Returns the counts as one line, e.g. {@code 1993-1996 [Military, Police]: 1993 [0, 0], 1994 [12, 1], ...}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(firstYear).append('-').append(lastYear()).append(' ')
                .append(categories).append(':');
        for (int i = 0; i < counts.length; i++) {
            text.append(i == 0 ? " " : ", ").append(firstYear + i).append(' ').append(Arrays.toString(counts[i]));
        }
        return text.toString();
    }
}
