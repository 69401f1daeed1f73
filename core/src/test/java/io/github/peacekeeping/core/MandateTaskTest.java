package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The task hierarchy against TAMM v2.1's Table 1 (test resource tamm/, with its provenance). */
class MandateTaskTest {

    /** variable, definition, subtasks: the subtasks column lists every variable below a task, at any depth. */
    private static List<String[]> codebook() throws IOException {
        try (InputStream in = MandateTaskTest.class.getResourceAsStream("/tamm/tamm_v2_1_task_variables.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("variable,")) {
                    continue;
                }
                String variable = line.substring(0, line.indexOf(','));
                String subtasks = line.substring(line.lastIndexOf(',') + 1).strip();
                rows.add(new String[] {variable, subtasks});
            }
            return rows;
        }
    }

    @Test
    void everyTammTaskVariableIsATaskAndChapterViiIsNot() throws IOException {
        List<String[]> rows = codebook();
        assertThat(rows).hasSize(40);
        List<MandateTask> mapped = new ArrayList<>();
        for (String[] row : rows) {
            if (row[0].equals("ch7")) {
                assertThatThrownBy(() -> MandateTask.fromTammVariable("ch7")).isInstanceOf(PeacekeepingException.class);
            } else {
                mapped.add(MandateTask.fromTammVariable(row[0]));
            }
        }
        assertThat(mapped).containsExactly(MandateTask.values());
    }

    @Test
    void everySubtaskOfTheCodebookIsWithinItsTask() throws IOException {
        int pairs = 0;
        for (String[] row : codebook()) {
            if (row[1].isEmpty()) {
                continue;
            }
            MandateTask task = MandateTask.fromTammVariable(row[0]);
            for (String sub : row[1].split(";")) {
                assertThat(MandateTask.fromTammVariable(sub).isWithin(task)).as("%s within %s", sub, row[0]).isTrue();
                pairs++;
            }
        }
        assertThat(pairs).isEqualTo(21);
    }

    @Test
    void parentsAreTheNearestTask() {
        assertThat(MandateTask.PROTECTION_OF_CIVILIANS.parent()).contains(MandateTask.HUMAN_RIGHTS_PROTECTION);
        assertThat(MandateTask.JOINT_POLICE_PATROLS.parent()).contains(MandateTask.POLICE_MONITORING);
        assertThat(MandateTask.POLICE_MONITORING.parent()).contains(MandateTask.POLICE_REFORM);
        assertThat(MandateTask.POLICE_REFORM.parent()).contains(MandateTask.SECURITY_SECTOR_REFORM);
        assertThat(MandateTask.ARMS_EMBARGO_MONITORING.parent()).contains(MandateTask.WEAPONS_TRADE_MONITORING);
        assertThat(MandateTask.CEASEFIRE_MONITORING.parent()).isEmpty();
    }

    @Test
    void isWithinFollowsTheHierarchyUpwardOnly() {
        assertThat(MandateTask.JOINT_POLICE_PATROLS.isWithin(MandateTask.SECURITY_SECTOR_REFORM)).isTrue();
        assertThat(MandateTask.JOINT_POLICE_PATROLS.isWithin(MandateTask.JOINT_POLICE_PATROLS)).isTrue();
        assertThat(MandateTask.SECURITY_SECTOR_REFORM.isWithin(MandateTask.JOINT_POLICE_PATROLS)).isFalse();
        assertThat(MandateTask.PROTECTION_OF_CIVILIANS.isWithin(MandateTask.HUMANITARIAN_ASSISTANCE)).isFalse();
    }

    @Test
    void unknownVariable() {
        assertThatThrownBy(() -> MandateTask.fromTammVariable("ch7"))
                .hasMessage("Invalid value for tasks: \"ch7\" (not a task variable of TAMM v2.1)");
    }
}
