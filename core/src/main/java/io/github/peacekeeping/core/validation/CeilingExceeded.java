package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.DeployedStrength;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * PK106: on each reporting day, the military and the police personnel deployed stay within the ceilings
 * in force that day. The military ceiling counts troops, staff officers and military experts on mission;
 * the police ceiling individual police and formed police units. Days without a ceiling in force (before
 * any is set, or in a lapse) are not checked.
 */
final class CeilingExceeded implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Component> components = mission.components();
        for (int c = 0; c < components.size(); c++) {
            ComponentType type = components.get(c).type();
            if (type == ComponentType.CIVILIAN) {
                continue;
            }
            for (LocalDate day : mission.reportingDays()) {
                Optional<DeployedStrength> strength = mission.strengthOn(day);
                if (strength.isEmpty()) {
                    continue;
                }
                Optional<Mandate> setting = mission.ceilingDecisionOn(day, type);
                if (setting.isEmpty()) {
                    continue;
                }
                int ceiling = setting.get().ceilings().orElseThrow().forComponent(type).getAsInt();
                long deployed = strength.get().total(type);
                if (deployed > ceiling) {
                    findings.accept(Finding.of(rule, Pointer.of(FieldNames.COMPONENTS, c),
                            type.typeName() + " strength " + deployed + " on " + day + " exceeds the ceiling of "
                                    + ceiling + " set by " + setting.get().resolution().symbol()));
                }
            }
        }
    }
}
