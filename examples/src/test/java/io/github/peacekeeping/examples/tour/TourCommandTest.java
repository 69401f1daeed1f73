package io.github.peacekeeping.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.validation.Finding;
import io.github.peacekeeping.core.validation.MissionValidator;
import io.github.peacekeeping.examples.Cli;
import io.github.peacekeeping.json.PeacekeepingJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TourCommandTest {

    @Test
    void noArgumentsRunsTheTourWithBothMandateHistories() {
        Cli.Result tour = Cli.run();

        assertThat(tour.exitCode()).isZero();
        assertThat(tour.err()).isEmpty();
        assertThat(tour.out())
                .contains("UNTAG - United Nations Transition Assistance Group")
                .contains("    S/RES/435 (1978) adopted 1978-09-29, vote 12-0-2: ESTABLISH, open-ended period from 1978-09-29")
                .contains("    S/RES/629 (1989) adopted 1989-01-16, vote 15-0-0: ADJUST")
                .contains("    S/RES/632 (1989) adopted 1989-02-16, vote 15-0-0: ADJUST")
                .contains("UNAMIR - United Nations Assistance Mission for Rwanda")
                .contains("    S/RES/872 (1993) adopted 1993-10-05, vote 15-0-0: ESTABLISH, period 1993-10-05 to 1994-04-05")
                .contains("    S/RES/893 (1994) adopted 1994-01-06, vote 15-0-0: ADJUST")
                .contains("    S/RES/1029 (1995) adopted 1995-12-12, vote 15-0-0: EXTEND, REDUCE, ADJUST, TERMINATE, "
                        + "period 1995-12-12 to 1996-03-08");
        // Every decision of both missions appears, in order.
        for (Mission mission : TourCommand.caseStudies()) {
            assertThat(tour.out()).containsSubsequence(mission.mandates().stream()
                    .map(m -> m.resolution().symbol() + " adopted").collect(Collectors.toList()));
        }
    }

    @Test
    void eachMissionIsPrintedAsAJsonDocumentThatReadsBackEqual() throws Exception {
        String out = Cli.run().out();
        List<Mission> read = new ArrayList<>();
        int from = 0;
        while ((from = out.indexOf("  " + TourCommand.JSON_HEADING + "\n{", from)) >= 0) {
            int start = out.indexOf('{', from);
            int end = out.indexOf("\n}\n", start) + 2;
            read.add(PeacekeepingJson.standard().readMission(out.substring(start, end)));
            from = end;
        }
        assertThat(read).containsExactlyElementsOf(TourCommand.caseStudies());
    }

    @Test
    void tourSubcommandPrintsTheSameAsNoArguments() {
        assertThat(Cli.run("tour")).isEqualTo(Cli.run());
    }

    @Test
    void ceilingsOverTimeAreThoseInForceAfterEachDecision() {
        assertThat(Cli.run().out()).containsSubsequence(
                "  Ceilings over time",
                "    from 1993-10-05: military 2548, police 60 (S/RES/872 (1993))",
                "    from 1994-04-21: military 270, police 60 (S/RES/912 (1994))",
                // 918: 5,500 troops and staff officers with 320 observers; 997's phases cut the troops to 2,330
                // and 1,800 three and four months after 9 June 1995; 1029: 1,200 troops and 200 observers.
                "    from 1994-05-17: military 5820, police 60 (S/RES/918 (1994))",
                "    from 1995-09-09: military 2650, police 60 (S/RES/997 (1995))",
                "    from 1995-10-09: military 2120, police 60 (S/RES/997 (1995))",
                "    from 1995-12-12: military 1400, police 0 (S/RES/1029 (1995))");
    }

    @Test
    void leadershipShowsTenuresWorkedOutByTheModel() {
        assertThat(Cli.run().out())
                .contains("    FORCE_COMMANDER Hannes Philipp (AUT), 1978-09-29 to 1979-12-31")
                .contains("    FORCE_COMMANDER Dewan Prem Chand (IND), 1980-01-01 to 1990-03-21")
                // Khan's start is known to the month (July 1994): Booh-Booh may have led until its last day but one.
                .contains("    HEAD_OF_MISSION Jacques-Roger Booh-Booh (CMR), 1993-11-01 to 1994-07-30")
                .contains("    FORCE_COMMANDER Shiva Kumar (IND), 1995-12-01 to 1996-04-30")
                .contains("S/RES/918 (1994) adopted 1994-05-17, without vote: EXPAND, ADJUST, under Chapter VII for"
                        + " ARMS_EMBARGO_MONITORING");
    }

    @Test
    void untagIsValidWithoutFindings() {
        assertThat(MissionValidator.validate(Untag.mission()).findings()).isEmpty();
        assertThat(Cli.run().out()).contains("  Findings\n    valid: 0 findings\n");
    }

    @Test
    void unamirIsValidWithTheWarningsOfItsHistory() {
        // PK112 once, where 918 (1994) tasks the protection of civilians; 965 (1994) keeps it so.
        assertThat(MissionValidator.validate(Unamir.mission()).findings()).extracting(Finding::toString).containsExactly(
                "WARNING PK112 /mandates/4/tasks: S/RES/918 (1994) tasks PROTECTION_OF_CIVILIANS without Chapter VII");
        assertThat(Cli.run().out()).contains("    valid: 1 finding\n");
    }

    @Test
    void resolution893LeavesTasksCeilingsAndPeriodAsTheyWere() {
        Mission withAll = Unamir.mission();
        Mission asInDocument = Unamir.asInReferenceDocument();
        Mandate resolution893 = withAll.mandates().get(1);

        assertThat(resolution893.resolution().symbol()).hasToString("S/RES/893 (1994)");
        assertThat(asInDocument.mandates()).hasSize(withAll.mandates().size() - 1);
        for (LocalDate day = Unamir.ESTABLISHED; !day.isAfter(Unamir.CLOSED.latest()); day = day.plusDays(1)) {
            assertThat(withAll.tasksOn(day)).isEqualTo(asInDocument.tasksOn(day));
            assertThat(withAll.ceilingsOn(day)).isEqualTo(asInDocument.ceilingsOn(day));
            assertThat(withAll.isMandatedOn(day)).isEqualTo(asInDocument.isMandatedOn(day));
        }
    }

    @Test
    void untagWasMandatedFromResolution435ToIndependence() {
        Mission untag = Untag.mission();

        assertThat(untag.isMandatedOn(LocalDate.of(1978, 9, 29))).isTrue();
        assertThat(untag.isMandatedOn(LocalDate.of(1990, 3, 21))).isTrue();
        assertThat(untag.isActiveOn(LocalDate.of(1990, 3, 22))).isFalse();
        assertThat(untag.leadershipOn(LocalDate.of(1989, 11, 7))).extracting(a -> a.name())
                .containsExactly("Martti Ahtisaari", "Dewan Prem Chand", "Stephen Fanning");
    }
}
