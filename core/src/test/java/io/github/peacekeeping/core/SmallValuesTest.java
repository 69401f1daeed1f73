package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The small values' own accessors, boundaries and derived figures. */
class SmallValuesTest {

    private static final LocalDate DAY = LocalDate.of(2011, 6, 30);
    private static final CountryCode BGD = CountryCode.of("BGD");

    @Test
    void ceilings() {
        Ceilings ceilings = Ceilings.builder().military(12_500).civilian(300).build();
        assertThat(ceilings.forComponent(ComponentType.MILITARY)).hasValue(12_500);
        assertThat(ceilings.forComponent(ComponentType.POLICE)).isEmpty();
        assertThat(ceilings.forComponent(ComponentType.CIVILIAN)).hasValue(300);
        assertThat(ceilings.isEmpty()).isFalse();
        assertThat(Ceilings.none().isEmpty()).isTrue();
        assertThat(Ceilings.none()).isEqualTo(Ceilings.builder().build());
        assertThat(Ceilings.builder().police(0).build().isEmpty()).isFalse();
        assertThatThrownBy(() -> Ceilings.builder().military(-1).build())
                .hasMessage("Invalid value for military: -1 (must not be negative)");
        assertThatThrownBy(() -> Ceilings.builder().civilian(-7).build())
                .hasMessage("Invalid value for civilian: -7 (must not be negative)");
    }

