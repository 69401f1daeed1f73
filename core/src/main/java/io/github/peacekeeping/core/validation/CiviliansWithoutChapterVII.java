package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.Mission;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * PK112: the protection of civilians usually needs the authority of Chapter VII, which allows "all
 * necessary means". Reported once where a protection task comes into force without that authority, or
 * loses it, and not again at the decisions that keep things as they are: UNIFIL has protected civilians
 * without Chapter VII since S/RES/1701 (2006), one finding, however many renewals followed.
 *
 * <p>The decisions are read in order of effect, as {@link Mission#chapterVIITasksOn} reads them: each one's
 * tasks in force ({@link Mandate#tasksInForce}) and tasks under Chapter VII
 * ({@link Mandate#chapterVIITasksInForce}). A protection task is under Chapter VII when the tasks under
 * Chapter VII hold it or a task it is within.
 */
final class CiviliansWithoutChapterVII implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Mandate> mandates = mission.mandates();
        // A stable sort, as the time queries read decisions recorded out of order (which PK109 reports).
        int[] inOrderOfEffect = IntStream.range(0, mandates.size()).boxed()
                .sorted(Comparator.comparing(i -> mandates.get(i).effective()))
                .mapToInt(Integer::intValue).toArray();
        Set<MandateTask> tasks = Set.of();
        Set<MandateTask> authorized = Set.of();
        for (int i : inOrderOfEffect) {
            Mandate decision = mandates.get(i);
            Set<MandateTask> tasksAfter = decision.tasksInForce(tasks);
            Set<MandateTask> authorizedAfter = decision.chapterVIITasksInForce(tasksAfter, authorized);
            Optional<MandateTask> exposed = protectionWithout(tasksAfter, authorizedAfter);
            if (exposed.isPresent() && protectionWithout(tasks, authorized).isEmpty()) {
                boolean alreadyTasked = tasks.stream().anyMatch(CiviliansWithoutChapterVII::protects);
                String field = alreadyTasked && decision.chapterVIITasks().isPresent()
                        ? FieldNames.CHAPTER_VII_TASKS : FieldNames.TASKS;
                String symbol = decision.resolution().symbol().toString();
                findings.accept(Finding.of(rule, Pointer.of(FieldNames.MANDATES, i, field), alreadyTasked
                        ? symbol + " keeps " + exposed.get() + " without the Chapter VII authority it had"
                        : symbol + " tasks " + exposed.get() + " without Chapter VII"));
            }
            tasks = tasksAfter;
            authorized = authorizedAfter;
        }
    }

    private static boolean protects(MandateTask task) {
        return task.isWithin(MandateTask.PROTECTION_OF_CIVILIANS);
    }

    /** A protection task in force that no task under Chapter VII covers. */
    private static Optional<MandateTask> protectionWithout(Set<MandateTask> tasks, Set<MandateTask> authorized) {
        return tasks.stream()
                .filter(CiviliansWithoutChapterVII::protects)
                .filter(task -> authorized.stream().noneMatch(task::isWithin))
                .findFirst();
    }
}
