package io.github.peacekeeping.examples.report;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.WomenDeployed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The chart of the share of women among a mission's uniformed personnel, one line per category, on each
 * reporting day ({@link WomenDeployed}). A category is drawn when some day gives its women; a day on which
 * the category has no personnel, or a contributor's figure lacks the split by sex, breaks its line.
 *
 * <p>No target line: the Uniformed Gender Parity Strategy 2018-2028 sets yearly targets per category, but
 * its year-by-year table could not be found in a source to cite (only the 2028 end-points and the military
 * targets of 2021, from secondary sources), and the UN's figures split by sex that the examples ship end in
 * February 2014, before the strategy's first year.
 *
 * <p>This class is immutable and thread-safe.
 */
final class WomenChart {

    private WomenChart() {
    }

    /**
     * Draws the chart of a mission, or none when no reporting day gives the women of any category.
     *
     * @param mission  the mission, not null
     * @return the chart, empty if there is nothing to draw
     */
    static Optional<TimeChart> of(Mission mission) {
        List<WomenDeployed> days = WomenDeployed.series(Inputs.required("mission", mission));
        List<Series> series = new ArrayList<>();
        for (PersonnelCategory category : PersonnelCategory.values()) {
            List<DatedValue> points = new ArrayList<>();
            boolean known = false;
            for (WomenDeployed day : days) {
                OptionalDouble share = day.share(category);
                known |= share.isPresent();
                points.add(new DatedValue(day.reportedOn(), share));
            }
            if (known) {
                String name = CategoryNames.of(category);
                series.add(new Series(name, name, Series.Line.SOLID, points));
            }
        }
        if (series.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TimeChart(mission.acronym() + ": women's share of uniformed personnel by category",
                "Women (% of personnel)", Scale.SHARE, series, List.of()));
    }
}
