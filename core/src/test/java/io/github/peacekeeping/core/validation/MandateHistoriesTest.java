package io.github.peacekeeping.core.validation;

import static io.github.peacekeeping.core.MandateTask.CEASEFIRE_MONITORING;
import static io.github.peacekeeping.core.MandateTask.HUMANITARIAN_ASSISTANCE;
import static io.github.peacekeeping.core.MandateTask.LIAISON_BETWEEN_PARTIES;
import static io.github.peacekeeping.core.MandateTask.PROTECTION_OF_CIVILIANS;
import static io.github.peacekeeping.core.MandateTask.UN_PERSONNEL_PROTECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.ResolutionSymbol;
import io.github.peacekeeping.core.Vote;
import io.github.peacekeeping.core.validation.CouncilRecord.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mandate histories of real missions, decided as the record has it: the day and tally of each resolution
 * from the Dag Hammarskjöld Library's meeting table (src/test/resources/unsc/meetings-peacekeeping-mandates.csv),
 * the rest from the sources cited at each mission.
 */
class MandateHistoriesTest {

    private static final List<Outcome> RECORD = CouncilRecord.outcomes("/unsc/meetings-peacekeeping-mandates.csv");

    /** A decision of the Council as the table records it: the day and tally of the resolution with that number. */
    private static Mandate.Builder decision(int number, MandateAction... actions) {
        Outcome outcome = RECORD.stream().filter(o -> o.document().startsWith("S/RES/" + number + " ")).findFirst().orElseThrow();
        LocalDate day = outcome.day().orElseThrow();
        Resolution resolution = Resolution.builder(ResolutionSymbol.ofCouncil(number, day.getYear()), day)
                .vote(outcome.tally().orElseThrow()).build();
        return Mandate.builder().resolution(resolution).actions(List.of(actions)).effective(day).chapterVII(false);
    }

    /**
     * UNIFIL, established by S/RES/425 (1978) (its tasks are not recorded here). S/RES/1701 (2006) extended
     * it to 31 August 2007 and gave it its present tasks, among them (paragraph 11) to monitor the cessation
     * of hostilities and help ensure humanitarian access to civilians and (paragraph 12) to protect United
     * Nations personnel and "civilians under imminent threat of physical violence", not under Chapter VII;
     * each renewal since has extended the mandate by a year, to 31 August, keeping those tasks. A coder who restates the tasks at every renewal, as TAMM codes each resolution,
     * must get one finding, not fourteen.
     */
    @Test
    void unifilProtectsCiviliansWithoutChapterVIIFrom1701OnOneFinding() {
        List<MandateTask> tasks = List.of(CEASEFIRE_MONITORING, HUMANITARIAN_ASSISTANCE, UN_PERSONNEL_PROTECTION,
                PROTECTION_OF_CIVILIANS);
        List<Mandate> mandates = new ArrayList<>();
        mandates.add(decision(425, MandateAction.ESTABLISH).build());
        mandates.add(decision(1701, MandateAction.EXTEND, MandateAction.EXPAND).expires(LocalDate.of(2007, 8, 31))
                .tasks(tasks).build());
        int[] renewals = {1773, 1832, 1884, 1937, 2004, 2064, 2115, 2172, 2236, 2305, 2373, 2433, 2485};
        for (int number : renewals) {
            Mandate renewal = decision(number, MandateAction.EXTEND).tasks(tasks).build();
            mandates.add(Mandate.builder().from(renewal)
                    .expires(LocalDate.of(renewal.effective().getYear() + 1, 8, 31)).build());
        }
        Mission unifil = Mission.builder().acronym("UNIFIL").name("United Nations Interim Force in Lebanon")
                .addHost(CountryCode.of("LBN")).region(Region.MIDDLE_EAST).established(LocalDate.of(1978, 3, 19))
                .mandates(mandates).build();
        assertThat(mandates).hasSize(15);
        assertThat(MissionValidator.validate(unifil).findings("PK112")).extracting(Finding::path, Finding::message)
                .containsExactly(tuple("/mandates/1/tasks", "S/RES/1701 (2006) tasks PROTECTION_OF_CIVILIANS without Chapter VII"));
        assertThat(unifil.tasksOn(LocalDate.of(2019, 12, 31))).contains(PROTECTION_OF_CIVILIANS);
        assertThat(unifil.chapterVIITasksOn(LocalDate.of(2019, 12, 31))).isEmpty();
    }

