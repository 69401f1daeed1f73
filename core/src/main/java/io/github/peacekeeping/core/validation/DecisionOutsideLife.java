package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.Mission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * PK101: every decision takes effect within the mission's life, and one that takes effect during the
 * withdrawal, after the operations ended, is about the withdrawal itself: it only reduces, adjusts or
 * terminates. With dates known only to the month or year, a decision is reported only when every reading
 * puts its day outside the life, or after the end of the operations.
 */
final class DecisionOutsideLife implements Check {

    /** What a decision may do once the operations have ended. */
    private static final Set<MandateAction> WITHDRAWAL_ACTIONS =
            EnumSet.of(MandateAction.REDUCE, MandateAction.ADJUST, MandateAction.TERMINATE);

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Mandate> mandates = mission.mandates();
        for (int i = 0; i < mandates.size(); i++) {
            Mandate decision = mandates.get(i);
            if (!mission.isActiveOn(decision.effective())) {
                findings.accept(Finding.of(rule, Pointer.of(FieldNames.MANDATES, i, FieldNames.EFFECTIVE),
                        decision.resolution().symbol() + " takes effect on " + decision.effective()
                                + ", outside the mission's life " + mission.life()));
            } else if (mission.operationsEnded().map(e -> decision.effective().isAfter(e.latest())).orElse(false)
                    && !WITHDRAWAL_ACTIONS.containsAll(decision.actions())) {
                findings.accept(Finding.of(rule, Pointer.of(FieldNames.MANDATES, i, FieldNames.ACTIONS),
                        decision.resolution().symbol() + " does " + decision.actions() + " on " + decision.effective()
                                + ", in the withdrawal after the operations ended on "
                                + mission.operationsEnded().orElseThrow() + ": only REDUCE, ADJUST and TERMINATE may"));
            }
        }
    }
}
