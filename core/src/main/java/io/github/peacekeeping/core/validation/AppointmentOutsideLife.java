package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mission;
import java.util.List;
import java.util.function.Consumer;

/**
 * PK114: every appointment starts within the mission's life, except that a designate (someone appointed
 * to lead the mission before it existed) may start before it was established.
 */
final class AppointmentOutsideLife implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Appointment> leadership = mission.leadership();
        for (int i = 0; i < leadership.size(); i++) {
            Appointment appointment = leadership.get(i);
            boolean designatedEarly = appointment.designate() && appointment.start().isBefore(mission.established());
            if (!mission.isActiveOn(appointment.start()) && !designatedEarly) {
                findings.accept(Finding.of(rule, Pointer.of(FieldNames.LEADERSHIP, i, FieldNames.START),
                        appointment.name() + " starts as " + appointment.role() + " on " + appointment.start()
                                + ", outside the mission's life " + mission.life()));
            }
        }
    }
}
