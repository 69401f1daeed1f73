package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.Mission;
import java.util.List;
import java.util.function.Consumer;

/**
 * PK112: a decision that tasks the protection of civilians is expected to be adopted under Chapter VII,
 * which authorizes "all necessary means". Reported at each such decision's tasks.
 */
final class CiviliansWithoutChapterVII implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Mandate> mandates = mission.mandates();
        for (int i = 0; i < mandates.size(); i++) {
            Mandate decision = mandates.get(i);
            boolean protectsCivilians = decision.tasks().orElse(List.of()).stream()
                    .anyMatch(task -> task.isWithin(MandateTask.PROTECTION_OF_CIVILIANS));
            if (protectsCivilians && !decision.chapterVII()) {
                findings.accept(Finding.of(rule, Pointer.of(FieldNames.MANDATES, i, FieldNames.TASKS),
                        decision.resolution().symbol() + " tasks PROTECTION_OF_CIVILIANS without Chapter VII"));
            }
        }
    }
}
