package io.github.peacekeeping.examples.report;

import io.github.peacekeeping.core.AuthorizationPeriod;
import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.DeploymentGap;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PersonnelCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * The chart of a mission's authorized against its deployed uniformed personnel: for each set of categories
 * that an authorization of the mission caps (all military personnel under a v1 ceiling, troops and staff
 * officers under S/RES/918 (1994), ...), the deployed personnel on each reporting day as a solid line and
 * the authorized maximum as a dashed step line, broken where none is in force; the decisions that set
 * authorized strength are marked on the time axis.
 *
 * <p>Its table gives, for each reporting day, the deployed personnel and the maximum in force beside them,
 * and the authorized maximum on each day it changes.
 *
 * <p>The chart runs from the first reporting day, or the earlier start of an authorization in force that
 * day, to the last reporting day. Without reports it runs over the authorizations, without authorizations it
 * shows the deployed personnel of each component that reported any.
 *
 * <p>This class is immutable and thread-safe.
 */
final class StrengthChart {

    private StrengthChart() {
    }

    /**
     * Draws the chart of a mission, or none when the mission reports no personnel and authorizes none.
     *
     * @param mission  the mission, not null
     * @return the chart, empty if there is nothing to draw
     */
    static Optional<TimeChart> of(Mission mission) {
        Inputs.required("mission", mission);
        List<AuthorizationPeriod> history = mission.authorizationHistory();
        Set<List<PersonnelCategory>> sets = new LinkedHashSet<>();
        for (AuthorizationPeriod period : history) {
            sets.add(CategoryNames.inOrder(period.authorization().categories()));
        }
        if (sets.isEmpty()) {
            for (ComponentType component : List.of(ComponentType.MILITARY, ComponentType.POLICE)) {
                if (mission.reportingDays().stream().anyMatch(day -> mission.deployedOn(day, component.categories())
                        .orElse(0) > 0)) {
                    sets.add(CategoryNames.inOrder(component.categories()));
                }
            }
        }
        if (sets.isEmpty()) {
            return Optional.empty();
        }
        LocalDate[] window = window(mission, history);
        List<Series> series = new ArrayList<>();
        for (List<PersonnelCategory> set : sets) {
            String name = CategoryNames.of(set);
            List<DatedValue> deployed = new ArrayList<>();
            for (DeploymentGap gap : mission.deploymentGaps(set)) {
                deployed.add(DatedValue.of(gap.date(), gap.deployed()));
            }
            if (!deployed.isEmpty()) {
                series.add(new Series(name + " deployed", name, Series.Line.SOLID, deployed));
            }
            List<DatedValue> authorized = authorized(mission, history, set, window);
            if (authorized.stream().anyMatch(point -> point.value().isPresent())) {
                series.add(new Series(name + " authorized", name, Series.Line.STEP, authorized));
            }
        }
        List<LabelledDay> marks = new ArrayList<>();
        for (Mandate decision : mission.mandates()) {
            if (!decision.authorizations().isEmpty() && !decision.effective().isBefore(window[0])
                    && !decision.effective().isAfter(window[1])) {
                marks.add(new LabelledDay(decision.effective(), "S/RES/" + decision.resolution().number()));
            }
        }
        return Optional.of(new TimeChart(mission.acronym() + ": authorized and deployed uniformed personnel",
                "Personnel (persons)", Scale.PERSONS, series, marks));
    }

    /** The first and the last day the chart shows. */
    private static LocalDate[] window(Mission mission, List<AuthorizationPeriod> history) {
        if (mission.reportingDays().isEmpty()) {
            LocalDate first = history.get(0).period().start();
            LocalDate last = first;
            for (AuthorizationPeriod period : history) {
                LocalDate end = period.period().end().orElse(mission.lastRecordedDay());
                last = end.isAfter(last) ? end : last;
            }
            return new LocalDate[] {first, last};
        }
        LocalDate first = mission.reportingDays().first();
        for (AuthorizationPeriod inForce : mission.authorizationsOn(first)) {
            LocalDate start = inForce.period().start();
            first = start.isBefore(first) ? start : first;
        }
        return new LocalDate[] {first, mission.reportingDays().last()};
    }

    /**
     * The authorized maximum of a set as a step line: a point on the first day of the window, on each day
     * within it that an authorization starts or the day after one ends, on each reporting day (so that the
     * table gives the maximum beside each deployed figure), and on the last day.
     */
    private static List<DatedValue> authorized(Mission mission, List<AuthorizationPeriod> history,
            List<PersonnelCategory> set, LocalDate[] window) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(window[0]);
        days.add(window[1]);
        days.addAll(mission.reportingDays());
        for (AuthorizationPeriod period : history) {
            days.add(period.period().start());
            period.period().end().ifPresent(end -> days.add(end.plusDays(1)));
        }
        List<DatedValue> points = new ArrayList<>();
        for (LocalDate day : days.subSet(window[0], true, window[1], true)) {
            OptionalLong maximum = mission.authorizedOn(day, set);
            points.add(maximum.isPresent() ? DatedValue.of(day, maximum.getAsLong()) : DatedValue.gap(day));
        }
        return points;
    }
}
