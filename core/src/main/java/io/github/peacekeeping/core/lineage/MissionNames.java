package io.github.peacekeeping.core.lineage;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.MissionProfile;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.internal.Given;
import io.github.peacekeeping.core.internal.Require;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resolves the names that data files give missions to the missions' acronyms, by name and day: a join key
 * for data from files that name missions differently.
 *
 * <p>A mission's own acronym resolves to itself on every day (whether the day fits its life is for the
 * validators to say). An alias may stand for several missions: the UN's fatality file writes "UNAVEM" for
 * UNAVEM I, II and III alike, its list of operations keeps a row "UNAVEM" for I and II together, and
 * "UNEF" and "UNOSOM" are used the same way. An alias therefore resolves only with a day, to the mission of
 * that alias that was responsible on it: the one whose responsibility began last on or before the day.
 * Responsibility begins on the day of the hand-over from the predecessor where the record gives it, and on
 * the day the mission was established otherwise; it lasts until the next mission of the alias takes over,
 * so that a day after the last one closed (a death recorded during its liquidation) still resolves to it.
 * A join should never key on an alias alone, and an aggregate row of a file (the list's "UNAVEM", covering
 * two missions) cannot be split by this class.
 *
 * <p>A name is either an acronym or an alias: construction refuses an alias that is some mission's acronym,
 * and two missions of one alias whose responsibility begins on the same day. This class is immutable and
 * thread-safe.
 */
public final class MissionNames {

    private final Set<String> acronyms;
    private final Map<String, NavigableMap<LocalDate, String>> aliases;

    private MissionNames(Set<String> acronyms, Map<String, NavigableMap<LocalDate, String>> aliases) {
        this.acronyms = acronyms;
        this.aliases = aliases;
    }

    /**
     * Obtains the names of the given missions: their acronyms and {@link Mission#aliases() aliases}, each
     * mission responsible from the hand-over day of its {@link LinkKind#PREDECESSOR predecessor} link where
     * it has one, otherwise from the day it was established.
     *
     * @param missions  the missions, not null, no null element
     * @return the names, not null
     * @throws PeacekeepingException if two missions share an acronym, an alias is an acronym, or two missions
     *         of one alias begin their responsibility on the same day
     */
    public static MissionNames of(Collection<Mission> missions) {
        List<MissionProfile> profiles = new ArrayList<>(missions.size());
        for (Mission mission : missions) {
            profiles.add(mission.profile());
        }
        return ofProfiles(profiles);
    }

    /**
     * Obtains the names of missions known by their profiles (a list of operations without their decisions),
     * as {@link #of(Collection)} does for the missions of those profiles.
     *
     * @param profiles  the profiles, not null, no null element
     * @return the names, not null
     * @throws PeacekeepingException if two missions share an acronym, an alias is an acronym, or two missions
     *         of one alias begin their responsibility on the same day
     */
    public static MissionNames ofProfiles(Collection<MissionProfile> profiles) {
        Builder builder = builder();
        for (MissionProfile profile : profiles) {
            builder.add(profile.acronym(), responsibleFrom(profile), profile.aliases());
        }
        return builder.build();
    }

    private static LocalDate responsibleFrom(MissionProfile mission) {
        for (MissionLink link : mission.links()) {
            if (link.kind() == LinkKind.PREDECESSOR && link.handOver().isPresent()) {
                return link.handOver().get();
            }
        }
        return mission.established().earliest();
    }

