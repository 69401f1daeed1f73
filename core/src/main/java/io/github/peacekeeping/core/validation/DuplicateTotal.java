package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.PersonnelTotal;
import io.github.peacekeeping.core.UniformedComponent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * PK119: one total per component, category and day. A second one leaves the day's strength in doubt;
 * the model counts the first.
 */
final class DuplicateTotal implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Component> components = mission.components();
        for (int c = 0; c < components.size(); c++) {
            if (!(components.get(c) instanceof UniformedComponent)) {
                continue;
            }
            List<? extends PersonnelTotal<?>> totals = ((UniformedComponent<?>) components.get(c)).totals();
            Map<Key, Integer> first = new HashMap<>(totals.size() * 2);
            for (int t = 0; t < totals.size(); t++) {
                PersonnelTotal<?> total = totals.get(t);
                Integer earlier = first.putIfAbsent(new Key(total.category(), total.date()), t);
                if (earlier != null) {
                    findings.accept(Finding.of(rule, Pointer.of(FieldNames.COMPONENTS, c, FieldNames.TOTALS, t),
                            "a second total of " + total.category().name() + " on " + total.date() + " ("
                                    + total.total() + "), after "
                                    + Pointer.of(FieldNames.COMPONENTS, c, FieldNames.TOTALS, earlier)
                                    + " (" + totals.get(earlier).total() + ")"));
                }
            }
        }
    }

    /** What makes two totals the same report. */
    private record Key(PersonnelCategory category, LocalDate date) {
    }
}
