package io.github.peacekeeping.core.validation;

import static io.github.peacekeeping.core.MandateAction.ESTABLISH;
import static io.github.peacekeeping.core.MandateAction.EXTEND;
import static io.github.peacekeeping.core.MandateAction.TERMINATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peacekeeping.core.Adoption;
import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.CivilianComponent;
import io.github.peacekeeping.core.CivilianStaffing;
import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.PersonnelTotal;
import io.github.peacekeeping.core.PoliceCategory;
import io.github.peacekeeping.core.PoliceComponent;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.ResolutionPart;
import io.github.peacekeeping.core.Unamir;
import io.github.peacekeeping.core.UnamirStrength;
import io.github.peacekeeping.core.Vote;
import io.github.peacekeeping.core.VoteOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each standard rule on UNAMIR (which breaks none of them but PK112) and on UNAMIR changed to break it:
 * code, severity, exact path and message.
 */
class StandardRuleTest {

    private static final CountryCode BGD = CountryCode.of("BGD");
    private static final CountryCode GHA = CountryCode.of("GHA");

    private static List<Finding> findings(Mission mission, String code) {
        return MissionValidator.validate(mission).findings(code);
    }

    private static List<Mandate> mandates() {
        return new ArrayList<>(Unamir.mandates());
    }

    private static Mission withMandates(List<Mandate> mandates) {
        return Unamir.builder().mandates(mandates).build();
    }

    private static Mission unefWith(List<Mandate> mandates) {
        return Mission.builder().from(UnefI.mission()).mandates(mandates).build();
    }

    private static Mandate withVote(Mandate decision, Vote vote) {
        Resolution resolution = Resolution.builder().from(decision.resolution()).vote(vote).build();
        return Mandate.builder().from(decision).resolution(resolution).build();
    }

    private static Mission withDeployments(List<Deployment<MilitaryCategory>> military, List<Deployment<PoliceCategory>> police) {
        return Unamir.builder().components(List.of(MilitaryComponent.of(military), PoliceComponent.of(police))).build();
    }

    private static Deployment<MilitaryCategory> troops(CountryCode country, String date, int total) {
        return Deployment.of(country, PersonnelCategory.TROOPS, LocalDate.parse(date), total);
    }

    @Test
    void unamirBreaksNoRuleButPk112() {
        ValidationReport report = MissionValidator.validate(Unamir.mission());
        assertThat(report.isValid()).isTrue();
        assertThat(report.findings()).extracting(Finding::code).containsOnly("PK112");
    }

    @Nested
    class Pk101DecisionOutsideLife {
        @Test
        void decisionBeforeEstablishment() {
            Mission mission = Unamir.builder().established(LocalDate.of(1993, 10, 6)).build();
            assertThat(findings(mission, "PK101")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.ERROR, "/mandates/0/effective",
                            "S/RES/872 (1993) takes effect on 1993-10-05, outside the mission's life 1993-10-06/1996-04-30"));
        }

        @Test
        void decisionAfterClosure() {
            Mission mission = Unamir.builder().operationsEnded((LocalDate) null).closed(LocalDate.of(1995, 12, 10)).build();
            assertThat(findings(mission, "PK101")).extracting(Finding::path).containsExactly("/mandates/8/effective");
        }