    /**
     * Returns a new builder, for missions known only by their names and days.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link MissionNames} from each mission's acronym, first day of responsibility and aliases. A
     * builder is not thread-safe; what it builds is.
     */
    public static final class Builder {
        private final Map<String, LocalDate> acronyms = new HashMap<>();
        private final Map<String, NavigableMap<LocalDate, String>> aliases = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds a mission. A refused mission adds nothing: neither its acronym nor any of its aliases.
         *
         * @param acronym          the mission's acronym, not blank
         * @param responsibleFrom  the first day of its responsibility, not null
         * @param missionAliases   other names the data files use for it, not null, no null element
         * @return this builder
         * @throws PeacekeepingException if a value is missing, a name is blank or padded, the acronym was added
         *         before, or another mission of one of the aliases begins its responsibility on the same day
         */
        public Builder add(String acronym, LocalDate responsibleFrom, Collection<String> missionAliases) {
            Given.value(FieldNames.ACRONYM, acronym);
            Given.value(FieldNames.ESTABLISHED, responsibleFrom);
            Given.elements(FieldNames.ALIASES, missionAliases);
            Require.text(FieldNames.ACRONYM, acronym);
            if (acronyms.containsKey(acronym)) {
                throw new PeacekeepingException(FieldNames.ACRONYM, acronym, "names two missions");
            }
            for (String alias : missionAliases) {
                Require.text(FieldNames.ALIASES, alias);
                NavigableMap<LocalDate, String> missions = aliases.getOrDefault(alias, Collections.emptyNavigableMap());
                String other = missions.get(responsibleFrom);
                if (other != null) {
                    throw new PeacekeepingException(FieldNames.ALIASES, alias, "names " + other + " and " + acronym
                            + ", both responsible from " + responsibleFrom + ": the day cannot tell them apart");
                }
            }
            acronyms.put(acronym, responsibleFrom);
            for (String alias : missionAliases) {
                aliases.computeIfAbsent(alias, a -> new TreeMap<>()).put(responsibleFrom, acronym);
            }
            return this;
        }

        /**
         * Builds the names.
         *
         * @return the names, not null
         * @throws PeacekeepingException if an alias is a mission's acronym
         */
        public MissionNames build() {
            for (String alias : aliases.keySet()) {
                if (acronyms.containsKey(alias)) {
                    throw new PeacekeepingException(FieldNames.ALIASES, alias, "is the acronym of a mission");
                }
            }
            Map<String, NavigableMap<LocalDate, String>> copy = new HashMap<>();
            aliases.forEach((alias, missions) -> copy.put(alias, Collections.unmodifiableNavigableMap(new TreeMap<>(missions))));
            return new MissionNames(Set.copyOf(acronyms.keySet()), Map.copyOf(copy));
        }
    }

    /**
     * Resolves a name on a day: an acronym to itself, an alias to the mission of that alias responsible on
     * the day.
     *
     * @param name  the name as a data file gives it, not null
     * @param date  the day the data is for, not null
     * @return the acronym; empty if the name is unknown, or is an alias of missions none of which was
     *         responsible yet on that day
     */
    public Optional<String> resolve(String name, LocalDate date) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        if (acronyms.contains(name)) {
            return Optional.of(name);
        }
        NavigableMap<LocalDate, String> missions = aliases.get(name);
        if (missions == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, String> responsible = missions.floorEntry(date);
        return responsible == null ? Optional.empty() : Optional.of(responsible.getValue());
    }

    /**
     * Checks whether a name is a mission's acronym or alias.
     *
     * @param name  the name, may be null
     * @return true if {@link #resolve(String, LocalDate)} knows it
     */
    public boolean isKnown(String name) {
        return name != null && (acronyms.contains(name) || aliases.containsKey(name));
    }

    /**
     * Checks whether a name is an alias.
     *
     * @param name  the name, may be null
     * @return true if the name is an alias of one or more missions
     */
    public boolean isAlias(String name) {
        return name != null && aliases.containsKey(name);
    }

    /**
     * Returns the missions an alias stands for.
     *
     * @param alias  the alias, not null
     * @return their acronyms in the order their responsibility began, unmodifiable; empty if the name is
     *         not an alias
     */
    public List<String> missionsOf(String alias) {
        NavigableMap<LocalDate, String> missions = aliases.get(Objects.requireNonNull(alias, "alias"));
        return missions == null ? List.of() : List.copyOf(new ArrayList<>(missions.values()));
    }

    /**
     * Returns the number of acronyms and aliases, e.g. {@code MissionNames[71 acronyms, 3 aliases]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "MissionNames[" + acronyms.size() + " acronyms, " + aliases.size() + " aliases]";
    }
}
