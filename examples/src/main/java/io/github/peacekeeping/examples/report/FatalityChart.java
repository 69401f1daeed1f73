package io.github.peacekeeping.examples.report;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.fatality.Fatalities;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.fatality.FatalityCategory;
import io.github.peacekeeping.core.fatality.FatalityCount;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * The chart of a mission's fatalities per calendar year of the incident, stacked by the UN's category of
 * personnel ({@link Fatalities#perYear}). The years run from the year the mission was established to the
 * year it closed (or its last recorded death), so that a year without deaths shows as one. The categories
 * are those with at least one death, in the UN's order. The counts are of records, as the UN counts them.
 *
 * <p>This class is immutable and thread-safe.
 */
final class FatalityChart {

    private FatalityChart() {
    }

    /**
     * Draws the chart of a mission's records, or none when there are none.
     *
     * @param mission     the mission, not null
     * @param fatalities  the records of this mission, not null, no null element
     * @return the chart, empty if there is no record
     */
    static Optional<YearlyBarChart> of(Mission mission, List<Fatality> fatalities) {
        Inputs.required("mission", mission);
        NavigableMap<Year, FatalityCount> perYear = Fatalities.perYear(Inputs.list("fatalities", fatalities));
        if (perYear.isEmpty()) {
            return Optional.empty();
        }
        int first = Math.min(mission.established().earliest().getYear(), perYear.firstKey().getValue());
        int last = perYear.lastKey().getValue();
        if (mission.closed().isPresent()) {
            last = Math.max(last, mission.closed().get().latest().getYear());
        }
        List<String> categories = new ArrayList<>();
        Map<Integer, Map<String, Long>> counts = new HashMap<>();
        for (FatalityCategory category : FatalityCategory.values()) {
            if (perYear.values().stream().anyMatch(count -> count.of(category) > 0)) {
                categories.add(category.label());
                perYear.forEach((year, count) -> counts.computeIfAbsent(year.getValue(), y -> new HashMap<>())
                        .put(category.label(), count.of(category)));
            }
        }
        return Optional.of(new YearlyBarChart(mission.acronym() + ": fatalities per year by category",
                "Fatalities (persons)", YearlyCounts.of(first, last, categories, counts)));
    }
}
