package io.github.peacekeeping.core.fatality;

import java.util.Arrays;

/**
 * A count of fatalities by category of personnel and type of incident: how many of a year's or a mission's
 * deaths were military personnel killed by malicious acts, how many local staff died of illness.
 *
 * <p>Obtained from {@link Fatalities}. Two counts are equal when every cell is. This class is immutable
 * and thread-safe.
 */
public final class FatalityCount {

    private static final FatalityCategory[] CATEGORIES = FatalityCategory.values();
    private static final IncidentType[] TYPES = IncidentType.values();
    private static final FatalityCount NONE = new FatalityCount(new long[CATEGORIES.length * TYPES.length]);

    /** The cells, category-major: cell (c, t) is at c * TYPES.length + t. */
    private final long[] cells;

    private FatalityCount(long[] cells) {
        this.cells = cells;
    }

    /**
     * Returns the count of no fatality.
     *
     * @return the empty count, not null
     */
    public static FatalityCount none() {
        return NONE;
    }

    /**
     * Returns the count of all fatalities.
     *
     * @return the total, not negative
     */
    public long total() {
        long total = 0;
        for (long cell : cells) {
            total += cell;
        }
        return total;
    }

    /**
     * Returns the count of one category of personnel, whatever the type of incident.
     *
     * @param category  the category, not null
     * @return the count, not negative
     */
    public long of(FatalityCategory category) {
        long total = 0;
        for (IncidentType type : TYPES) {
            total += of(category, type);
        }
        return total;
    }

    /**
     * Returns the count of one type of incident, whatever the category of personnel.
     *
     * @param type  the type of incident, not null
     * @return the count, not negative
     */
    public long of(IncidentType type) {
        long total = 0;
        for (FatalityCategory category : CATEGORIES) {
            total += of(category, type);
        }
        return total;
    }

    /**
     * Returns the count of one category of personnel and one type of incident.
     *
     * @param category  the category, not null
     * @param type      the type of incident, not null
     * @return the count, not negative
     */
    public long of(FatalityCategory category, IncidentType type) {
        return cells[index(category, type)];
    }

    private static int index(FatalityCategory category, IncidentType type) {
        return category.ordinal() * TYPES.length + type.ordinal();
    }

    /** A count being summed, record by record; not thread-safe while it is. */
    static final class Tally {
        private final long[] cells = new long[CATEGORIES.length * TYPES.length];

        void add(Fatality fatality) {
            cells[index(fatality.category(), fatality.incidentType())]++;
        }

        FatalityCount build() {
            return new FatalityCount(cells.clone());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FatalityCount && Arrays.equals(cells, ((FatalityCount) other).cells);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cells);
    }

    /**
     * Returns the total and the counts by category that are not zero, in the order of
     * {@link FatalityCategory}, e.g. {@code 27 (MILITARY 22, MILITARY_OBSERVER 3, POLICE 1, LOCAL 1)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(total());
        String separator = " (";
        for (FatalityCategory category : CATEGORIES) {
            long count = of(category);
            if (count > 0) {
                text.append(separator).append(category).append(' ').append(count);
                separator = ", ";
            }
        }
        return separator.equals(", ") ? text.append(')').toString() : text.toString();
    }
}
