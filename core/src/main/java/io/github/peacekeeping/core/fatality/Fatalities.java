package io.github.peacekeeping.core.fatality;

import java.time.Year;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Counts of fatality records by year, mission, category of personnel and type of incident: the figures of
 * the UN's fatality statistics, and the series a chart of them draws. Each query reads every record once:
 * its time is linear in the number of records, its memory in the number of missions and years.
 *
 * <p>Years are the calendar years of the incidents. The counts are of records: the UN's file of 2025 has
 * 4,429 rows for 4,423 casualty identifiers, because six deaths in UNMIK are recorded twice (rule PK130
 * reports them); a count of persons needs them removed first.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Fatalities {

    private Fatalities() {
    }

    /**
     * Counts records by category and type of incident.
     *
     * @param fatalities  the records, not null, no null element
     * @return the count, not null
     */
    public static FatalityCount count(Iterable<Fatality> fatalities) {
        FatalityCount.Tally tally = new FatalityCount.Tally();
        for (Fatality fatality : fatalities) {
            tally.add(Objects.requireNonNull(fatality, "fatality"));
        }
        return tally.build();
    }

    /**
     * Counts records per year of the incident, by category and type of incident.
     *
     * @param fatalities  the records, not null, no null element
     * @return the years with at least one record, in order, each with its count, unmodifiable
     */
    public static NavigableMap<Year, FatalityCount> perYear(Iterable<Fatality> fatalities) {
        Map<Year, FatalityCount.Tally> tallies = new HashMap<>();
        for (Fatality fatality : fatalities) {
            Objects.requireNonNull(fatality, "fatality");
            tallies.computeIfAbsent(Year.of(fatality.date().getYear()), y -> new FatalityCount.Tally()).add(fatality);
        }
        return built(tallies);
    }

    /**
     * Counts records per mission and year of the incident, by category and type of incident.
     *
     * @param fatalities  the records, not null, no null element
     * @return the missions in alphabetical order, each with the years in which it has records and their
     *         counts, unmodifiable
     */
    public static NavigableMap<String, NavigableMap<Year, FatalityCount>> perMissionAndYear(Iterable<Fatality> fatalities) {
        Map<String, Map<Year, FatalityCount.Tally>> tallies = new HashMap<>();
        for (Fatality fatality : fatalities) {
            Objects.requireNonNull(fatality, "fatality");
            tallies.computeIfAbsent(fatality.mission(), m -> new HashMap<>())
                    .computeIfAbsent(Year.of(fatality.date().getYear()), y -> new FatalityCount.Tally()).add(fatality);
        }
        NavigableMap<String, NavigableMap<Year, FatalityCount>> counts = new TreeMap<>();
        tallies.forEach((mission, years) -> counts.put(mission, built(years)));
        return Collections.unmodifiableNavigableMap(counts);
    }

    private static NavigableMap<Year, FatalityCount> built(Map<Year, FatalityCount.Tally> tallies) {
        NavigableMap<Year, FatalityCount> counts = new TreeMap<>();
        tallies.forEach((year, tally) -> counts.put(year, tally.build()));
        return Collections.unmodifiableNavigableMap(counts);
    }
}