    /**
     * MONUC, established by S/RES/1279 (1999), to liaise with the parties to the Lusaka Ceasefire Agreement.
     * S/RES/1291 (2000) expanded it and extended it to 31 August 2000: among its tasks, in paragraph 7, to
     * monitor the ceasefire and liaise with the parties' military headquarters, and, "acting under Chapter
     * VII", in paragraph 8, to take the necessary action to protect United Nations personnel and "civilians
     * under imminent threat of physical violence". Chapter VII given to those two tasks, not to the mandate
     * as a whole. (The tasks here are those of paragraphs 7(a), 7(b) and 8; the others are left out.)
     */
    @Test
    void monucProtectsCiviliansUnderChapterVIIFrom1291() {
        Mandate establish = decision(1279, MandateAction.ESTABLISH).tasks(List.of(LIAISON_BETWEEN_PARTIES)).build();
        Mandate expand = decision(1291, MandateAction.EXPAND, MandateAction.EXTEND).expires(LocalDate.of(2000, 8, 31))
                .tasks(List.of(CEASEFIRE_MONITORING, LIAISON_BETWEEN_PARTIES, UN_PERSONNEL_PROTECTION, PROTECTION_OF_CIVILIANS))
                .chapterVII(true).chapterVIITasks(List.of(UN_PERSONNEL_PROTECTION, PROTECTION_OF_CIVILIANS)).build();
        Mission monuc = Mission.builder().acronym("MONUC")
                .name("United Nations Organization Mission in the Democratic Republic of the Congo")
                .addHost(CountryCode.of("COD")).region(Region.AFRICA).established(LocalDate.of(1999, 11, 30))
                .addMandates(establish, expand).build();
        assertThat(MissionValidator.validate(monuc).findings("PK112")).isEmpty();
        assertThat(monuc.chapterVIITasksOn(LocalDate.of(2000, 3, 1)))
                .containsExactlyInAnyOrder(UN_PERSONNEL_PROTECTION, PROTECTION_OF_CIVILIANS);

        // Recorded with Chapter VII for the protection of United Nations personnel only, it would warn.
        Mandate personnelOnly = Mandate.builder().from(expand).chapterVIITasks(List.of(UN_PERSONNEL_PROTECTION)).build();
        Mission warned = Mission.builder().from(monuc).mandates(List.of(establish, personnelOnly)).build();
        assertThat(MissionValidator.validate(warned).findings("PK112")).extracting(Finding::toString).containsExactly(
                "WARNING PK112 /mandates/1/tasks: S/RES/1291 (2000) tasks PROTECTION_OF_CIVILIANS without Chapter VII");
    }

    /**
     * MINURSO, established by S/RES/690 (1991); S/RES/2797 (2025) of 31 October 2025 renewed it to 31 October
     * 2026 by 11 votes to none, with 3 abstentions (China, Pakistan, Russian Federation); "Algeria did not
     * participate in the vote" (UN press release SC/16208). The table ends in 2019: 2797's vote is from the
     * press release.
     */
    @Test
    void minursoRenewedWithAlgeriaNotParticipating() {
        Mandate establish = decision(690, MandateAction.ESTABLISH).build();
        LocalDate day = LocalDate.of(2025, 10, 31);
        Vote vote = Vote.builder().yes(11).no(0).abstain(3).addNotParticipating(CountryCode.of("DZA")).build();
        Mandate renewal = Mandate.builder()
                .resolution(Resolution.builder(ResolutionSymbol.ofCouncil(2797, 2025), day).vote(vote).build())
                .addAction(MandateAction.EXTEND).effective(day).expires(LocalDate.of(2026, 10, 31)).chapterVII(false).build();
        Mission minurso = Mission.builder().acronym("MINURSO")
                .name("United Nations Mission for the Referendum in Western Sahara").addHost(CountryCode.of("ESH"))
                .region(Region.AFRICA).established(LocalDate.of(1991, 4, 29)).addMandates(establish, renewal).build();
        RuleSet votes = RuleSet.of(StandardRule.RESOLUTION_NOT_ADOPTED, StandardRule.VOTE_EXCEEDS_COUNCIL, StandardRule.VETO_UNKNOWN);
        assertThat(votes.validate(minurso).findings()).isEmpty();
        assertThat(renewal.resolution()).hasToString("S/RES/2797 (2025) of 2025-10-31, 11-0-3 not participating [DZA]");

        // Algeria counted among the abstentions as well would make sixteen members.
        Vote counted = Vote.builder().from(vote).abstain(4).build();
        Mandate miscounted = Mandate.builder().from(renewal)
                .resolution(Resolution.builder().from(renewal.resolution()).vote(counted).build()).build();
        assertThat(votes.validate(Mission.builder().from(minurso).mandates(List.of(establish, miscounted)).build()).findings())
                .extracting(Finding::toString).containsExactly("ERROR PK103 /mandates/1/resolution/vote: the vote 11-0-4 "
                        + "not participating [DZA] on S/RES/2797 (2025) counts 16 members, but the Council had 15 on 2025-10-31");
    }
}
