package io.github.peacekeeping.core;

import io.github.peacekeeping.core.internal.Given;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A member state's uniformed personnel in UN peacekeeping on a day, by category and by mission, as the
 * missions' deployments report them, and its rank among the contributors counted. The UN publishes a
 * ranking of contributors every month; {@link #rankingOn(LocalDate, Collection)} computes it from missions
 * as {@link ContributorRanking} orders it: by total uniformed personnel, tied totals sharing a rank, tied
 * states listed by name.
 *
 * <p>For each mission active on the day, the latest report on or before that day counts (the UN reports
 * at each month's end). Civilians are not contributed by member states and do not count, nor do a
 * mission's {@link UniformedComponent#totals() totals}, which name no contributor.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Contributor {

    Contributor() {
    }

    /**
     * Returns the contributing country.
     *
     * @return the country, not null
     */
    public abstract CountryCode country();

    /**
     * Returns the day these figures are for.
     *
     * @return the day, not null
     */
    public abstract LocalDate date();

    /**
     * Returns the personnel by category, in the order of {@link PersonnelCategory#values()}.
     *
     * @return every category with its personnel, unmodifiable
     */
    public abstract Map<PersonnelCategory, Long> byCategory();

    /**
     * Returns the personnel by mission acronym, in alphabetical order.
     *
     * @return the missions with this country's personnel, unmodifiable
     */
    public abstract Map<String, Long> byMission();

    /**
     * Returns the contributor's place in the ranking of the contributors counted with it: one more than
     * the number of contributors with more personnel, so tied totals share a rank.
     *
     * @return the rank, from 1
     */
    public abstract int rank();

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Contributor}: setters named after its fields, {@code from} to copy one; {@code build()}
     * checks it. {@link ContributorRanking} gives the ranks of contributors counted together.
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutableContributor.Builder generated = new ImmutableContributor.Builder();

        Builder() {
        }

        /**
         * Copies the values of a contributor into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param contributor  the contributor to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code contributor} is null
         */
        public Builder from(Contributor contributor) {
            generated.from(Given.value("contributor", contributor));
            return this;
        }

        /**
         * Sets {@link Contributor#country()}.
         *
         * @param country  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code country} is null
         */
        public Builder country(CountryCode country) {
            generated.country(Given.value("country", country));
            return this;
        }

        /**
         * Sets {@link Contributor#date()}.
         *
         * @param date  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code date} is null
         */
        public Builder date(LocalDate date) {
            generated.date(Given.value(FieldNames.DATE, date));
            return this;
        }

        /**
         * Puts one entry of {@link Contributor#byCategory()}.
         *
         * @param key    the key, not null
         * @param value  the value
         * @return this builder
         * @throws MissingValueException if {@code key} is null
         */
        public Builder putByCategory(PersonnelCategory key, long value) {
            generated.putByCategory(Given.element("byCategory", key), value);
            return this;
        }

        /**
         * Puts one entry of {@link Contributor#byCategory()}.
         *
         * @param entry  the entry, not null, with a key and a value
         * @return this builder
         * @throws MissingValueException if the entry, its key or its value is null
         */
        public Builder putByCategory(Map.Entry<? extends PersonnelCategory, ? extends Long> entry) {
            generated.putByCategory(Given.entry("byCategory", entry));
            return this;
        }

        /**
         * Sets {@link Contributor#byCategory()}, replacing the entries put before; if one is refused, they stay.
         *
         * @param byCategory  the entries, not null, with no null key or value
         * @return this builder
         * @throws MissingValueException if the map, one of its keys or one of its values is null
         */
        public Builder byCategory(Map<? extends PersonnelCategory, ? extends Long> byCategory) {
            generated.byCategory(Given.entries("byCategory", byCategory));
            return this;
        }

        /**
         * Puts entries of {@link Contributor#byCategory()}, after those put before; if one is refused, none is put.
         *
         * @param byCategory  the entries, not null, with no null key or value
         * @return this builder
         * @throws MissingValueException if the map, one of its keys or one of its values is null
         */
        public Builder putAllByCategory(Map<? extends PersonnelCategory, ? extends Long> byCategory) {
            generated.putAllByCategory(Given.entries("byCategory", byCategory));
            return this;
        }

        /**
         * Puts one entry of {@link Contributor#byMission()}.
         *
         * @param key    the key, not null
         * @param value  the value
         * @return this builder
         * @throws MissingValueException if {@code key} is null
         */
        public Builder putByMission(String key, long value) {
            generated.putByMission(Given.element("byMission", key), value);
            return this;
        }

        /**
         * Puts one entry of {@link Contributor#byMission()}.
         *
         * @param entry  the entry, not null, with a key and a value
         * @return this builder
         * @throws MissingValueException if the entry, its key or its value is null
         */
        public Builder putByMission(Map.Entry<String, ? extends Long> entry) {
            generated.putByMission(Given.entry("byMission", entry));
            return this;
        }

        /**
         * Sets {@link Contributor#byMission()}, replacing the entries put before; if one is refused, they stay.
         *
         * @param byMission  the entries, not null, with no null key or value
         * @return this builder
         * @throws MissingValueException if the map, one of its keys or one of its values is null
         */
        public Builder byMission(Map<String, ? extends Long> byMission) {
            generated.byMission(Given.entries("byMission", byMission));
            return this;
        }

        /**
         * Puts entries of {@link Contributor#byMission()}, after those put before; if one is refused, none is put.
         *
         * @param byMission  the entries, not null, with no null key or value
         * @return this builder
         * @throws MissingValueException if the map, one of its keys or one of its values is null
         */
        public Builder putAllByMission(Map<String, ? extends Long> byMission) {
            generated.putAllByMission(Given.entries("byMission", byMission));
            return this;
        }

        /**
         * Sets {@link Contributor#rank()}.
         *
         * @param rank  the value
         * @return this builder
         */
        public Builder rank(int rank) {
            generated.rank(rank);
            return this;
        }

        /**
         * Builds the contributor and checks it.
         *
         * @return the contributor, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public Contributor build() {
            return generated.build();
        }
    }

    /**
     * Returns all uniformed personnel.
     *
     * @return the sum over the categories
     */
    public long total() {
        return byCategory().values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Returns the contingent troops.
     *
     * @return the personnel of {@link PersonnelCategory#TROOPS}
     */
    public long troops() {
        return byCategory().getOrDefault(PersonnelCategory.TROOPS, 0L);
    }

    /**
     * Returns the police: individual police, formed police units, and police reported without that split.
     *
     * @return the personnel of the police categories
     */
    public long police() {
        long police = 0;
        for (PersonnelCategory category : ComponentType.POLICE.categories()) {
            police += byCategory().getOrDefault(category, 0L);
        }
        return police;
    }

    /**
     * Computes one country's contribution on a day, with its rank, as {@link #rankingOn(LocalDate, Collection)}
     * counts it.
     *
     * @param country   the country, not null
     * @param date      the day, not null
     * @param missions  the missions to count, not null
     * @return the contribution, empty if the country had no personnel reported in these missions that day
     */
    public static Optional<Contributor> contributionOn(CountryCode country, LocalDate date,
            Collection<Mission> missions) {
        return rankingOn(date, missions).stream().filter(c -> c.country().equals(country)).findFirst();
    }

    /**
     * Computes the ranking of contributors on a day, as the UN publishes it each month: by total uniformed
     * personnel, most first; tied totals share a rank, and tied states are listed by name
     * ({@link ContributorRanking#of(LocalDate, Map)}).
     *
     * @param date      the day, not null
     * @param missions  the missions to count, not null
     * @return every country with personnel reported that day, in the order of the ranking, unmodifiable
     */
    public static List<Contributor> rankingOn(LocalDate date, Collection<Mission> missions) {
        Map<CountryCode, Tally> tallies = tally(date, missions);
        Map<CountryCode, Long> totals = new HashMap<>();
        tallies.forEach((country, tally) -> totals.put(country, tally.total()));
        ContributorRanking ranking = ContributorRanking.of(date, totals);
        List<Contributor> contributors = new ArrayList<>();
        for (CountryCode country : ranking.countries()) {
            contributors.add(tallies.get(country).build(ranking.rankOf(country).getAsInt()));
        }
        return List.copyOf(contributors);
    }

    private static Map<CountryCode, Tally> tally(LocalDate date, Collection<Mission> missions) {
        Map<CountryCode, Tally> tallies = new TreeMap<>();
        for (Mission mission : missions) {
            Optional<DeployedStrength> strength = mission.strengthOn(date);
            if (strength.isEmpty()) {
                continue;
            }
            LocalDate reported = strength.get().reportedOn();
            for (Component component : mission.components()) {
                if (component instanceof UniformedComponent) {
                    for (Deployment<?> deployment : ((UniformedComponent<?>) component).deployments()) {
                        if (deployment.date().equals(reported)) {
                            tallies.computeIfAbsent(deployment.contributor(), c -> new Tally(c, date))
                                    .add(mission.acronym(), deployment);
                        }
                    }
                }
            }
        }
        return tallies;
    }

    /** One country's running sums while the missions are read. */
    private static final class Tally {
        private final CountryCode country;
        private final LocalDate date;
        private final long[] byCategory = new long[PersonnelCategory.values().size()];
        private final Map<String, Long> byMission = new TreeMap<>();

        Tally(CountryCode country, LocalDate date) {
            this.country = country;
            this.date = date;
        }

        void add(String mission, Deployment<?> deployment) {
            byCategory[DeployedStrength.index(deployment.category())] += deployment.total();
            byMission.merge(mission, (long) deployment.total(), Long::sum);
        }

        long total() {
            long total = 0;
            for (long personnel : byCategory) {
                total += personnel;
            }
            return total;
        }

        Contributor build(int rank) {
            Map<PersonnelCategory, Long> categories = new LinkedHashMap<>();
            for (PersonnelCategory category : PersonnelCategory.values()) {
                categories.put(category, byCategory[DeployedStrength.index(category)]);
            }
            return builder().country(country).date(date).rank(rank).byCategory(categories).byMission(byMission)
                    .build();
        }
    }

    @Value.Check
    void check() {
        if (rank() < 1) {
            throw new PeacekeepingException("rank", rank(), "must be 1 or more");
        }
        byCategory().forEach((category, personnel) -> {
            if (personnel < 0) {
                throw new PeacekeepingException(category.name(), personnel, "must not be negative");
            }
        });
        byMission().forEach((mission, personnel) -> {
            Checks.text(FieldNames.MISSION, mission);
            if (personnel < 0) {
                throw new PeacekeepingException(mission, personnel, "must not be negative");
            }
        });
    }

    /**
     * Returns the rank, country, day and totals, e.g.
     * {@code 1. BGD on 2021-01-31: 6711 (troops 5800, police 700)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return rank() + ". " + country() + " on " + date() + ": " + total() + " (troops " + troops() + ", police "
                + police() + ")";
    }
}
