package io.github.peacekeeping.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Unamir;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    /** A user's rule: every mission should record a head of mission. */
    private static final Rule HEAD_RECORDED = new Rule() {
        @Override
        public String code() {
            return "ACME1";
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public String description() {
            return "a mission without a head of mission";
        }

        @Override
        public void check(Mission mission, Consumer<? super Finding> findings) {
            if (mission.leadership().stream().noneMatch(a -> a.role() == LeadershipRole.HEAD_OF_MISSION)) {
                findings.accept(Finding.of(this, "/leadership", "no head of mission is recorded"));
            }
        }
    };

    @Test
    void standardCodesAreStableAndUnique() {
        List<Rule> rules = RuleSet.standard().rules();
        assertThat(rules).extracting(Rule::code).containsExactly("PK101", "PK102", "PK103", "PK104", "PK105", "PK106",
                "PK107", "PK108", "PK109", "PK110", "PK111", "PK112", "PK113", "PK114", "PK115", "PK116", "PK117", "PK118",
                "PK119", "PK122", "PK123", "PK124");
        Set<String> descriptions = new HashSet<>();
        for (Rule rule : rules) {
            assertThat(descriptions.add(rule.description())).isTrue();
        }
        assertThat(RuleSet.standard()).hasToString("RuleSet[PK101, PK102, PK103, PK104, PK105, PK106, PK107, PK108, "
                + "PK109, PK110, PK111, PK112, PK113, PK114, PK115, PK116, PK117, PK118, PK119, PK122, PK123, PK124]");
    }

    @Test
    void usersAddTheirOwnRules() {
        Mission headless = Unamir.builder().leadership(Unamir.leadership().subList(0, 2)).build();
        ValidationReport report = RuleSet.standard().with(HEAD_RECORDED).validate(headless);
        assertThat(report.findings("ACME1")).containsExactly(Finding.of(HEAD_RECORDED, "/leadership", "no head of mission is recorded"));
        assertThat(report.findings().get(report.findings().size() - 1).toString())
                .isEqualTo("WARNING ACME1 /leadership: no head of mission is recorded");
        assertThat(RuleSet.of(HEAD_RECORDED).validate(Unamir.mission()).findings()).isEmpty();
    }

    @Test
    void rulesAreDroppedAndReplacedByCode() {
        RuleSet withoutPk112 = RuleSet.standard().without("PK112", "NOPE");
        assertThat(withoutPk112.validate(Unamir.mission()).findings()).isEmpty();
        RuleSet replaced = RuleSet.standard().with(StandardRule.mandateLapseAsOf(Unamir.OPERATIONS_ENDED));
        assertThat(replaced.rules()).hasSize(22);
        assertThat(replaced.rules().get(3).description()).endsWith("up to 1996-03-08");
        assertThatThrownBy(() -> RuleSet.of(HEAD_RECORDED, HEAD_RECORDED)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for rules: two rules have the code ACME1");
    }

    @Test
    void reportSummaries() {
        ValidationReport report = MissionValidator.validate(Unamir.mission());
        assertThat(report.findings(Severity.WARNING)).hasSize(1);
        assertThat(report.findings(Severity.ERROR)).isEmpty();
        assertThat(report).isEqualTo(MissionValidator.validate(Unamir.mission()))
                .hasSameHashCodeAs(MissionValidator.validate(Unamir.mission()));
        assertThat(report.toString()).startsWith("WARNING PK112 /mandates/3/tasks: ");
        assertThat(ValidationReport.of(List.of())).hasToString("no findings");
        assertThat(MissionValidator.validate(Unamir.mission(), RuleSet.of())).isEqualTo(ValidationReport.of(List.of()));
    }
}
