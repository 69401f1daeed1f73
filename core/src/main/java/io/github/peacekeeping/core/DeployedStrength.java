package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

/**
 * The uniformed personnel of a mission as the latest report on or before a day gives them, by
 * category and by component: the answer of {@link Mission#strengthOn(LocalDate)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeployedStrength {

    private final LocalDate reportedOn;
    private final long[] totals;

    DeployedStrength(LocalDate reportedOn, long[] totals) {
        this.reportedOn = reportedOn;
        this.totals = totals.clone();
    }

    /** The position of a category in per-category arrays: military categories first, as {@link PersonnelCategory#values()}. */
    static int index(PersonnelCategory category) {
        return category instanceof MilitaryCategory
                ? ((MilitaryCategory) category).ordinal()
                : MilitaryCategory.values().length + ((PoliceCategory) category).ordinal();
    }

    /**
     * Returns the day of the report these figures come from.
     *
     * @return the reporting day, not null
     */
    public LocalDate reportedOn() {
        return reportedOn;
    }

    /**
     * Returns the personnel of one category.
     *
     * @param category  the category, not null
     * @return the personnel, not negative
     */
    public long total(PersonnelCategory category) {
        return totals[index(category)];
    }

    /**
     * Returns the personnel of one component: all its categories together.
     *
     * @param component  {@link ComponentType#MILITARY} or {@link ComponentType#POLICE}; civilian gives 0
     * @return the personnel, not negative
     */
    public long total(ComponentType component) {
        return total(component.categories());
    }

    /**
     * Returns the personnel of several categories together, e.g. troops and staff officers, as an
     * authorization that names both caps them.
     *
     * @param categories  the categories, not null, no null element; a category named twice counts once
     * @return the personnel, not negative
     */
    public long total(Collection<? extends PersonnelCategory> categories) {
        boolean[] counted = new boolean[totals.length];
        long sum = 0;
        for (PersonnelCategory category : categories) {
            int index = index(category);
            if (!counted[index]) {
                counted[index] = true;
                sum += totals[index];
            }
        }
        return sum;
    }

    /**
     * Returns all uniformed personnel.
     *
     * @return military plus police personnel
     */
    public long total() {
        return Arrays.stream(totals).sum();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DeployedStrength
                && reportedOn.equals(((DeployedStrength) other).reportedOn)
                && Arrays.equals(totals, ((DeployedStrength) other).totals);
    }

    @Override
    public int hashCode() {
        return reportedOn.hashCode() * 31 + Arrays.hashCode(totals);
    }

    /**
     * Returns the figures by category, e.g. {@code 1994-08-31: TROOPS=5000 STAFF_OFFICERS=120 ...}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(reportedOn).append(':');
        for (PersonnelCategory category : PersonnelCategory.values()) {
            text.append(' ').append(category.name()).append('=').append(total(category));
        }
        return text.toString();
    }
}
