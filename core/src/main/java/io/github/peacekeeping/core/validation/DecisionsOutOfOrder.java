package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import java.util.List;
import java.util.function.Consumer;

/** PK109: decisions are recorded in order of their effective day (equal days are in order). */
final class DecisionsOutOfOrder implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Mandate> mandates = mission.mandates();
        for (int i = 1; i < mandates.size(); i++) {
            Mandate previous = mandates.get(i - 1);
            Mandate decision = mandates.get(i);
            if (decision.effective().isBefore(previous.effective())) {
                findings.accept(Finding.of(rule, Pointer.of(FieldNames.MANDATES, i, FieldNames.EFFECTIVE),
                        decision.resolution().symbol() + " takes effect on " + decision.effective()
                                + ", before the decision recorded ahead of it, " + previous.resolution().symbol()
                                + ", on " + previous.effective()));
            }
        }
    }
}