        @Test
        void decisionsWithinLife() {
            assertThat(findings(Unamir.mission(), "PK101")).isEmpty();
        }
    }

    @Nested
    class Pk102ResolutionNotAdopted {
        @Test
        void tooFewVotes() {
            List<Mandate> mandates = mandates();
            mandates.set(5, withVote(mandates.get(5), Vote.of(8, 0, 7)));
            assertThat(findings(withMandates(mandates), "PK102"))
                    .extracting(Finding::code, Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple("PK102", Severity.ERROR, "/mandates/5/resolution/vote",
                            "S/RES/965 (1994) was not adopted by its vote 8-0-7 on 1994-11-30: 8 affirmative votes "
                                    + "where 9 were needed in a Council of 15"));
        }

        @Test
        void vetoed() {
            List<Mandate> mandates = mandates();
            mandates.set(2, withVote(mandates.get(2), Vote.of(13, 1, 1, CountryCode.of("USA"))));
            assertThat(findings(withMandates(mandates), "PK102")).extracting(Finding::path, Finding::message)
                    .containsExactly(tuple("/mandates/2/resolution/vote",
                            "S/RES/912 (1994) was not adopted by its vote 13-1-1 against [USA] on 1994-04-21: vetoed by [UNITED_STATES]"));
        }

        @Test
        void generalAssemblyVotesAreJudgedByArticle18() {
            assertThat(findings(UnefI.mission(), "PK102")).isEmpty();
            assertThat(findings(Unamir.mission(), "PK102")).isEmpty();
            // UNEF I's establishment with the tally of the Albanian resolution of 11 November 1969, 48-56-21.
            List<Mandate> mandates = new ArrayList<>(UnefI.mandates());
            mandates.set(0, withVote(mandates.get(0), Vote.of(48, 56, 21)));
            assertThat(findings(unefWith(mandates), "PK102")).extracting(Finding::path, Finding::message)
                    .containsExactly(tuple("/mandates/0/resolution/vote",
                            "A/RES/1000 (ES-I) was not adopted by its vote 48-56-21 on 1956-11-05: 48 affirmative votes "
                                    + "where 112 were needed, two thirds of the members present and voting (Charter Article 18(2))"));
        }

        @Test
        void aProceduralDecisionIsNotVetoed() {
            List<Mandate> mandates = mandates();
            Resolution procedural = Resolution.builder().from(mandates.get(2).resolution()).procedural(true)
                    .vote(Vote.of(13, 1, 1, CountryCode.of("USA"))).build();
            mandates.set(2, Mandate.builder().from(mandates.get(2)).resolution(procedural).build());
            assertThat(findings(withMandates(mandates), "PK102")).isEmpty();
            Resolution tooFew = Resolution.builder().from(procedural).vote(Vote.of(8, 1, 6, CountryCode.of("USA"))).build();
            mandates.set(2, Mandate.builder().from(mandates.get(2)).resolution(tooFew).build());
            assertThat(findings(withMandates(mandates), "PK102")).extracting(Finding::message).containsExactly(
                    "S/RES/912 (1994) was not adopted by its vote 8-1-6 against [USA] on 1994-04-21: 8 affirmative votes "
                            + "where 9 were needed in a Council of 15");
        }

        @Test
        void eachPartIsJudgedAndNamed() {
            // An invented record of 912 (1994) voted in parts: part B vetoed, part C short of votes.
            List<Mandate> mandates = mandates();
            Resolution inParts = Resolution.builder().from(mandates.get(2).resolution()).vote(Optional.empty())
                    .adoption(Adoption.PARTS)
                    .addParts(part("A", Vote.of(15, 0, 0)), part("B", Vote.of(14, 1, 0, CountryCode.of("CHN"))),
                            part("C", Vote.of(8, 0, 7)))
                    .build();
            mandates.set(2, Mandate.builder().from(mandates.get(2)).resolution(inParts).build());
            assertThat(findings(withMandates(mandates), "PK102")).extracting(Finding::path, Finding::message).containsExactly(
                    tuple("/mandates/2/resolution/parts/1/vote", "part B of S/RES/912 (1994) was not adopted by its vote "
                            + "14-1-0 against [CHN] on 1994-04-21: vetoed by [CHINA]"),
                    tuple("/mandates/2/resolution/parts/2/vote", "part C of S/RES/912 (1994) was not adopted by its vote "
                            + "8-0-7 on 1994-04-21: 8 affirmative votes where 9 were needed in a Council of 15"));
        }

        @Test
        void adoptedWithoutAVote() {
            // Resolution 918 (1994) of the fixture: no tally to judge.
            assertThat(Unamir.mandates().get(3).resolution().outcome()).contains(VoteOutcome.ADOPTED);
            assertThat(findings(Unamir.mission(), "PK102")).isEmpty();
        }
    }

    private static ResolutionPart part(String label, Vote vote) {
        return ResolutionPart.builder().label(label).vote(vote).build();
    }

    @Nested
    class Pk103VoteExceedsCouncil {
        @Test
        void moreVotesThanMembers() {
            List<Mandate> mandates = mandates();
            mandates.set(0, withVote(mandates.get(0), Vote.of(15, 0, 1)));
            assertThat(findings(withMandates(mandates), "PK103")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.ERROR, "/mandates/0/resolution/vote",
                            "the vote 15-0-1 on S/RES/872 (1993) counts 16 members, but the Council had 15 on 1993-10-05"));
        }

        @Test
        void elevenMembersBefore1966() {
            Mandate establish = Mandate.builder()
                    .resolution(Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(143)
                            .adopted(LocalDate.of(1960, 7, 14)).vote(Vote.of(12, 0, 0)).build())
                    .addAction(ESTABLISH).effective(LocalDate.of(1960, 7, 14)).chapterVII(false).build();
            Mission onuc = Mission.builder().acronym("ONUC").name("United Nations Operation in the Congo")
                    .addHost(CountryCode.of("COD")).region(io.github.peacekeeping.core.Region.AFRICA)
                    .established(LocalDate.of(1960, 7, 14)).closed(LocalDate.of(1964, 6, 30)).addMandate(establish).build();
            assertThat(findings(onuc, "PK103")).extracting(Finding::message).containsExactly(
                    "the vote 12-0-0 on S/RES/143 (1960) counts 12 members, but the Council had 11 on 1960-07-14");
        }

        @Test
        void fullCouncil() {
            assertThat(findings(Unamir.mission(), "PK103")).isEmpty();
        }

        @Test
        void membersNotParticipatingCount() {
            List<Mandate> mandates = mandates();
            Vote vote = Vote.builder().yes(11).no(0).abstain(3).addNotParticipating(CountryCode.of("RWA")).build();
            mandates.set(0, withVote(mandates.get(0), vote));
            assertThat(findings(withMandates(mandates), "PK103")).isEmpty();
            Vote tooMany = Vote.builder().from(vote).addNotParticipating(CountryCode.of("DJI")).build();
            mandates.set(0, withVote(mandates.get(0), tooMany));
            assertThat(findings(withMandates(mandates), "PK103")).extracting(Finding::path, Finding::message)
                    .containsExactly(tuple("/mandates/0/resolution/vote", "the vote 11-0-3 not participating [RWA, DJI] "
                            + "on S/RES/872 (1993) counts 16 members, but the Council had 15 on 1993-10-05"));
        }

        @Test
        void partsCountToo() {
            List<Mandate> mandates = mandates();
            Resolution inParts = Resolution.builder().from(mandates.get(0).resolution()).vote(Optional.empty())
                    .adoption(Adoption.PARTS).addPart(part("B", Vote.of(15, 1, 0))).build();
            mandates.set(0, Mandate.builder().from(mandates.get(0)).resolution(inParts).build());
            assertThat(findings(withMandates(mandates), "PK103")).extracting(Finding::path, Finding::message)
                    .containsExactly(tuple("/mandates/0/resolution/parts/0/vote",
                            "the vote 15-1-0 on part B of S/RES/872 (1993) counts 16 members, but the Council had 15 on 1993-10-05"));
        }

        @Test
        void theGeneralAssemblyIsNotTheCouncil() {
            List<Mandate> mandates = new ArrayList<>(UnefI.mandates());
            assertThat(findings(UnefI.mission(), "PK103")).isEmpty();
            assertThat(mandates.get(0).resolution().vote().orElseThrow().membersCounted()).isEqualTo(76);
        }
    }

    @Nested
    class Pk104MandateLapse {
        @Test
        void lapseBetweenPeriods() {
            List<Mandate> mandates = mandates();
            mandates.remove(4); // resolution 925, which extended UNAMIR from 29 July 1994
            assertThat(findings(withMandates(mandates), "PK104"))
                    .extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.WARNING, "/mandates/1/expires",
                            "no mandate period covers 1994-07-30 to 1994-11-29 (123 days): "
                                    + "the period set by S/RES/909 (1994) expired on 1994-07-29"));
        }

        @Test
        void lapseBeforeTheFirstPeriod() {
            Mission mission = Unamir.builder().established(LocalDate.of(1993, 10, 4)).build();
            assertThat(findings(mission, "PK104")).extracting(Finding::path, Finding::message).containsExactly(tuple(
                    "/established", "no mandate period covers 1993-10-04 (1 day), between the mission's establishment "
                            + "on 1993-10-04 and its first mandate period"));
        }

        @Test
        void lapseBeforeClosure() {
            Mission mission = Unamir.builder().operationsEnded((LocalDate) null).closed(LocalDate.of(1996, 3, 10)).build();
            assertThat(findings(mission, "PK104")).extracting(Finding::path, Finding::message).containsExactly(tuple(
                    "/mandates/8/expires", "no mandate period covers 1996-03-09 to 1996-03-10 (2 days): "
                            + "the period set by S/RES/1029 (1995) expired on 1996-03-08"));
        }

        @Test
        void activeMissionIsCheckedUpToItsLastRecordOrAGivenDay() {
            Mission active = Mission.builder().from(Unamir.mission()).operationsEnded((LocalDate) null)
                    .closed((LocalDate) null).build();
            assertThat(active.closed()).isEmpty();
            // Without a closing day, the record's last day is the end of the last period: no lapse.
            assertThat(findings(active, "PK104")).isEmpty();
            ValidationReport asOf = RuleSet.standard().with(StandardRule.mandateLapseAsOf(LocalDate.of(1996, 3, 31)))
                    .validate(active);
            assertThat(asOf.findings("PK104")).extracting(Finding::path, Finding::message).containsExactly(tuple(
                    "/mandates/8/expires", "no mandate period covers 1996-03-09 to 1996-03-31 (23 days): "
                            + "the period set by S/RES/1029 (1995) expired on 1996-03-08"));
        }

        @Test
        void continuousPeriods() {
            assertThat(findings(Unamir.mission(), "PK104")).isEmpty();
        }
    }

    @Nested
    class Pk105EstablishFirstTerminateLast {
        @Test
        void firstDecisionDoesNotEstablish() {
            List<Mandate> mandates = mandates();
            mandates.set(0, Mandate.builder().from(mandates.get(0)).actions(List.of(EXTEND)).build());
            assertThat(findings(withMandates(mandates), "PK105")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.ERROR, "/mandates/0/actions",
                            "the first decision, S/RES/872 (1993), does [EXTEND] but does not ESTABLISH the mission"));
        }

        @Test
        void decisionAfterTermination() {
            List<Mandate> mandates = mandates();
            mandates.set(7, Mandate.builder().from(mandates.get(7)).actions(List.of(EXTEND, TERMINATE)).build());
            assertThat(findings(withMandates(mandates), "PK105")).extracting(Finding::path, Finding::message)
                    .containsExactly(tuple("/mandates/8",
                            "S/RES/1029 (1995) follows S/RES/1028 (1995), which terminated the mission"));
        }

        @Test
        void establishedFirstTerminatedLast() {
            assertThat(findings(Unamir.mission(), "PK105")).isEmpty();
        }
    }

    @Nested
    class Pk106CeilingExceeded {
        @Test
        void militaryAboveTheV1CeilingOfResolution918() {
            Mission mission = withDeployments(
                    List.of(troops(BGD, "1994-06-30", 5000), troops(GHA, "1994-06-30", 501)), List.of());
            assertThat(findings(mission, "PK106")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.WARNING, "/mandates/3/ceilings/military",
                            "TROOPS+STAFF_OFFICERS+EXPERTS_ON_MISSION: 5501 deployed on 1994-06-30, above the maximum "
                                    + "of 5500 authorized by S/RES/918 (1994)"));
        }

        @Test
        void policeAboveTheCeilingOfResolution872() {
            Mission mission = withDeployments(List.of(), List.of(
                    Deployment.of(GHA, PersonnelCategory.INDIVIDUAL_POLICE, LocalDate.of(1993, 12, 31), 61)));
            assertThat(findings(mission, "PK106")).extracting(Finding::path, Finding::message).containsExactly(tuple(
                    "/mandates/0/ceilings/police", "INDIVIDUAL_POLICE+FORMED_POLICE_UNITS+POLICE: 61 deployed on "
                            + "1993-12-31, above the maximum of 60 authorized by S/RES/872 (1993)"));
        }

        @Test
        void atTheCeiling() {
            Mission mission = withDeployments(
                    List.of(troops(BGD, "1994-06-30", 5000), troops(GHA, "1994-06-30", 500)), List.of());
            assertThat(findings(mission, "PK106")).isEmpty();
        }

        @Test
        void everyAuthorizationInForceIsCheckedOnItsOwnCategories() {
            // With 918's authorizations by category, 5,501 troops break the cap on troops and staff officers
            // and 321 observers the one on observers: two findings on one day, each at its authorization.
            Mission mission = Unamir.builder().mandates(UnamirStrength.mandates()).components(List.of(
                    MilitaryComponent.of(List.of(troops(BGD, "1994-06-30", 5501),
                            Deployment.of(GHA, PersonnelCategory.EXPERTS_ON_MISSION, LocalDate.of(1994, 6, 30), 321))),
                    PoliceComponent.of(List.of()))).build();
            assertThat(findings(mission, "PK106")).extracting(Finding::path, Finding::message).containsExactly(
                    tuple("/mandates/3/authorizedStrength/0",
                            "TROOPS+STAFF_OFFICERS: 5501 deployed on 1994-06-30, above the maximum of 5500 authorized by "
                                    + "S/RES/918 (1994)"),
                    tuple("/mandates/3/authorizedStrength/1",
                            "EXPERTS_ON_MISSION: 321 deployed on 1994-06-30, above the maximum of 320 authorized by "
                                    + "S/RES/918 (1994)"));
        }

        @Test
        void phasesTakeEffectOnTheirOwnDay() {
            // 997's second phase (1,800 from 9 October 1995) applies on 31 October, not on 30 September.
            Mission mission = Unamir.builder().mandates(UnamirStrength.mandates()).components(List.of(
                    MilitaryComponent.of(List.of(troops(BGD, "1995-09-30", 1900), troops(BGD, "1995-10-31", 1900))),
                    PoliceComponent.of(List.of()))).build();
            assertThat(findings(mission, "PK106")).extracting(Finding::path, Finding::message).containsExactly(
                    tuple("/mandates/6/authorizedStrength/1",
                            "TROOPS+STAFF_OFFICERS: 1900 deployed on 1995-10-31, above the maximum of 1800 authorized by "
                                    + "S/RES/997 (1995) from 1995-10-09"));
        }

        @Test
        void aMissionLevelTotalCountsWhereTheComponentHasNoDeploymentsThatDay() {
            Mission mission = Unamir.builder().components(List.of(
                    MilitaryComponent.builder().addTotal(PersonnelTotal.of(PersonnelCategory.TROOPS,
                            LocalDate.of(1994, 4, 30), 378)).build(),
                    PoliceComponent.of(List.of()))).build();
            assertThat(findings(mission, "PK106")).extracting(Finding::message).containsExactly(
                    "TROOPS+STAFF_OFFICERS+EXPERTS_ON_MISSION: 378 deployed on 1994-04-30, above the maximum of 270 "
                            + "authorized by S/RES/912 (1994)");
        }
    }

    @Nested
    class Pk107DeploymentOutsideLife {
        @Test
        void deploymentAfterClosure() {
            // In the withdrawal, which ran to April 1996, the UN still reported UNAMIR's personnel; not in May.
            Mission mission = withDeployments(List.of(troops(GHA, "1996-03-31", 100), troops(GHA, "1996-05-31", 10)), List.of());
            assertThat(findings(mission, "PK107")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.ERROR, "/components/0/deployments/1/date",
                            "the deployment GHA TROOPS 1996-05-31: 10 is dated outside the mission's life 1993-10-05/1996-04-30"));
        }

        @Test
        void totalBeforeEstablishment() {
            Mission mission = Unamir.builder().components(List.of(MilitaryComponent.of(List.of()),
                    PoliceComponent.builder().addTotal(PersonnelTotal.of(PersonnelCategory.POLICE,
                            LocalDate.of(1993, 9, 30), 2)).build())).build();
            assertThat(findings(mission, "PK107")).extracting(Finding::path, Finding::message).containsExactly(tuple(
                    "/components/1/totals/0/date",
                    "the total POLICE 1993-09-30: 2 is dated outside the mission's life 1993-10-05/1996-04-30"));
        }

        @Test
        void deploymentWithinLife() {
            assertThat(findings(withDeployments(List.of(troops(GHA, "1996-02-29", 100)), List.of()), "PK107")).isEmpty();
        }
    }

    @Nested
    class Pk108DuplicateDeployment {
        @Test
        void sameContributorCategoryAndDate() {
            Mission mission = withDeployments(List.of(troops(GHA, "1994-06-30", 100), troops(GHA, "1994-06-30", 90)), List.of());
            assertThat(findings(mission, "PK108")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.ERROR, "/components/0/deployments/1",
                            "a second deployment of GHA TROOPS on 1994-06-30 (90), after /components/0/deployments/0 (100)"));
        }

        @Test
        void differentCategoryOrDate() {
            Mission mission = withDeployments(List.of(troops(GHA, "1994-06-30", 100), troops(GHA, "1994-07-31", 90),
                    Deployment.of(GHA, PersonnelCategory.STAFF_OFFICERS, LocalDate.of(1994, 6, 30), 5)), List.of());
            assertThat(findings(mission, "PK108")).isEmpty();
        }
    }

    @Nested
    class Pk109DecisionsOutOfOrder {
        @Test
        void swapped() {
            List<Mandate> mandates = mandates();
            Collections.swap(mandates, 2, 3);
            assertThat(findings(withMandates(mandates), "PK109")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.ERROR, "/mandates/3/effective",
                            "S/RES/912 (1994) takes effect on 1994-04-21, before the decision recorded ahead of it, "
                                    + "S/RES/918 (1994), on 1994-05-17"));
        }

        @Test
        void inOrder() {
            assertThat(findings(Unamir.mission(), "PK109")).isEmpty();
        }
    }

    @Nested
    class Pk110HeadWithoutComponent {
        @Test
        void forceCommandersWithoutMilitaryComponent() {
            Mission mission = Unamir.builder().components(List.of(PoliceComponent.of(List.of()))).build();
            assertThat(findings(mission, "PK110")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(
                            tuple(Severity.ERROR, "/leadership/0/role",
                                    "Romeo Dallaire is appointed FORCE_COMMANDER, but the mission has no military component"),
                            tuple(Severity.ERROR, "/leadership/1/role",
                                    "Guy Tousignant is appointed FORCE_COMMANDER, but the mission has no military component"),
                            tuple(Severity.ERROR, "/leadership/2/role",
                                    "Shiva Kumar is appointed FORCE_COMMANDER, but the mission has no military component"));
        }

        @Test
        void policeCommissionerWithoutPoliceComponent() {
            Mission mission = Unamir.builder().components(List.of(MilitaryComponent.of(List.of())))
                    .addAppointment(Unamir.appointment(LeadershipRole.POLICE_COMMISSIONER, "A. Commissioner", "GHA", "1994-01-01"))
                    .build();
            assertThat(findings(mission, "PK110")).extracting(Finding::path).containsExactly("/leadership/5/role");
        }

        @Test
        void headsWithTheirComponents() {
            assertThat(findings(Unamir.mission(), "PK110")).isEmpty();
        }
    }

    @Nested
    class Pk111OverlappingAppointments {
        @Test
        void recordedEndAfterTheSuccessorStarts() {
            List<Appointment> leadership = new ArrayList<>(Unamir.leadership());
            // Tousignant took over in August 1994: an end recorded in September overlaps whatever the day.
            leadership.set(0, Appointment.builder().from(leadership.get(0)).end(LocalDate.of(1994, 9, 19)).build());
            Mission mission = Unamir.builder().leadership(leadership).build();
            assertThat(findings(mission, "PK111")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.ERROR, "/leadership/1/start",
                            "Guy Tousignant starts as FORCE_COMMANDER in 1994-08 while Romeo Dallaire holds the role "
                                    + "(/leadership/0, from 1993-10-05 to 1994-09-19)"));
        }

        @Test
        void twoAppointmentsStartingTheSameDay() {
            Mission mission = Unamir.builder()
                    .addAppointment(Unamir.appointment(LeadershipRole.CHIEF_OF_STAFF, "One", "GHA", "1994-07-01"))
                    .addAppointment(Unamir.appointment(LeadershipRole.CHIEF_OF_STAFF, "Other", "GHA", "1994-07-01"))
                    .build();
            assertThat(findings(mission, "PK111")).extracting(Finding::path).containsExactly("/leadership/6/start");
        }

        @Test
        void anEarlierLongTenureIsSeenPastAShortOne() {
            List<Appointment> leadership = new ArrayList<>(Unamir.leadership());
            leadership.set(0, Appointment.builder().from(leadership.get(0)).end(LocalDate.of(1995, 1, 1)).build());
            leadership.add(Unamir.appointment(LeadershipRole.FORCE_COMMANDER, "Third Commander", "GHA", "1994-12-01"));
            Mission mission = Unamir.builder().leadership(leadership).build();
            assertThat(findings(mission, "PK111")).extracting(Finding::path)
                    .containsExactly("/leadership/1/start", "/leadership/5/start");
        }

        @Test
        void anActingHolderBesideAnAppointedOneIsNoOverlap() {
            Appointment acting = Appointment.builder()
                    .from(Unamir.appointment(LeadershipRole.FORCE_COMMANDER, "Officer In Charge", "GHA", "1994-05-01"))
                    .end(LocalDate.of(1994, 5, 31)).acting(true).build();
            List<Appointment> leadership = new ArrayList<>(Unamir.leadership());
            leadership.set(0, Appointment.builder().from(leadership.get(0)).end(LocalDate.of(1994, 7, 31)).build());
            leadership.add(acting);
            assertThat(findings(Unamir.builder().leadership(leadership).build(), "PK111")).isEmpty();
        }

        @Test
        void twoActingHoldersAtOnceAreAnOverlap() {
            Appointment first = Appointment.builder()
                    .from(Unamir.appointment(LeadershipRole.FORCE_COMMANDER, "First Acting", "GHA", "1994-05-01"))
                    .end(LocalDate.of(1994, 5, 31)).acting(true).build();
            Appointment second = Appointment.builder()
                    .from(Unamir.appointment(LeadershipRole.FORCE_COMMANDER, "Second Acting", "BGD", "1994-05-15"))
                    .acting(true).build();
            Mission mission = Unamir.builder().addAppointment(first).addAppointment(second).build();
            assertThat(findings(mission, "PK111")).extracting(Finding::path, Finding::message).containsExactly(tuple(
                    "/leadership/6/start", "Second Acting starts as FORCE_COMMANDER on 1994-05-15 while First Acting "
                            + "holds the role (/leadership/5, from 1994-05-01 to 1994-05-31)"));
        }

        @Test
        void deputiesMayServeTogether() {
            Mission mission = Unamir.builder()
                    .addAppointment(Unamir.appointment(LeadershipRole.DEPUTY_HEAD_OF_MISSION, "Deputy One", "GHA", "1994-07-01"))
                    .addAppointment(Unamir.appointment(LeadershipRole.DEPUTY_HEAD_OF_MISSION, "Deputy Two", "SEN", "1994-07-01"))
                    .build();
            assertThat(findings(mission, "PK111")).isEmpty();
            assertThat(findings(Unamir.mission(), "PK111")).isEmpty();
        }
    }

    @Nested
    class Pk112CiviliansWithoutChapterVII {
        @Test
        void unamirProtectedCiviliansWithoutChapterVII() {
            // Resolution 918 (1994) tasks the protection of civilians in its part A, not under Chapter VII (only
            // its part B, the arms embargo, is); 965 (1994) keeps the task, still without Chapter VII.
            assertThat(findings(Unamir.mission(), "PK112")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.WARNING, "/mandates/3/tasks",
                            "S/RES/918 (1994) tasks PROTECTION_OF_CIVILIANS without Chapter VII"));
        }

        @Test
        void underChapterVII() {
            List<Mandate> mandates = mandates();
            mandates.set(3, Mandate.builder().from(mandates.get(3)).chapterVIITasks(Optional.empty()).build());
            mandates.set(5, Mandate.builder().from(mandates.get(5)).chapterVII(true).build());
            assertThat(findings(withMandates(mandates), "PK112")).isEmpty();
        }

        @Test
        void losingChapterVIIAuthorityIsReportedWhereItIsLost() {
            // 918 authorizing all its tasks under Chapter VII; 925 extends the period without restating the tasks,
            // which keeps that authority; 965 restates them without Chapter VII.
            List<Mandate> mandates = mandates();
            mandates.set(3, Mandate.builder().from(mandates.get(3)).chapterVIITasks(Optional.empty()).build());
            assertThat(findings(withMandates(mandates), "PK112")).extracting(Finding::path, Finding::message)
                    .containsExactly(tuple("/mandates/5/tasks",
                            "S/RES/965 (1994) keeps PROTECTION_OF_CIVILIANS without the Chapter VII authority it had"));
        }

        @Test
        void losingItByNamingOtherChapterVIITasks() {
            List<Mandate> mandates = mandates();
            mandates.set(3, Mandate.builder().from(mandates.get(3)).chapterVIITasks(Optional.empty()).build());
            mandates.set(4, Mandate.builder().from(mandates.get(4)).chapterVII(true)
                    .chapterVIITasks(List.of(MandateTask.ARMS_EMBARGO_MONITORING)).build());
            assertThat(findings(withMandates(mandates), "PK112")).extracting(Finding::path, Finding::message)
                    .containsExactly(tuple("/mandates/4/chapterVIITasks",
                            "S/RES/925 (1994) keeps PROTECTION_OF_CIVILIANS without the Chapter VII authority it had"));
        }

        @Test
        void aTaskWithinAChapterVIITaskIsUnderChapterVII() {
            List<Mandate> mandates = mandates();
            List<MandateTask> tasks = List.of(MandateTask.HUMAN_RIGHTS_PROTECTION, MandateTask.PROTECTION_OF_CIVILIANS);
            mandates.set(3, Mandate.builder().from(mandates.get(3)).tasks(tasks)
                    .chapterVIITasks(List.of(MandateTask.HUMAN_RIGHTS_PROTECTION)).build());
            mandates.set(5, Mandate.builder().from(mandates.get(5)).chapterVII(true).build());
            assertThat(findings(withMandates(mandates), "PK112")).isEmpty();
        }
    }

    @Nested
    class Pk113ExtendWithoutExpiry {
        @Test
        void extensionWithoutExpiry() {
            List<Mandate> mandates = mandates();
            mandates.set(1, Mandate.builder().from(mandates.get(1)).expires((LocalDate) null).build());
            assertThat(mandates.get(1).expires()).isEmpty();
            assertThat(findings(withMandates(mandates), "PK113")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.ERROR, "/mandates/1/expires",
                            "S/RES/909 (1994) does EXTEND but gives no expiry date"));
        }

        @Test
        void extensionsWithExpiry() {
            assertThat(findings(Unamir.mission(), "PK113")).isEmpty();
        }
    }

    @Nested
    class Pk114AppointmentOutsideLife {
        @Test
        void appointmentBeforeEstablishment() {
            Mission mission = Unamir.builder()
                    .addAppointment(Unamir.appointment(LeadershipRole.CHIEF_OF_STAFF, "Early Bird", "BEL", "1993-09-01"))
                    .build();
            assertThat(findings(mission, "PK114")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.ERROR, "/leadership/5/start",
                            "Early Bird starts as CHIEF_OF_STAFF on 1993-09-01, outside the mission's life 1993-10-05/1996-04-30"));
        }

        @Test
        void aDesignateMayStartBeforeEstablishment() {
            Appointment designate = Appointment.builder()
                    .from(Unamir.appointment(LeadershipRole.CHIEF_OF_STAFF, "Early Bird", "BEL", "1993-09-01"))
                    .designate(true).build();
            assertThat(findings(Unamir.builder().addAppointment(designate).build(), "PK114")).isEmpty();
        }

        @Test
        void aDesignateMayNotStartAfterClosure() {
            Appointment designate = Appointment.builder()
                    .from(Unamir.appointment(LeadershipRole.CHIEF_OF_STAFF, "Late Comer", "BEL", "1996-05-01"))
                    .designate(true).build();
            assertThat(findings(Unamir.builder().addAppointment(designate).build(), "PK114"))
                    .extracting(Finding::path).containsExactly("/leadership/5/start");
        }

        @Test
        void appointmentsWithinLife() {
            assertThat(findings(Unamir.mission(), "PK114")).isEmpty();
        }
    }

    @Nested
    class Pk115DuplicateStaffing {
        @Test
        void twoReportsOnOneDay() {
            LocalDate day = LocalDate.of(1995, 1, 31);
            Mission mission = Unamir.builder()
                    .addComponent(CivilianComponent.of(List.of(CivilianStaffing.of(day, 100, 200, 10),
                            CivilianStaffing.of(day, 101, 200, 10))))
                    .build();
            assertThat(findings(mission, "PK115")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.ERROR, "/components/2/staffing/1",
                            "a second staffing report on 1995-01-31, after /components/2/staffing/0"));
        }

        @Test
        void oneReportPerDay() {
            Mission mission = Unamir.builder().addComponent(CivilianComponent.of(List.of(
                    CivilianStaffing.of(LocalDate.of(1995, 1, 31), 100, 200, 10)))).build();
            assertThat(findings(mission, "PK115")).isEmpty();
        }
    }

    @Nested
    class Pk116CountryCodeOutOfTime {
        @Test
        void ussrContributingIn1995() {
            Mission mission = withDeployments(List.of(troops(CountryCode.of("SUN"), "1995-01-31", 10)), List.of());
            assertThat(findings(mission, "PK116")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.WARNING, "/components/0/deployments/0/contributor",
                            "SUN (USSR) contributes personnel on 1995-01-31, outside the days the code names its "
                                    + "state: 1922-12-30/1991-12-26"));
        }

        @Test
        void zaireContributingIn1995ButNotAfterTheCongoTookItsNameBack() {
            Mission mission = withDeployments(List.of(troops(CountryCode.of("ZAR"), "1995-01-31", 10),
                    troops(CountryCode.of("COD"), "1995-01-31", 10)), List.of());
            assertThat(findings(mission, "PK116")).extracting(Finding::path, Finding::message).containsExactly(tuple(
                    "/components/0/deployments/1/contributor", "COD (Congo, Democratic Republic of the) contributes "
                            + "personnel on 1995-01-31, outside the days the code names its state: "
                            + "1960-06-30/1971-10-26, 1997-05-17/.."));
        }

        @Test
        void aPresentCodeBeforeItsStateBegan() {
            Mission mission = Unamir.builder()
                    .addAppointment(Unamir.appointment(LeadershipRole.CHIEF_OF_STAFF, "Anachronism", "SSD", "1994-01-01"))
                    .build();
            assertThat(findings(mission, "PK116")).extracting(Finding::path, Finding::message).containsExactly(tuple(
                    "/leadership/5/nationality", "SSD (South Sudan) is the nationality of Anachronism on 1994-01-01, "
                            + "outside the days the code names its state: 2011-07-09/.."));
        }

        @Test
        void aPermanentMemberMayVoteAgainstUnderThePresentCodeOfItsSeat() {
            List<Mandate> mandates = mandates();
            mandates.set(0, withVote(mandates.get(0), Vote.of(13, 2, 0, CountryCode.of("RUS"), CountryCode.of("SUN"))));
            Mission mission = withMandates(mandates);
            assertThat(findings(mission, "PK116")).extracting(Finding::path, Finding::message).containsExactly(tuple(
                    "/mandates/0/resolution/vote/against/1", "SUN (USSR) votes against S/RES/872 (1993) on 1993-10-05, "
                            + "outside the days the code names its state: 1922-12-30/1991-12-26"));
        }

        @Test
        void aFormerStateAsHostOnlyWhenItNeverExistedDuringTheLife() {
            Mission germanHost = Unamir.builder().hosts(List.of(Unamir.RWANDA, CountryCode.of("DDR"))).build();
            assertThat(findings(germanHost, "PK116")).extracting(Finding::path, Finding::message).containsExactly(tuple(
                    "/hosts/1", "DDR (German Democratic Republic) is a host during the mission's life "
                            + "1993-10-05/1996-04-30, outside the days the code names its state: 1949-10-07/1990-10-02"));
            Mission territoryOfToday = Unamir.builder().hosts(List.of(CountryCode.of("SSD"))).build();
            assertThat(findings(territoryOfToday, "PK116")).isEmpty();
        }

        @Test
        void onucHostedByTheCongoIn1960() {
            Mandate establish = Mandate.builder()
                    .resolution(Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(143)
                            .adopted(LocalDate.of(1960, 7, 14)).build())
                    .addAction(ESTABLISH).effective(LocalDate.of(1960, 7, 14)).chapterVII(false).build();
            Mission onuc = Mission.builder().acronym("ONUC").name("United Nations Operation in the Congo")
                    .addHost(CountryCode.of("COD")).region(io.github.peacekeeping.core.Region.AFRICA)
                    .established(LocalDate.of(1960, 7, 14)).closed(LocalDate.of(1964, 6, 30)).addMandate(establish).build();
            assertThat(findings(onuc, "PK116")).isEmpty();
        }
    }

    @Nested
    class Pk118TotalDisagreesWithDeployments {
        @Test
        void theUnsTotalOfUnmilTroopsInFebruary2010IsNotTheSumOfItsContributors() {
            // Real figures: UNMIL on 28 February 2010, troops. The IPI's mission totals (data_mission.csv) give
            // 8,982, its rows by contributor (Gender.Full.csv) add up to 9,110. A deployment of 9,110 stands
            // here for the contributors' rows.
            LocalDate day = LocalDate.of(2010, 2, 28);
            Mission mission = missionWith(MilitaryComponent.builder()
                    .addDeployment(Deployment.of(BGD, PersonnelCategory.TROOPS, day, 9110))
                    .addTotal(PersonnelTotal.of(PersonnelCategory.TROOPS, day, 8982))
                    .addTotal(PersonnelTotal.of(PersonnelCategory.EXPERTS_ON_MISSION, day, 127)).build());
            assertThat(findings(mission, "PK118")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.WARNING, "/components/0/totals/0", "TROOPS on 2010-02-28: the "
                            + "total is 8982 but the deployments add up to 9110 (the strength counts the deployments)"));
            // The deployments count; the observers, reported only as a total, count their total.
            assertThat(mission.strengthOn(day).orElseThrow().total(ComponentType.MILITARY)).isEqualTo(9110 + 127);
        }

        @Test
        void womenAreComparedWhenEveryFigureGivesThem() {
            LocalDate day = LocalDate.of(2011, 6, 30);
            Mission mission = missionWith(MilitaryComponent.builder()
                    .addDeployment(Deployment.of(BGD, PersonnelCategory.TROOPS, day, 1442, 6))
                    .addDeployment(Deployment.of(GHA, PersonnelCategory.TROOPS, day, 700, 20))
                    .addTotal(PersonnelTotal.of(PersonnelCategory.TROOPS, day, 2142, 25)).build());
            assertThat(findings(mission, "PK118")).extracting(Finding::message).containsExactly(
                    "TROOPS on 2011-06-30: the total has 25 women but the deployments add up to 26");
            Mission unknown = missionWith(MilitaryComponent.builder()
                    .addDeployment(Deployment.of(BGD, PersonnelCategory.TROOPS, day, 1442, 6))
                    .addDeployment(Deployment.of(GHA, PersonnelCategory.TROOPS, day, 700))
                    .addTotal(PersonnelTotal.of(PersonnelCategory.TROOPS, day, 2142, 25)).build());
            assertThat(findings(unknown, "PK118")).isEmpty();
        }

        @Test
        void agreeingFigures() {
            LocalDate day = LocalDate.of(2011, 6, 30);
            Mission mission = missionWith(MilitaryComponent.builder()
                    .addDeployment(Deployment.of(BGD, PersonnelCategory.TROOPS, day, 1442, 6))
                    .addDeployment(Deployment.of(GHA, PersonnelCategory.TROOPS, day, 700, 20))
                    .addTotal(PersonnelTotal.of(PersonnelCategory.TROOPS, day, 2142, 26))
                    .addTotal(PersonnelTotal.of(PersonnelCategory.STAFF_OFFICERS, day, 10)).build());
            assertThat(findings(mission, "PK118")).isEmpty();
        }

        @Test
        void aPoliceTotalStandsForAllPolice() {
            // The UN's mission totals before 2009 give "Police" unsplit; beside the split deployments of the
            // same day it is compared with their sum and does not count a second time.
            LocalDate day = LocalDate.of(2011, 6, 30);
            PoliceComponent police = PoliceComponent.builder()
                    .addDeployment(Deployment.of(GHA, PersonnelCategory.INDIVIDUAL_POLICE, day, 60))
                    .addDeployment(Deployment.of(BGD, PersonnelCategory.FORMED_POLICE_UNITS, day, 140))
                    .addTotal(PersonnelTotal.of(PersonnelCategory.POLICE, day, 200)).build();
            Mission agreeing = missionWith(police);
            assertThat(findings(agreeing, "PK118")).isEmpty();
            assertThat(agreeing.strengthOn(day).orElseThrow().total(ComponentType.POLICE)).isEqualTo(200);
            Mission disagreeing = missionWith(PoliceComponent.builder().from(police).totals(List.of(
                    PersonnelTotal.of(PersonnelCategory.POLICE, day, 210))).build());
            assertThat(findings(disagreeing, "PK118")).extracting(Finding::message).containsExactly(
                    "POLICE on 2011-06-30: the total is 210 but the deployments add up to 200 (the strength counts "
                            + "the deployments)");
            // Women: compared when every police deployment of the day gives them, whatever its category.
            PoliceComponent split = PoliceComponent.builder()
                    .addDeployment(Deployment.of(GHA, PersonnelCategory.INDIVIDUAL_POLICE, day, 60, 10))
                    .addDeployment(Deployment.of(BGD, PersonnelCategory.FORMED_POLICE_UNITS, day, 140, 20))
                    .addTotal(PersonnelTotal.of(PersonnelCategory.POLICE, day, 200, 31)).build();
            assertThat(findings(missionWith(split), "PK118")).extracting(Finding::message).containsExactly(
                    "POLICE on 2011-06-30: the total has 31 women but the deployments add up to 30");
            PoliceComponent partly = PoliceComponent.builder().from(split).deployments(List.of(
                    Deployment.of(GHA, PersonnelCategory.INDIVIDUAL_POLICE, day, 60, 10),
                    Deployment.of(BGD, PersonnelCategory.FORMED_POLICE_UNITS, day, 140))).build();
            assertThat(findings(missionWith(partly), "PK118")).isEmpty();
        }

        /** UNMIL's establishment, S/RES/1509 (2003) of 19 September 2003, 15-0-0, with one component. */
        private Mission missionWith(io.github.peacekeeping.core.Component military) {
            LocalDate established = LocalDate.of(2003, 9, 19);
            Mandate establish = Mandate.builder()
                    .resolution(Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(1509)
                            .adopted(established).vote(Vote.of(15, 0, 0)).build())
                    .addAction(ESTABLISH).effective(established).chapterVII(true).build();
            return Mission.builder().acronym("UNMIL").name("United Nations Mission in Liberia")
                    .addHost(CountryCode.of("LBR")).region(io.github.peacekeeping.core.Region.AFRICA)
                    .established(established).addMandate(establish).addComponent(military).build();
        }
    }

    @Nested
    class Pk119DuplicateTotal {
        @Test
        void twoTotalsForOneCategoryAndDay() {
            LocalDate day = LocalDate.of(1994, 10, 31);
            Mission mission = Unamir.builder().components(List.of(MilitaryComponent.builder()
                    .addTotal(PersonnelTotal.of(PersonnelCategory.TROOPS, day, 5893))
                    .addTotal(PersonnelTotal.of(PersonnelCategory.EXPERTS_ON_MISSION, day, 449))
                    .addTotal(PersonnelTotal.of(PersonnelCategory.TROOPS, day, 5257)).build(),
                    PoliceComponent.of(List.of()))).build();
            assertThat(findings(mission, "PK119")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.ERROR, "/components/0/totals/2",
                            "a second total of TROOPS on 1994-10-31 (5257), after /components/0/totals/0 (5893)"));
            // The first total counts.
            assertThat(mission.strengthOn(day).orElseThrow().total(PersonnelCategory.TROOPS)).isEqualTo(5893);
        }

        @Test
        void oneTotalPerCategoryAndDay() {
            Mission mission = Unamir.builder().components(List.of(MilitaryComponent.builder()
                    .addTotal(PersonnelTotal.of(PersonnelCategory.TROOPS, LocalDate.of(1994, 10, 31), 5893))
                    .addTotal(PersonnelTotal.of(PersonnelCategory.TROOPS, LocalDate.of(1994, 11, 30), 5782)).build(),
                    PoliceComponent.of(List.of()))).build();
            assertThat(findings(mission, "PK119")).isEmpty();
        }
    }

    @Nested
    class Pk117VetoUnknown {
        @Test
        void negativeVoteWithoutMember() {
            List<Mandate> mandates = mandates();
            mandates.set(0, withVote(mandates.get(0), Vote.of(13, 1, 1)));
            assertThat(findings(withMandates(mandates), "PK117")).extracting(Finding::severity, Finding::path, Finding::message)
                    .containsExactly(tuple(Severity.INFORMATION, "/mandates/0/resolution/vote/against",
                            "the vote 13-1-1 on S/RES/872 (1993) has 1 negative votes but names no member against, "
                                    + "so a veto cannot be seen"));
        }

        @Test
        void negativeVoteWithMember() {
            List<Mandate> mandates = mandates();
            mandates.set(0, withVote(mandates.get(0), Vote.of(13, 1, 1, CountryCode.of("NGA"))));
            assertThat(findings(withMandates(mandates), "PK117")).isEmpty();
        }

        @Test
        void noVetoToSeeInAProceduralDecisionOrInTheAssembly() {
            List<Mandate> mandates = mandates();
            Resolution procedural = Resolution.builder().from(mandates.get(0).resolution()).procedural(true)
                    .vote(Vote.of(13, 1, 1)).build();
            mandates.set(0, Mandate.builder().from(mandates.get(0)).resolution(procedural).build());
            assertThat(findings(withMandates(mandates), "PK117")).isEmpty();
            List<Mandate> unef = new ArrayList<>(UnefI.mandates());
            unef.set(0, withVote(unef.get(0), Vote.of(57, 1, 18)));
            assertThat(findings(unefWith(unef), "PK117")).isEmpty();
        }

        @Test
        void aPartsNegativeVotesWithoutMember() {
            List<Mandate> mandates = mandates();
            Resolution inParts = Resolution.builder().from(mandates.get(0).resolution()).vote(Optional.empty())
                    .adoption(Adoption.PARTS).addPart(part("B", Vote.of(14, 1, 0))).build();
            mandates.set(0, Mandate.builder().from(mandates.get(0)).resolution(inParts).build());
            assertThat(findings(withMandates(mandates), "PK117")).extracting(Finding::path, Finding::message)
                    .containsExactly(tuple("/mandates/0/resolution/parts/0/vote/against", "the vote 14-1-0 on part B of "
                            + "S/RES/872 (1993) has 1 negative votes but names no member against, so a veto cannot be seen"));
        }
    }
}
