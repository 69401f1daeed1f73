package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import java.util.List;
import java.util.function.Consumer;

/** PK101: every decision takes effect within the mission's life. */
final class DecisionOutsideLife implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Mandate> mandates = mission.mandates();
        for (int i = 0; i < mandates.size(); i++) {
            Mandate decision = mandates.get(i);
            if (!mission.isActiveOn(decision.effective())) {
                findings.accept(Finding.of(rule, Pointer.of(FieldNames.MANDATES, i, FieldNames.EFFECTIVE),
                        decision.resolution().symbol() + " takes effect on " + decision.effective()
                                + ", outside the mission's life " + mission.life()));
            }
        }
    }
}
