package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.Mission;
import java.util.List;
import java.util.function.Consumer;

/** PK105: the first decision, in the order recorded, establishes the mission, and none follows a termination. */
final class EstablishFirstTerminateLast implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Mandate> mandates = mission.mandates();
        Mandate first = mandates.get(0);
        if (!first.does(MandateAction.ESTABLISH)) {
            findings.accept(Finding.of(rule, Pointer.of(FieldNames.MANDATES, 0, FieldNames.ACTIONS),
                    "the first decision, " + first.resolution().symbol() + ", does " + first.actions()
                            + " but does not ESTABLISH the mission"));
        }
        Mandate termination = null;
        for (int i = 0; i < mandates.size(); i++) {
            Mandate decision = mandates.get(i);
            if (termination != null) {
                findings.accept(Finding.of(rule, Pointer.of(FieldNames.MANDATES, i),
                        decision.resolution().symbol() + " follows " + termination.resolution().symbol()
                                + ", which terminated the mission"));
            } else if (decision.does(MandateAction.TERMINATE)) {
                termination = decision;
            }
        }
    }
}
