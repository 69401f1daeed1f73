package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.CivilianComponent;
import io.github.peacekeeping.core.CivilianStaffing;
import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mission;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** PK115: one civilian staffing report per day: a second one contradicts or repeats the first. */
final class DuplicateStaffing implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Component> components = mission.components();
        for (int c = 0; c < components.size(); c++) {
            if (!(components.get(c) instanceof CivilianComponent)) {
                continue;
            }
            List<CivilianStaffing> staffing = ((CivilianComponent) components.get(c)).staffing();
            Map<LocalDate, Integer> first = new HashMap<>();
            for (int s = 0; s < staffing.size(); s++) {
                Integer earlier = first.putIfAbsent(staffing.get(s).date(), s);
                if (earlier != null) {
                    findings.accept(Finding.of(rule, Pointer.of(FieldNames.COMPONENTS, c, FieldNames.STAFFING, s),
                            "a second staffing report on " + staffing.get(s).date() + ", after "
                                    + Pointer.of(FieldNames.COMPONENTS, c, FieldNames.STAFFING, earlier)));
                }
            }
        }
    }
}
