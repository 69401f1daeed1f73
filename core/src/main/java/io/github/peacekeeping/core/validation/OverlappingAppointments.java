package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.Mission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * PK111: one holder at a time in each role that has a single holder (every role but deputy head of
 * mission). A tenure ends on its recorded end, or else the day before the next appointment to the role
 * starts, so two appointments overlap when one starts on or before the recorded end of another, or when
 * both start the same day. An acting holder beside an appointed one is not an overlap: an officer-in-charge
 * stands in while the appointed holder is away. With dates known only to the month or year, two
 * appointments are reported only if they overlap in every reading: two Force Commanders both from
 * August 1994, without recorded ends, may have followed each other within the month. Each appointment
 * that overlaps an earlier one is reported once, at its start, naming the nearest earlier appointment it
 * overlaps.
 */
final class OverlappingAppointments implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Appointment> leadership = mission.leadership();
        Map<LeadershipRole, List<Integer>> byRole = new EnumMap<>(LeadershipRole.class);
        for (int i = 0; i < leadership.size(); i++) {
            if (leadership.get(i).role().isSingleHolder()) {
                byRole.computeIfAbsent(leadership.get(i).role(), r -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Finding> byLaterIndex = new TreeMap<>();
        for (List<Integer> indexes : byRole.values()) {
            // A stable sort: appointments with the same start stay in the order recorded.
            indexes.sort(Comparator.comparing(i -> leadership.get(i).start()));
            for (int k = 1; k < indexes.size(); k++) {
                Appointment later = leadership.get(indexes.get(k));
                for (int j = k - 1; j >= 0; j--) {
                    Appointment earlier = leadership.get(indexes.get(j));
                    if (earlier.acting() == later.acting() && overlap(earlier, later)) {
                        byLaterIndex.put(indexes.get(k), finding(rule, leadership, indexes.get(k), indexes.get(j)));
                        break;
                    }
                }
            }
        }
        byLaterIndex.values().forEach(findings);
    }

    /** Whether the two tenures share a day in every reading of their dates, whatever order they start in. */
    private static boolean overlap(Appointment a, Appointment b) {
        return !canEndBefore(a, b) && !canEndBefore(b, a);
    }

    /**
     * Whether, in some reading of the dates, a's tenure ends before b's starts: with a recorded end, if it
     * can be before b's start; without one, if a can start first, since a's tenure then ends the day before
     * b's (or an earlier successor's) start.
     */
    private static boolean canEndBefore(Appointment a, Appointment b) {
        LocalDate earliestEnd = a.end().map(e -> e.earliest()).filter(e -> e.isAfter(a.start().earliest()))
                .orElse(a.start().earliest());
        return earliestEnd.isBefore(b.start().latest());
    }

    private static Finding finding(Rule rule, List<Appointment> leadership, int later, int earlier) {
        Appointment appointment = leadership.get(later);
        Appointment other = leadership.get(earlier);
        return Finding.of(rule, Pointer.of(FieldNames.LEADERSHIP, later, FieldNames.START),
                appointment.name() + " starts as " + appointment.role() + " " + DateWords.onOrIn(appointment.start())
                        + " while " + other.name() + " holds the role (" + Pointer.of(FieldNames.LEADERSHIP, earlier)
                        + ", from " + other.start() + other.end().map(e -> " to " + e).orElse("") + ")");
    }
}
