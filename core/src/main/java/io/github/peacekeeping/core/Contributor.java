package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A member state's uniformed personnel in UN peacekeeping on a day, by category and by mission, as the
 * missions' deployments report them. The UN publishes a ranking of contributors every month;
 * {@link #rankingOn(LocalDate, Collection)} computes it from missions: by total uniformed personnel,
 * then troops, then police, then code.
 *
 * <p>For each mission active on the day, the latest report on or before that day counts (the UN reports
 * at each month's end). Civilians are not contributed by member states and do not count.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Contributor {

    /** The UN's order: most uniformed personnel first, then most troops, then most police, then by code. */
    private static final Comparator<Contributor> RANKING = Comparator.comparingLong(Contributor::total).reversed()
            .thenComparing(Comparator.comparingLong(Contributor::troops).reversed())
            .thenComparing(Comparator.comparingLong(Contributor::police).reversed())
            .thenComparing(Contributor::country);

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
     * Returns the UN's order of contributors: most uniformed personnel first, then most troops, then most
     * police, then by country code, so that the order is total and repeatable.
     *
     * @return the comparator, not null
     */
    public static Comparator<Contributor> rankingOrder() {
        return RANKING;
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Contributor}: setters named after its fields, {@code from} to copy one; {@code build()} checks it. */
    public static final class Builder extends ImmutableContributor.Builder {
        Builder() {
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
     * Computes one country's contribution on a day, as {@link #rankingOn(LocalDate, Collection)} counts it.
     *
     * @param country   the country, not null
     * @param date      the day, not null
     * @param missions  the missions to count, not null
     * @return the contribution, empty if the country had no personnel reported in these missions that day
     */
    public static Optional<Contributor> contributionOn(CountryCode country, LocalDate date,
            Collection<Mission> missions) {
        return Optional.ofNullable(tally(date, missions).get(country)).map(Tally::build);
    }

    /**
     * Computes the ranking of contributors on a day, as the UN publishes it each month: by total uniformed
     * personnel, then troops, then police (and then by code, so that the order is total).
     *
     * @param date      the day, not null
     * @param missions  the missions to count, not null
     * @return every country with personnel reported that day, first the largest, unmodifiable
     */
    public static List<Contributor> rankingOn(LocalDate date, Collection<Mission> missions) {
        List<Contributor> ranking = new ArrayList<>();
        for (Tally tally : tally(date, missions).values()) {
            ranking.add(tally.build());
        }
        ranking.sort(RANKING);
        return List.copyOf(ranking);
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

        Contributor build() {
            Map<PersonnelCategory, Long> categories = new LinkedHashMap<>();
            for (PersonnelCategory category : PersonnelCategory.values()) {
                categories.put(category, byCategory[DeployedStrength.index(category)]);
            }
            return builder().country(country).date(date).byCategory(categories).byMission(byMission).build();
        }
    }

    @Value.Check
    void check() {
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
     * Returns the country, day and totals, e.g. {@code BGD on 2021-01-31: 6711 (troops 5800, police 700)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return country() + " on " + date() + ": " + total() + " (troops " + troops() + ", police " + police() + ")";
    }
}
