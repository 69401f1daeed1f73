package io.github.peacekeeping.core;

import static io.github.peacekeeping.core.MandateTask.ARMS_EMBARGO_MONITORING;
import static io.github.peacekeeping.core.MandateTask.HUMANITARIAN_ASSISTANCE;
import static io.github.peacekeeping.core.MandateTask.PROTECTION_OF_CIVILIANS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Chapter VII given task by task: what a decision authorizes, what stays in force, and the checks. UNAMIR's
 * resolution 918 (1994), from the fixture, authorized only the arms embargo of its part B under Chapter VII.
 */
class ChapterVIITasksTest {

    private static final LocalDate MAY_17_1994 = LocalDate.of(1994, 5, 17);

    private static Mandate.Builder from918() {
        return Mandate.builder().from(Unamir.resolution918());
    }

    @Test
    void resolution918AuthorizesTheArmsEmbargoOnlyUnderChapterVII() {
        Mandate decision = Unamir.resolution918();
        assertThat(decision.chapterVII()).isTrue();
        assertThat(decision.chapterVIITasks()).contains(List.of(ARMS_EMBARGO_MONITORING));
        Set<MandateTask> tasks = decision.tasksInForce(Set.of());
        assertThat(tasks).containsExactlyInAnyOrder(PROTECTION_OF_CIVILIANS, HUMANITARIAN_ASSISTANCE, ARMS_EMBARGO_MONITORING);
        assertThat(decision.chapterVIITasksInForce(tasks, Set.of())).containsExactly(ARMS_EMBARGO_MONITORING);
    }

    @Test
    void withoutChapterVIITasksTheFlagDecides() {
        Set<MandateTask> tasks = EnumSet.of(PROTECTION_OF_CIVILIANS, ARMS_EMBARGO_MONITORING);
        Mandate allUnderChapterVII = from918().chapterVIITasks(Optional.empty()).build();
        assertThat(allUnderChapterVII.chapterVIITasksInForce(tasks, Set.of())).isEqualTo(tasks);
        Mandate noneUnderChapterVII = from918().chapterVIITasks(Optional.empty()).chapterVII(false).build();
        assertThat(noneUnderChapterVII.chapterVIITasksInForce(tasks, tasks)).isEmpty();
    }

    @Test
    void aPlainExtensionKeepsTheAuthorityInForce() {
        // Resolution 925 (1994) of the fixture: EXTEND, no tasks, not under Chapter VII.
        Mandate extension = Unamir.mandates().get(4);
        Set<MandateTask> tasks = EnumSet.of(PROTECTION_OF_CIVILIANS, ARMS_EMBARGO_MONITORING);
        assertThat(extension.tasksInForce(tasks)).isEqualTo(tasks);
        assertThat(extension.chapterVIITasksInForce(tasks, Set.of(ARMS_EMBARGO_MONITORING))).containsExactly(ARMS_EMBARGO_MONITORING);
    }

    @Test
    void theMissionAnswersWhatIsUnderChapterVIIOnADay() {
        Mission unamir = Unamir.mission();
        assertThat(unamir.chapterVIITasksOn(MAY_17_1994.minusDays(1))).isEmpty();
        assertThat(unamir.chapterVIITasksOn(MAY_17_1994)).containsExactly(ARMS_EMBARGO_MONITORING);
        // 925 (1994) extends the period: the embargo stays under Chapter VII.
        assertThat(unamir.chapterVIITasksOn(LocalDate.of(1994, 11, 29))).containsExactly(ARMS_EMBARGO_MONITORING);
        // 965 (1994) restates the tasks without Chapter VII and without the arms embargo.
        assertThat(unamir.chapterVIITasksOn(LocalDate.of(1994, 11, 30))).isEmpty();
        assertThat(unamir.chapterVIITasksOn(LocalDate.of(1997, 1, 1))).isEmpty();
    }

    @Test
    void constructionChecks() {
        assertThatThrownBy(() -> from918().chapterVII(false).build())
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for chapterVIITasks: [ARMS_EMBARGO_MONITORING] (must be empty when chapterVII is false)");
        assertThat(from918().chapterVII(false).chapterVIITasks(List.of()).build().chapterVIITasks()).contains(List.of());
        assertThatThrownBy(() -> from918().tasks(List.of(PROTECTION_OF_CIVILIANS)).build())
                .hasMessage("Invalid value for chapterVIITasks: [ARMS_EMBARGO_MONITORING] (must be among the decision's tasks "
                        + "[PROTECTION_OF_CIVILIANS])");
        assertThatThrownBy(() -> from918().chapterVIITasks(List.of(ARMS_EMBARGO_MONITORING, ARMS_EMBARGO_MONITORING)).build())
                .hasMessage("Invalid value for chapterVIITasks: [ARMS_EMBARGO_MONITORING, ARMS_EMBARGO_MONITORING] "
                        + "(must not repeat ARMS_EMBARGO_MONITORING)");
        assertThatThrownBy(() -> from918().chapterVIITasks(Arrays.asList(ARMS_EMBARGO_MONITORING, null)).build())
                .isInstanceOf(MissingValueException.class)
                .hasMessage("Invalid value for chapterVIITasks: null element (elements must not be null)");
    }

    @Test
    void theCallersListIsCopied() {
        List<MandateTask> authorized = new ArrayList<>(List.of(ARMS_EMBARGO_MONITORING));
        Mandate decision = from918().chapterVIITasks(authorized).build();
        authorized.add(PROTECTION_OF_CIVILIANS);
        assertThat(decision.chapterVIITasks()).contains(List.of(ARMS_EMBARGO_MONITORING));
        assertThat(decision).isEqualTo(Unamir.resolution918());
    }

    @Test
    void aPartUnderChapterVIIMakesTheDecisionOne() {
        // 918 (1994) recorded in parts, part B under Chapter VII: the decision cannot say it was not.
        Resolution inParts = Resolution.builder().from(Unamir.resolution918().resolution()).adoption(Adoption.PARTS)
                .addPart(ResolutionPart.builder().label("B").chapterVII(true).build()).build();
        assertThat(from918().resolution(inParts).build().resolution().parts()).hasSize(1);
        assertThatThrownBy(() -> from918().resolution(inParts).chapterVII(false).chapterVIITasks(Optional.empty()).build())
                .hasMessage("Invalid value for chapterVII: false (part B of S/RES/918 (1994) is under Chapter VII)");
    }

    @Test
    void aDecisionThatSetsNoTasksNamesOnlyTasksInForce() {
        // Resolution 925 (1994) of the fixture sets no tasks; 918's are in force.
        List<Mandate> mandates = new ArrayList<>(Unamir.mandates());
        mandates.set(4, Mandate.builder().from(mandates.get(4)).chapterVII(true)
                .chapterVIITasks(List.of(PROTECTION_OF_CIVILIANS)).build());
        assertThat(Unamir.builder().mandates(mandates).build().chapterVIITasksOn(LocalDate.of(1994, 6, 8)))
                .containsExactly(PROTECTION_OF_CIVILIANS);
        mandates.set(4, Mandate.builder().from(mandates.get(4)).chapterVIITasks(List.of(MandateTask.POLICE_REFORM)).build());
        assertThatThrownBy(() -> Unamir.builder().mandates(mandates).build())
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for chapterVIITasks: [POLICE_REFORM] (not among the tasks in force "
                        + "[PROTECTION_OF_CIVILIANS, HUMANITARIAN_ASSISTANCE, ARMS_EMBARGO_MONITORING], which S/RES/925 (1994) "
                        + "leaves unchanged)");
    }
}
