package io.github.peacekeeping.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.Diplomacy;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.Unamir;
import io.github.peacekeeping.core.Vote;
import io.github.peacekeeping.core.actor.Organization;
import io.github.peacekeeping.core.agreement.PeaceAgreement;
import io.github.peacekeeping.core.budget.Appropriation;
import io.github.peacekeeping.core.budget.FiscalYear;
import io.github.peacekeeping.core.budget.Funding;
import io.github.peacekeeping.core.budget.UsdAmount;
import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.lineage.MissionLink;
import io.github.peacekeeping.core.partner.Partnership;
import io.github.peacekeeping.core.partner.PartnershipKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Rules PK122 to PK124 on the real cases, which must not report an ERROR, and on real missions changed to
 * break them: code, severity, exact path and message.
 */
class DiplomacyRulesTest {

    private static List<Finding> findings(Mission mission, String code) {
        return MissionValidator.validate(mission).findings(code);
    }

    @Test
    void unamirWithItsAgreementAndPartnerBreaksNoNewRule() {
        ValidationReport report = MissionValidator.validate(Diplomacy.unamir().build());
        assertThat(report.isValid()).isTrue();
        assertThat(report.findings()).extracting(Finding::code).containsOnly("PK112");
    }

    @Nested
    class Pk122AgreementSignedAfterDecision {

        @Test
        void realDecisionsAfterTheirAgreements() {
            assertThat(findings(Diplomacy.unamir().build(), "PK122")).isEmpty();
            // S/RES/2406 (2018) extended UNMISS six months before the Revitalized Agreement existed and does not
            // support it; S/RES/2459 (2019) does, six months after its signing.
            assertThat(findings(Diplomacy.unmiss().build(), "PK122")).isEmpty();
        }

        /**
         * UNAVEM I, abridged to the decision that established it, S/RES/626 (1988), adopted 15-0-0 on
         * 20 December 1988 (table line 3317) to verify the Cuban withdrawal that the Angola-Cuba agreement of
         * 22 December 1988 set out (peacekeeping.un.org, UNAVEM I mandate); its closing day and mandate period
         * are not the record's, and no rule here reads them.
         */
        @Test
        void resolution626TwoDaysBeforeTheNewYorkAccordsIsAWarning() {
            LocalDate adopted = LocalDate.of(1988, 12, 20);
            Mandate establish = Mandate.builder()
                    .resolution(Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(626).adopted(adopted)
                            .vote(Vote.of(15, 0, 0)).build())
                    .addAction(MandateAction.ESTABLISH).effective(adopted).chapterVII(false)
                    .addAgreement(Diplomacy.ANGOLA_CUBA)
                    .build();
            Mission unavem = Mission.builder().acronym("UNAVEM I").name("United Nations Angola Verification Mission I")
                    .addHost(CountryCode.of("AGO")).region(Region.AFRICA).established(adopted).addMandate(establish)
                    .addAgreement(Diplomacy.angolaCubaAgreement()).build();
            ValidationReport report = MissionValidator.validate(unavem);
            assertThat(report.findings("PK122")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.WARNING, "/mandates/0/supports/0",
                            "S/RES/626 (1988) of 1988-12-20 supports the Angola-Cuba Bilateral Agreement, dated 1988-12-22, 2 days later"));
            assertThat(report.isValid()).isTrue();
        }

