package io.github.peacekeeping.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.fatality.Fatalities;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.fatality.FatalityCategory;
import io.github.peacekeeping.core.fatality.FatalityCount;
import io.github.peacekeeping.core.validation.FatalityValidator;
import io.github.peacekeeping.core.validation.MissionValidator;
import io.github.peacekeeping.examples.Cli;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tour's agreements, partners and deaths of UNTAG and UNAMIR, and what the rules say of them. */
class TourDiplomacyTest {

    @Test
    void printsTheAgreementsWithTheDecisionsThatSupportThem() {
        assertThat(Cli.run().out()).containsSubsequence(
                "  Peace agreements",
                "    Settlement Proposal (1978-04-10), PROPOSAL, S/12636, supported by S/RES/435 (1978), S/RES/632 (1989)",
                "      PROPOSER CAN",
                "    Tripartite Agreement (1988-12-22), AGREEMENT at New York, supported by no decision recorded",
                "      MEDIATOR USA",
                "UNAMIR - United Nations Assistance Mission for Rwanda",
                "    Arusha Peace Agreement (1993-08-04), AGREEMENT at Arusha, PA-X 475, supported by S/RES/872 (1993)",
                "      PARTY RWA (Juvénal Habyarimana)",
                "      PARTY Rwandese Patriotic Front (Alexis Kanyarengwe)",
                "      FACILITATOR TZA (Ali Hassan Mwinyi)",
                "  Partners",
                "    AUTHORIZED_ALONGSIDE Operation Turquoise from 1994-06-22 under S/RES/929 (1994), 10-0-5",
                "  Budgets",
                "    none sourced");
    }

    @Test
    void unamirsTwentySevenDeathsComeOutOfTheUnsFile() {
        List<Fatality> unamir = TourCommand.fatalities().stream().filter(f -> f.mission().equals("UNAMIR")).toList();
        FatalityCount count = Fatalities.count(unamir);

        assertThat(count.total()).isEqualTo(27);
        assertThat(count.of(FatalityCategory.MILITARY)).isEqualTo(22);
        assertThat(count.of(FatalityCategory.MILITARY_OBSERVER)).isEqualTo(3);
        assertThat(count.of(FatalityCategory.POLICE)).isEqualTo(1);
        assertThat(count.of(FatalityCategory.LOCAL)).isEqualTo(1);
        assertThat(Cli.run().out()).contains("  Fatalities (UN fatality file, 2025)\n"
                + "    27 (MILITARY 22, MILITARY_OBSERVER 3, POLICE 1, LOCAL 1)\n    1994: 18\n    1995: 9\n");
    }

    @Test
    void theRulesFindOnlyWhatTheRecordHas() {
        for (Mission mission : TourCommand.caseStudies()) {
            assertThat(MissionValidator.validate(mission).findings())
                    .noneMatch(f -> f.code().matches("PK12[2-6]"));
        }
        List<Fatality> untag = TourCommand.fatalities().stream().filter(f -> f.mission().equals("UNTAG")).toList();
        // The UN's file records a death of 24 March 1990, three days after UNTAG closed: information, no error.
        assertThat(FatalityValidator.validate(Untag.mission(), untag).findings()).extracting(Object::toString)
                .containsExactly("INFORMATION PK128 /18/date: UNTAG-1990-03-02386 is dated 1990-03-24, after the "
                        + "mission closed on 1990-03-21");
        assertThat(Cli.run().exitCode()).isZero();
    }
}
