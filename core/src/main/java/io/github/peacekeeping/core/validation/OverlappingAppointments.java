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
 * both start the same day. Reported at the later appointment's start.
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
            indexes.sort(Comparator.comparing((Integer i) -> leadership.get(i).start()).thenComparing(i -> i));
            int latestEnd = -1; // the earlier appointment whose recorded end is latest
            for (int k = 0; k < indexes.size(); k++) {
                int index = indexes.get(k);
                Appointment appointment = leadership.get(index);
                int other = -1;
                if (k > 0 && leadership.get(indexes.get(k - 1)).start().equals(appointment.start())) {
                    other = indexes.get(k - 1);
                } else if (latestEnd >= 0 && !appointment.start().isAfter(endOf(leadership, latestEnd))) {
                    other = latestEnd;
                }
                if (other >= 0) {
                    byLaterIndex.put(index, overlap(rule, leadership, index, other));
                }
                if (appointment.end().isPresent()
                        && (latestEnd < 0 || appointment.end().get().isAfter(endOf(leadership, latestEnd)))) {
                    latestEnd = index;
                }
            }
        }
        byLaterIndex.values().forEach(findings);
    }

    private static LocalDate endOf(List<Appointment> leadership, int index) {
        return leadership.get(index).end().orElseThrow();
    }

    private static Finding overlap(Rule rule, List<Appointment> leadership, int later, int earlier) {
        Appointment appointment = leadership.get(later);
        Appointment other = leadership.get(earlier);
        return Finding.of(rule, Pointer.of(FieldNames.LEADERSHIP, later, FieldNames.START),
                appointment.name() + " starts as " + appointment.role() + " on " + appointment.start()
                        + " while " + other.name() + " holds the role (" + Pointer.of(FieldNames.LEADERSHIP, earlier)
                        + ", from " + other.start() + other.end().map(e -> " to " + e).orElse("") + ")");
    }
}
