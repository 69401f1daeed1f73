package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.Mission;
import java.util.List;
import java.util.function.Consumer;

/** PK113: an extension renews the mandate for a period, so it must say when that period expires. */
final class ExtendWithoutExpiry implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Mandate> mandates = mission.mandates();
        for (int i = 0; i < mandates.size(); i++) {
            Mandate decision = mandates.get(i);
            if (decision.does(MandateAction.EXTEND) && decision.expires().isEmpty()) {
                findings.accept(Finding.of(rule, Pointer.of(FieldNames.MANDATES, i, FieldNames.EXPIRES),
                        decision.resolution().symbol() + " does EXTEND but gives no expiry date"));
            }
        }
    }
}
