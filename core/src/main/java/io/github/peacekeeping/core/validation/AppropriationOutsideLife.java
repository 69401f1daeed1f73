package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.budget.Appropriation;
import java.util.List;
import java.util.function.Consumer;

/**
 * PK124: an appropriation pays for a period that shares no day with the mission's life. A WARNING: the
 * General Assembly also appropriates for the liquidation of a mission after it closed, which a mission's
 * record may not show as part of its life.
 */
final class AppropriationOutsideLife implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        DateRange life = mission.life();
        List<Appropriation> budgets = mission.budgets();
        for (int i = 0; i < budgets.size(); i++) {
            if (!budgets.get(i).period().overlaps(life)) {
                findings.accept(Finding.of(rule, Pointer.of(FieldNames.BUDGETS, i, FieldNames.PERIOD),
                        budgets.get(i) + " shares no day with the mission's life " + life));
            }
        }
    }
}
