package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The women among a mission's uniformed personnel on one reporting day, by category: the figures behind
 * the share of women that the UN's Uniformed Gender Parity Strategy 2018-2028 sets targets for, per
 * category of personnel. {@link #series(Mission)} gives them for every reporting day of a mission.
 *
 * <p>A category's personnel on a day are the sum of its deployments reported that day. Its women are
 * known only when every one of those deployments gives its number of women: the UN split its figures by
 * sex from about 2009, and a sum over some contributors only would understate the share. A category
 * without personnel that day has no share.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WomenDeployed {

    private static final int CATEGORIES = PersonnelCategory.values().size();

    private final LocalDate reportedOn;
    private final long[] totals;
    private final long[] women;
    private final boolean[] unsplit; // some figure of the category gives no number of women

    // The arrays are filled before construction and never written after: final fields publish them whole.
    private WomenDeployed(Tally tally) {
        this.reportedOn = tally.day;
        this.totals = tally.totals;
        this.women = tally.women;
        this.unsplit = tally.unsplit;
    }

    /** The figures of one day as the deployments are read. */
    private static final class Tally {
        final LocalDate day;
        final long[] totals = new long[CATEGORIES];
        final long[] women = new long[CATEGORIES];
        final boolean[] unsplit = new boolean[CATEGORIES];

        Tally(LocalDate day) {
            this.day = day;
        }

        void add(PersonnelCategory category, int total, OptionalInt female) {
            int index = DeployedStrength.index(category);
            totals[index] += total;
            if (female.isPresent()) {
                women[index] += female.getAsInt();
            } else {
                unsplit[index] = true;
            }
        }
    }

    /**
     * Returns the women among a mission's uniformed personnel on each of its reporting days within its
     * life, in order of the days. The series is computed afresh at each call, in one pass over the
     * deployments and one sort of the reporting days.
     *
     * @param mission  the mission, not null
     * @return one entry per reporting day on which the mission was active, unmodifiable, possibly empty
     * @throws MissingValueException if the mission is null
     */
    public static List<WomenDeployed> series(Mission mission) {
        if (mission == null) {
            throw new MissingValueException("mission");
        }
        Map<LocalDate, Tally> days = new HashMap<>();
        for (Component component : mission.components()) {
            if (component instanceof UniformedComponent) {
                for (Deployment<?> deployment : ((UniformedComponent<?>) component).deployments()) {
                    if (mission.isActiveOn(deployment.date())) {
                        days.computeIfAbsent(deployment.date(), Tally::new)
                                .add(deployment.category(), deployment.total(), deployment.female());
                    }
                }
            }
        }
        List<WomenDeployed> series = new ArrayList<>(days.size());
        for (Tally tally : days.values()) {
            series.add(new WomenDeployed(tally));
        }
        series.sort((a, b) -> a.reportedOn.compareTo(b.reportedOn));
        return List.copyOf(series);
    }

    /**
     * Returns the reporting day.
     *
     * @return the day, not null
     */
    public LocalDate reportedOn() {
        return reportedOn;
    }

    /**
     * Returns the personnel of one category, women and men.
     *
     * @param category  the category, not null
     * @return the personnel, not negative
     */
    public long total(PersonnelCategory category) {
        return totals[DeployedStrength.index(category)];
    }

    /**
     * Returns the women of one category.
     *
     * @param category  the category, not null
     * @return the women, at most {@link #total(PersonnelCategory)}; empty if a deployment of the category
     *         that day gives no number of women
     */
    public OptionalLong women(PersonnelCategory category) {
        int index = DeployedStrength.index(category);
        return unsplit[index] ? OptionalLong.empty() : OptionalLong.of(women[index]);
    }

    /**
     * Returns the share of women in one category: 0.0293 when 170 of 5,794 troops are women.
     *
     * @param category  the category, not null
     * @return the share, from 0 to 1; empty if the women are not known or the category has no personnel
     */
    public OptionalDouble share(PersonnelCategory category) {
        return share(List.of(category));
    }

    /**
     * Returns the personnel of several categories together, e.g. staff officers and experts on mission,
     * which the Uniformed Gender Parity Strategy counts together.
     *
     * @param categories  the categories, not null, no null element; a category named twice counts once
     * @return the personnel, not negative
     */
    public long total(Collection<? extends PersonnelCategory> categories) {
        long sum = 0;
        for (int index : indexes(categories)) {
            sum += totals[index];
        }
        return sum;
    }

    /**
     * Returns the women of several categories together.
     *
     * @param categories  the categories, not null, no null element; a category named twice counts once
     * @return the women; empty if the women of any of the categories are not known
     */
    public OptionalLong women(Collection<? extends PersonnelCategory> categories) {
        long sum = 0;
        for (int index : indexes(categories)) {
            if (unsplit[index]) {
                return OptionalLong.empty();
            }
            sum += women[index];
        }
        return OptionalLong.of(sum);
    }

    /**
     * Returns the share of women in several categories together.
     *
     * @param categories  the categories, not null, no null element; a category named twice counts once
     * @return the share, from 0 to 1; empty if the women of any of the categories are not known or the
     *         categories have no personnel
     */
    public OptionalDouble share(Collection<? extends PersonnelCategory> categories) {
        OptionalLong women = women(categories);
        long total = total(categories);
        return women.isEmpty() || total == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(women.getAsLong() / (double) total);
    }

    private static int[] indexes(Collection<? extends PersonnelCategory> categories) {
        if (categories == null) {
            throw new MissingValueException("categories");
        }
        boolean[] named = new boolean[CATEGORIES];
        for (PersonnelCategory category : categories) {
            if (category == null) {
                throw new MissingValueException("categories element");
            }
            named[DeployedStrength.index(category)] = true;
        }
        int[] indexes = new int[CATEGORIES];
        int count = 0;
        for (int i = 0; i < CATEGORIES; i++) {
            if (named[i]) {
                indexes[count++] = i;
            }
        }
        return Arrays.copyOf(indexes, count);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof WomenDeployed
                && reportedOn.equals(((WomenDeployed) other).reportedOn)
                && Arrays.equals(totals, ((WomenDeployed) other).totals)
                && Arrays.equals(women, ((WomenDeployed) other).women)
                && Arrays.equals(unsplit, ((WomenDeployed) other).unsplit);
    }

    @Override
    public int hashCode() {
        return ((reportedOn.hashCode() * 31 + Arrays.hashCode(totals)) * 31 + Arrays.hashCode(women)) * 31
                + Arrays.hashCode(unsplit);
    }

    /**
     * Returns the women and the personnel of each category, e.g.
     * {@code 2014-02-28: TROOPS 170/5794 STAFF_OFFICERS 0/0 ...}, with {@code ?} for women not known.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(reportedOn).append(':');
        for (PersonnelCategory category : PersonnelCategory.values()) {
            OptionalLong known = women(category);
            text.append(' ').append(category.name()).append(' ')
                    .append(known.isPresent() ? Long.toString(known.getAsLong()) : "?").append('/').append(total(category));
        }
        return text.toString();
    }
}