        @Test
        void aDecisionBeforeTheAgreementItSupports() {
            // Changed: the Arusha Peace Agreement said to be signed on 6 October 1993, a day after 872.
            Mission changed = Diplomacy.unamir().agreements(List.of(PeaceAgreement.builder()
                    .from(Diplomacy.arusha()).date(LocalDate.of(1993, 10, 6)).build())).build();
            assertThat(findings(changed, "PK122")).extracting(Finding::path, Finding::message)
                    .containsExactly(tuple("/mandates/0/supports/0",
                            "S/RES/872 (1993) of 1993-10-05 supports the Arusha Peace Agreement, dated 1993-10-06, 1 day later"));
        }
    }

    @Nested
    class Pk123RelationOutsideLife {

        @Test
        void realHandOversAndPartnerships() {
            assertThat(findings(Diplomacy.unamir().build(), "PK123")).isEmpty();
            assertThat(findings(Diplomacy.minusma().build(), "PK123")).isEmpty();
            assertThat(findings(Diplomacy.unamid().build(), "PK123")).isEmpty();
        }

        @Test
        void aPartnershipBeforeTheMission() {
            // Changed: Operation Turquoise dated 1993-06-22, before UNAMIR existed.
            Mission changed = Unamir.builder().addPartnership(Partnership.builder().from(Diplomacy.operationTurquoise())
                    .date(LocalDate.of(1993, 6, 22)).build()).build();
            assertThat(findings(changed, "PK123")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.ERROR, "/partnerships/0/date", "the partnership AUTHORIZED_ALONGSIDE "
                            + "Operation Turquoise on 1993-06-22 is outside the mission's life 1993-10-05/1996-04-30"));
        }

        @Test
        void aSuccessorMayTakeOverTheDayAfterTheLastDay() {
            Mission unamir = Unamir.builder()
                    .addLink(MissionLink.of(LinkKind.SUCCESSOR, "UNAMIR II", Unamir.CLOSED.latest().plusDays(1)))
                    .addPartnership(Partnership.builder().partner(Organization.OAU).kind(PartnershipKind.HANDS_OVER_TO)
                            .date(Unamir.CLOSED.latest().plusDays(1)).build())
                    .build();
            assertThat(findings(unamir, "PK123")).isEmpty();
        }

        @Test
        void handOversOutsideTheLife() {
            // Changed: invented successors and predecessors, to break the rule at each bound.
            Mission unamir = Unamir.builder()
                    .addLink(MissionLink.of(LinkKind.SUCCESSOR, "UNAMIR II", Unamir.CLOSED.latest().plusDays(2)))
                    .addLink(MissionLink.of(LinkKind.SUCCESSOR, "UNAMIR III", Unamir.ESTABLISHED))
                    .addLink(MissionLink.of(LinkKind.PREDECESSOR, "UNOMUR", Unamir.ESTABLISHED.minusDays(1)))
                    .addLink(MissionLink.of(LinkKind.PREDECESSOR, "UNAMIR 0", Unamir.ESTABLISHED))
                    .addLink(MissionLink.of(LinkKind.PREDECESSOR, "UNAMIR -1"))
                    .addPartnership(Partnership.builder().partner(Organization.OAU).kind(PartnershipKind.HANDS_OVER_TO)
                            .date(Unamir.CLOSED.latest().plusDays(2)).build())
                    .build();
            assertThat(findings(unamir, "PK123")).extracting(Finding::path, Finding::message).containsExactly(
                    tuple("/links/0/handOver", "the hand-over to UNAMIR II on 1996-05-02 is not the day after a day of the "
                            + "mission's life 1993-10-05/1996-04-30"),
                    tuple("/links/1/handOver", "the hand-over to UNAMIR III on 1993-10-05 is not the day after a day of the "
                            + "mission's life 1993-10-05/1996-04-30"),
                    tuple("/links/2/handOver", "the hand-over from UNOMUR on 1993-10-04 is outside the mission's life "
                            + "1993-10-05/1996-04-30"),
                    tuple("/partnerships/0/date", "the partnership HANDS_OVER_TO OAU on 1996-05-02 is not the day after a day "
                            + "of the mission's life 1993-10-05/1996-04-30"));
        }
    }

    @Nested
    class Pk124AppropriationOutsideLife {

        private Appropriation appropriation(DateRange period) {
            // Invented amounts: the rule reads the period only.
            return Appropriation.builder().period(period).amount(UsdAmount.ofDollars(1)).funding(Funding.SPECIAL_ACCOUNT).build();
        }

        @Test
        void aPeriodThatMeetsTheLife() {
            Mission unamir = Unamir.builder()
                    .addBudget(appropriation(DateRange.of(LocalDate.of(1993, 6, 1), Unamir.ESTABLISHED)))
                    .addBudget(appropriation(FiscalYear.of(1995).period()))
                    .build();
            assertThat(findings(unamir, "PK124")).isEmpty();
        }

        @Test
        void aPeriodOutsideTheLife() {
            Mission unamir = Unamir.builder()
                    .addBudget(appropriation(FiscalYear.of(1996).period()))
                    .addBudget(appropriation(DateRange.of(LocalDate.of(1993, 7, 1), Unamir.ESTABLISHED.minusDays(1))))
                    .build();
            assertThat(findings(unamir, "PK124")).extracting(Finding::severity, Finding::path, Finding::message).containsExactly(
                    tuple(Severity.WARNING, "/budgets/0/period", "USD 1 for 1996-07-01/1997-06-30 (SPECIAL_ACCOUNT) shares no "
                            + "day with the mission's life 1993-10-05/1996-04-30"),
                    tuple(Severity.WARNING, "/budgets/1/period", "USD 1 for 1993-07-01/1993-10-04 (SPECIAL_ACCOUNT) shares no "
                            + "day with the mission's life 1993-10-05/1996-04-30"));
        }
    }
}
