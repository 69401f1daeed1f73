package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mission;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** PK110: a Force Commander needs a military component, a Police Commissioner a police component. */
final class HeadWithoutComponent implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Appointment> leadership = mission.leadership();
        for (int i = 0; i < leadership.size(); i++) {
            Appointment appointment = leadership.get(i);
            Optional<ComponentType> heads = appointment.role().heads();
            if (heads.isPresent() && !mission.hasComponent(heads.get())) {
                findings.accept(Finding.of(rule, Pointer.of(FieldNames.LEADERSHIP, i, FieldNames.ROLE),
                        appointment.name() + " is appointed " + appointment.role() + ", but the mission has no "
                                + heads.get().typeName() + " component"));
            }
        }
    }
}