    @Test
    void civilianStaffing() {
        CivilianStaffing staffing = CivilianStaffing.of(DAY, 1_000, 2_000, 300);
        assertThat(staffing.total()).isEqualTo(3_300);
        assertThatThrownBy(() -> CivilianStaffing.of(DAY, -1, 0, 0))
                .hasMessage("Invalid value for international: -1 (must not be negative)");
        assertThatThrownBy(() -> CivilianStaffing.of(DAY, 0, 0, -1))
                .hasMessage("Invalid value for volunteers: -1 (must not be negative)");
        assertThat(CivilianStaffing.of(DAY, Integer.MAX_VALUE - 2, 1, 1).total()).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> CivilianStaffing.of(DAY, Integer.MAX_VALUE - 2, 1, 2))
                .hasMessage("Invalid value for volunteers: 2147483648 (makes a total above 2147483647)");
        assertThatThrownBy(() -> CivilianStaffing.of(DAY, 1, Integer.MAX_VALUE, 0))
                .hasMessage("Invalid value for volunteers: 2147483648 (makes a total above 2147483647)");
    }

    @Test
    void voteTotalAtTheLimit() {
        assertThat(Vote.of(Integer.MAX_VALUE - 1, 1, 0).total()).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> Vote.of(1, 1, Integer.MAX_VALUE)).isInstanceOf(PeacekeepingException.class);
    }

    @Test
    void deploymentWithAllWomenAndWithoutSplit() {
        assertThat(Deployment.of(BGD, PersonnelCategory.FORMED_POLICE_UNITS, DAY, 140, 140).female()).hasValue(140);
        Deployment<MilitaryCategory> noSplit = Deployment.of(BGD, PersonnelCategory.TROOPS, DAY, 1442);
        assertThat(noSplit.female()).isEmpty();
        assertThat(noSplit).hasToString("BGD TROOPS 2011-06-30: 1442");
        assertThat(Deployment.<MilitaryCategory>builder().contributor(BGD).category(MilitaryCategory.TROOPS).date(DAY)
                .total(0).female(OptionalInt.of(0)).build().female()).hasValue(0);
    }

    @Test
    void contributionRecordReadsThroughToItsDeployment() {
        Deployment<MilitaryCategory> deployment = Deployment.of(BGD, PersonnelCategory.TROOPS, DAY, 1442, 6);
        ContributionRecord record = ContributionRecord.of("UNMIL", deployment);
        assertThat(record.mission()).isEqualTo("UNMIL");
        assertThat(record.deployment()).isSameAs(deployment);
        assertThat(record.contributor()).isEqualTo(BGD);
        assertThat(record.category()).isEqualTo(PersonnelCategory.TROOPS);
        assertThat(record.date()).isEqualTo(DAY);
        assertThat(record.total()).isEqualTo(1442);
        assertThat(record.female()).hasValue(6);
    }

    @Test
    void deployedStrengthValue() {
        long[] totals = {10, 2, 3, 4, 5, 6};
        DeployedStrength strength = new DeployedStrength(DAY, totals);
        totals[0] = 999;
        assertThat(strength.total(PersonnelCategory.TROOPS)).isEqualTo(10);
        assertThat(strength.total(PersonnelCategory.FORMED_POLICE_UNITS)).isEqualTo(5);
        assertThat(strength.total(ComponentType.MILITARY)).isEqualTo(15);
        assertThat(strength.total(PersonnelCategory.POLICE)).isEqualTo(6);
        assertThat(strength.total(ComponentType.POLICE)).isEqualTo(15);
        assertThat(strength.total()).isEqualTo(30);
        assertThat(strength.total(List.of(PersonnelCategory.TROOPS, PersonnelCategory.STAFF_OFFICERS,
                PersonnelCategory.TROOPS))).isEqualTo(12);
        assertThat(strength.total(List.of())).isZero();
        assertThat(strength).isEqualTo(new DeployedStrength(DAY, new long[] {10, 2, 3, 4, 5, 6}))
                .hasSameHashCodeAs(new DeployedStrength(DAY, new long[] {10, 2, 3, 4, 5, 6}))
                .isNotEqualTo(new DeployedStrength(DAY, new long[] {10, 2, 3, 4, 5, 7}))
                .isNotEqualTo(new DeployedStrength(DAY.plusDays(1), new long[] {10, 2, 3, 4, 5, 6}))
                .isNotEqualTo("2011-06-30");
        assertThat(strength).hasToString("2011-06-30: TROOPS=10 STAFF_OFFICERS=2 EXPERTS_ON_MISSION=3 "
                + "INDIVIDUAL_POLICE=4 FORMED_POLICE_UNITS=5 POLICE=6");
    }

    @Test
    void dateRangeHashesByBothEnds() {
        DateRange range = DateRange.of(DAY, DAY.plusDays(3));
        assertThat(range.hashCode()).isEqualTo(DateRange.of(DAY, DAY.plusDays(3)).hashCode())
                .isNotEqualTo(DateRange.startingOn(DAY).hashCode())
                .isNotEqualTo(DateRange.of(DAY.plusDays(1), DAY.plusDays(3)).hashCode());
        assertThatThrownBy(() -> DateRange.parse("/1993-10-05"))
                .hasMessage("Invalid value for range: \"/1993-10-05\" (expected ISO-8601 dates, as in 1993-10-05/1996-03-08)");
    }

    @Test
    void namesOfCodesAndTasks() {
        assertThat(MandateTask.PROTECTION_OF_CIVILIANS.tammVariable()).isEqualTo("prociv");
        assertThat(PermanentSeat.UNITED_KINGDOM.holder()).isEqualTo(CountryCode.of("GBR"));
        assertThat(ComponentType.POLICE.typeName()).isEqualTo("police");
        assertThat(CountryCode.isKnown("RWA")).isTrue();
        assertThat(LeadershipRole.FORCE_COMMANDER.heads()).contains(ComponentType.MILITARY);
        assertThat(LeadershipRole.CHIEF_OF_STAFF.heads()).isEmpty();
        assertThat(LeadershipRole.DEPUTY_HEAD_OF_MISSION.isSingleHolder()).isFalse();
    }

    @Test
    void contributorFigures() {
        Contributor contributor = Contributor.builder().country(BGD).date(DAY).rank(1)
                .putByCategory(PersonnelCategory.TROOPS, 100L)
                .putByCategory(PersonnelCategory.INDIVIDUAL_POLICE, 7L)
                .putByCategory(PersonnelCategory.FORMED_POLICE_UNITS, 140L)
                .putByCategory(PersonnelCategory.POLICE, 3L)
                .putByMission("UNMIL", 250L).build();
        assertThat(contributor.total()).isEqualTo(250);
        assertThat(contributor.troops()).isEqualTo(100);
        assertThat(contributor.police()).isEqualTo(150);
        assertThat(contributor.rank()).isEqualTo(1);
        assertThatThrownBy(() -> Contributor.builder().country(BGD).date(DAY).rank(1).putByCategory(PersonnelCategory.TROOPS, -1L).build())
                .hasMessage("Invalid value for TROOPS: -1 (must not be negative)");
        assertThatThrownBy(() -> Contributor.builder().country(BGD).date(DAY).rank(1).putByMission(" ", 1L).build())
                .hasMessage("Invalid value for mission: \" \" (must not be blank)");
        assertThatThrownBy(() -> Contributor.builder().country(BGD).date(DAY).rank(1).putByMission("UNMIL", -1L).build())
                .hasMessage("Invalid value for UNMIL: -1 (must not be negative)");
        assertThat(Contributor.builder().country(BGD).date(DAY).rank(1).putByMission("UNMIL", 0L).build().total()).isZero();
    }

    @Test
    void appointmentsAreFullAndInOfficeByDefault() {
        Appointment dallaire = Unamir.leadership().get(0);
        assertThat(dallaire.acting()).isFalse();
        assertThat(dallaire.designate()).isFalse();
        Appointment flagged = Appointment.builder().from(dallaire).acting(true).designate(true).build();
        assertThat(flagged).hasToString("FORCE_COMMANDER Romeo Dallaire (CAN) acting designate from 1993-10-05");
        assertThat(flagged).isNotEqualTo(Appointment.builder().from(dallaire).acting(true).build());
    }

    @Test
    void tenureOfAnAppointmentWithAnEndOrWithoutSuccessor() {
        Mission unamir = Unamir.mission();
        Appointment withEnd = Appointment.builder().from(Unamir.leadership().get(0)).end(LocalDate.of(1994, 8, 19)).build();
        assertThat(unamir.tenureOf(withEnd)).hasToString("1993-10-05/1994-08-19");
        Appointment last = Unamir.leadership().get(4);
        assertThat(unamir.tenureOf(last)).hasToString("1994-07-01/1996-04-30");
        Mission active = Unamir.builder().closed((LocalDate) null).build();
        assertThat(active.tenureOf(last)).hasToString("1994-07-01/..");
        Appointment afterClosure = Unamir.appointment(LeadershipRole.CHIEF_OF_STAFF, "Late", "GHA", "1996-05-01");
        assertThat(unamir.tenureOf(afterClosure)).hasToString("1996-05-01/..");
    }

    @Test
    void queriesSortDecisionsRecordedOutOfOrder() {
        List<Mandate> reversed = new java.util.ArrayList<>(Unamir.mandates());
        java.util.Collections.reverse(reversed);
        Mission mission = Unamir.builder().mandates(reversed).build();
        assertThat(mission.decisionsInForce(LocalDate.of(1994, 6, 1))).extracting(m -> m.resolution().number())
                .containsExactly(872, 909, 912, 918);
        assertThat(mission.mandateCoverage()).containsExactly(DateRange.of(Unamir.ESTABLISHED, Unamir.OPERATIONS_ENDED));
    }

    @Test
    void lastRecordedDayOfAnActiveMissionIsItsLatestRecord() {
        LocalDate day = LocalDate.of(1996, 5, 31);
        Mission active = Unamir.builder().closed((LocalDate) null)
                .addComponent(CivilianComponent.of(List.of(CivilianStaffing.of(day, 1, 1, 1)))).build();
        assertThat(active.lastRecordedDay()).isEqualTo(day);
        Mission appointed = Unamir.builder().closed((LocalDate) null)
                .addAppointment(Appointment.builder().from(Unamir.leadership().get(4)).end(LocalDate.of(1996, 6, 30)).build())
                .build();
        assertThat(appointed.lastRecordedDay()).isEqualTo(LocalDate.of(1996, 6, 30));
        Mission reported = Unamir.builder().closed((LocalDate) null).components(List.of(MilitaryComponent.of(List.of(
                Deployment.of(BGD, PersonnelCategory.TROOPS, LocalDate.of(1996, 4, 30), 5))))).build();
        assertThat(reported.lastRecordedDay()).isEqualTo(LocalDate.of(1996, 4, 30));
        assertThat(Unamir.builder().closed((LocalDate) null).build().lastRecordedDay()).isEqualTo(Unamir.OPERATIONS_ENDED);
    }
}
