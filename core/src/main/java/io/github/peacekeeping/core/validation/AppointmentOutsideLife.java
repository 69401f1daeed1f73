package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PartialDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * PK114: every appointment starts within the mission's life, except that a designate (someone appointed
 * to lead the mission before it existed) may start before it was established. With dates known only to the
 * month or year, an appointment is reported when every reading of its start lies outside every reading of
 * the life: a start in October 1993 is not before a mission established on 5 October 1993.
 */
final class AppointmentOutsideLife implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Appointment> leadership = mission.leadership();
        for (int i = 0; i < leadership.size(); i++) {
            Appointment appointment = leadership.get(i);
            PartialDate start = appointment.start();
            boolean before = start.latest().isBefore(mission.established().earliest());
            boolean after = mission.closed().map(c -> start.earliest().isAfter(c.latest())).orElse(false);
            if ((before && !appointment.designate()) || after) {
                findings.accept(Finding.of(rule, Pointer.of(FieldNames.LEADERSHIP, i, FieldNames.START),
                        appointment.name() + " starts as " + appointment.role() + " " + DateWords.onOrIn(start)
                                + ", outside the mission's life " + mission.life()));
            }
        }
    }
}
