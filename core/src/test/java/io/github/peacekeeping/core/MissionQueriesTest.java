package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The questions a mission answers about a day, on UNAMIR's real history. */
class MissionQueriesTest {

    private static final Mission UNAMIR = Unamir.mission();

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @ParameterizedTest
    @CsvSource({"1993-10-04, false", "1993-10-05, true", "1996-03-08, true", "1996-03-09, true", "1996-04-30, true",
        "1996-05-01, false"})
    void activeWithinItsLifeBothEndsIncluded(LocalDate date, boolean active) {
        // Closed in April 1996: every day of April is in some reading of the life.
        assertThat(UNAMIR.isActiveOn(date)).isEqualTo(active);
        assertThat(UNAMIR.life()).hasToString("1993-10-05/1996-04-30");
    }

    @Test
    void decisionsInForceDuringTheGenocide() {
        assertThat(UNAMIR.decisionsInForce(day("1994-06-01")))
                .extracting(m -> m.resolution().number()).containsExactly(872, 909, 912, 918);
        assertThat(UNAMIR.decisionsInForce(day("1993-10-04"))).isEmpty();
        assertThat(UNAMIR.decisionsInForce(day("1996-05-01"))).isEmpty();
    }

    @Test
    void tasksInForceAreThoseOfTheLatestDecisionThatSetTasks() {
        // 918 (17 May 1994) replaced the tasks of 912; 925 (8 June) extended without touching them.
        assertThat(UNAMIR.tasksOn(day("1994-06-30"))).containsExactly(MandateTask.PROTECTION_OF_CIVILIANS,
                MandateTask.HUMANITARIAN_ASSISTANCE, MandateTask.ARMS_EMBARGO_MONITORING);
        assertThat(UNAMIR.tasksOn(day("1994-04-21"))).containsExactly(MandateTask.LIAISON_BETWEEN_PARTIES,
                MandateTask.HUMANITARIAN_ASSISTANCE);
        assertThat(UNAMIR.tasksOn(day("1996-05-01"))).isEmpty();
    }

    @Test
    void ceilingsInForceCombineTheLatestValueOfEachComponent() {
        // 912 cut the military ceiling to 270 on 21 April 1994; the police ceiling of 872 (60) stayed.
        Ceilings april = UNAMIR.ceilingsOn(day("1994-04-30"));
        assertThat(april.military()).hasValue(270);
        assertThat(april.police()).hasValue(60);
        assertThat(april.civilian()).isEmpty();
        assertThat(UNAMIR.ceilingsOn(day("1994-05-17")).military()).hasValue(5500);
        assertThat(UNAMIR.ceilingsOn(day("1994-05-16")).military()).hasValue(270);
        Ceilings last = UNAMIR.ceilingsOn(day("1996-01-01"));
        assertThat(last.military()).hasValue(1200);
        assertThat(last.police()).hasValue(0);
        assertThat(UNAMIR.ceilingsOn(day("1993-01-01")).isEmpty()).isTrue();
    }

    @Test
    void authorizationsInForceAreTheNewestStatementAboutEachCategory() {
        // On 30 April 1994 the military ceiling is 912's (270), the police ceiling still 872's (60).
        assertThat(UNAMIR.authorizationsOn(day("1994-04-30"))).extracting(AuthorizationPeriod::toString).containsExactly(
                "INDIVIDUAL_POLICE+FORMED_POLICE_UNITS+POLICE up to 60 by S/RES/872 (1993), 1993-10-05/1995-12-11",
                "TROOPS+STAFF_OFFICERS+EXPERTS_ON_MISSION up to 270 by S/RES/912 (1994), 1994-04-21/1994-05-16");
        assertThat(UNAMIR.authorizationHistory()).extracting(p -> p.decision().resolution().number(),
                p -> p.authorization().maximum(), p -> p.period().toString()).containsExactly(
                tuple(872, 2548, "1993-10-05/1994-04-20"),
                tuple(872, 60, "1993-10-05/1995-12-11"),
                tuple(912, 270, "1994-04-21/1994-05-16"),
                tuple(918, 5500, "1994-05-17/1995-06-08"),
                tuple(997, 2330, "1995-06-09/1995-12-11"),
                tuple(1029, 1200, "1995-12-12/1996-04-30"),
                tuple(1029, 0, "1995-12-12/1996-04-30"));
        assertThat(UNAMIR.authorizationsOn(day("1993-10-04"))).isEmpty();
        // The withdrawal (after 8 March 1996) keeps the last authorizations; after the closing month, none.
        assertThat(UNAMIR.authorizationsOn(day("1996-03-09"))).hasSize(2);
        assertThat(UNAMIR.authorizationsOn(day("1996-05-01"))).isEmpty();
    }

    @Test
    void phasedAuthorizationsByCategoryAsS_RES_918_997_And1029SetThem() {
        Mission unamir = Unamir.builder().mandates(UnamirStrength.mandates()).build();
        List<PersonnelCategory> military = ComponentType.MILITARY.categories();
        List<PersonnelCategory> troopsAndStaff = List.of(PersonnelCategory.TROOPS, PersonnelCategory.STAFF_OFFICERS);
        List<PersonnelCategory> observers = List.of(PersonnelCategory.EXPERTS_ON_MISSION);

        // 918's authorization for troops and staff officers ends 912's for all military personnel.
        assertThat(unamir.authorizedOn(day("1994-05-16"), military)).hasValue(270);
        assertThat(unamir.authorizedOn(day("1994-05-17"), military)).hasValue(5500 + 320);
        assertThat(unamir.authorizedOn(day("1994-05-17"), troopsAndStaff)).hasValue(5500);
        assertThat(unamir.authorizedOn(day("1994-05-17"), observers)).hasValue(320);
        // Troops alone have no cap of their own: 918 capped them with the staff officers.
        assertThat(unamir.authorizedOn(day("1994-05-17"), List.of(PersonnelCategory.TROOPS))).isEmpty();
        // 997: "to 2,330 within three months and to 1,800 within four months" of 9 June 1995.
        assertThat(unamir.authorizedOn(day("1995-09-08"), troopsAndStaff)).hasValue(5500);
        assertThat(unamir.authorizedOn(day("1995-09-09"), troopsAndStaff)).hasValue(2330);
        assertThat(unamir.authorizedOn(day("1995-10-09"), troopsAndStaff)).hasValue(1800);
        assertThat(unamir.authorizedOn(day("1995-10-09"), military)).hasValue(1800 + 320);
        // 1029: 1,200 troops and 200 observers, and no police.
        assertThat(unamir.authorizedOn(day("1995-12-12"), military)).hasValue(1200 + 200);
        assertThat(unamir.authorizedOn(day("1995-12-12"), ComponentType.POLICE.categories())).hasValue(0);
        assertThat(unamir.ceilingsOn(day("1995-12-12")).military()).hasValue(1400);
        assertThat(unamir.authorizedOn(day("1993-10-04"), military)).isEmpty();
        assertThat(unamir.authorizationsOn(day("1995-10-09"))).extracting(AuthorizationPeriod::toString).containsExactly(
                "INDIVIDUAL_POLICE+FORMED_POLICE_UNITS+POLICE up to 60 by S/RES/872 (1993), 1993-10-05/1995-12-11",
                "EXPERTS_ON_MISSION up to 320 by S/RES/918 (1994), 1994-05-17/1995-12-11",
                "TROOPS+STAFF_OFFICERS up to 1800 from 1995-10-09 by S/RES/997 (1995), 1995-10-09/1995-12-11");
    }

    @Test
    void coverageOfContinuousPeriods() {
        assertThat(UNAMIR.mandateCoverage()).containsExactly(DateRange.of(Unamir.ESTABLISHED, Unamir.OPERATIONS_ENDED));
    }

    @Test
    void noDecisionIsInForceInALapse() {
        List<Mandate> mandates = new ArrayList<>(Unamir.mandates());
        mandates.remove(4); // 925, which extended the mandate beyond 29 July 1994
        Mission lapsed = Unamir.builder().mandates(mandates).build();
        assertThat(lapsed.mandateCoverage()).containsExactly(
                DateRange.of(day("1993-10-05"), day("1994-07-29")), DateRange.of(day("1994-11-30"), day("1996-03-08")));
        assertThat(lapsed.isMandatedOn(day("1994-07-29"))).isTrue();
        assertThat(lapsed.isMandatedOn(day("1994-07-30"))).isFalse();
        assertThat(lapsed.decisionsInForce(day("1994-08-15"))).isEmpty();
        // An authorization stays in force until a newer one or the mission's closing: a lapse does not end it.
        assertThat(lapsed.ceilingsOn(day("1994-08-15")).military()).hasValue(5500);
        assertThat(lapsed.ceilingsOn(day("1994-08-15")).civilian()).isEmpty();
        assertThat(lapsed.decisionsInForce(day("1994-11-30"))).hasSize(5);
    }

    @Test
    void openEndedEstablishment() {
        // UNTSO: established by resolution 50 (1948) of 29 May 1948 and never given a fixed period.
        Mandate establish = Mandate.builder()
                .resolution(Resolution.builder(ResolutionSymbol.parse("S/RES/50 (1948)"), day("1948-05-29")).build())
                .addAction(MandateAction.ESTABLISH).effective(day("1948-05-29")).chapterVII(false)
                .tasks(List.of(MandateTask.CEASEFIRE_MONITORING)).build();
        Mission untso = Mission.builder().acronym("UNTSO").name("United Nations Truce Supervision Organization")
                .addHost(CountryCode.of("ISR")).region(Region.MIDDLE_EAST).established(day("1948-05-29"))
                .addMandate(establish).build();
        assertThat(untso.mandateCoverage()).containsExactly(DateRange.startingOn(day("1948-05-29")));
        assertThat(untso.isMandatedOn(day("2026-11-28"))).isTrue();
        assertThat(untso.tasksOn(day("2026-11-28"))).containsExactly(MandateTask.CEASEFIRE_MONITORING);
        assertThat(untso.lastRecordedDay()).isEqualTo(day("1948-05-29"));
    }

    @Test
    void strengthOnADayIsTheLatestReport() {
        CountryCode ghana = CountryCode.of("GHA");
        Mission mission = Unamir.builder().components(List.of(
                MilitaryComponent.of(List.of(
                        Deployment.of(ghana, PersonnelCategory.TROOPS, day("1994-05-31"), 300),
                        Deployment.of(ghana, PersonnelCategory.STAFF_OFFICERS, day("1994-05-31"), 20),
                        Deployment.of(ghana, PersonnelCategory.TROOPS, day("1994-06-30"), 400))),
                PoliceComponent.of(List.of(
                        Deployment.of(ghana, PersonnelCategory.INDIVIDUAL_POLICE, day("1994-05-31"), 7, 2))))).build();
        DeployedStrength june15 = mission.strengthOn(day("1994-06-15")).orElseThrow();
        assertThat(june15.reportedOn()).isEqualTo(day("1994-05-31"));
        assertThat(june15.total(PersonnelCategory.TROOPS)).isEqualTo(300);
        assertThat(june15.total(ComponentType.MILITARY)).isEqualTo(320);
        assertThat(june15.total(ComponentType.POLICE)).isEqualTo(7);
        assertThat(june15.total(ComponentType.CIVILIAN)).isZero();
        assertThat(june15.total()).isEqualTo(327);
        DeployedStrength july = mission.strengthOn(day("1994-07-01")).orElseThrow();
        assertThat(july.reportedOn()).isEqualTo(day("1994-06-30"));
        assertThat(july.total()).isEqualTo(400);
        assertThat(mission.strengthOn(day("1994-05-30"))).isEmpty();
        assertThat(mission.strengthOn(day("1996-05-01"))).isEmpty();
        assertThat(mission.reportingDays()).containsExactly(day("1994-05-31"), day("1994-06-30"));
        assertThat(mission.lastRecordedDay()).isEqualTo(Unamir.CLOSED.latest());
    }

    @Test
    void tenureRunsToTheNextAppointmentOrTheClosure() {
        List<Appointment> leaders = UNAMIR.leadership();
        // Known to the month, a tenure runs to the last day before the successor may have started.
        assertThat(UNAMIR.tenureOf(leaders.get(0))).hasToString("1993-10-05/1994-08-30");
        assertThat(UNAMIR.tenureOf(leaders.get(1))).hasToString("1994-08-01/1995-12-30");
        assertThat(UNAMIR.tenureOf(leaders.get(2))).hasToString("1995-12-01/1996-04-30");
        assertThat(UNAMIR.tenureOf(leaders.get(3))).hasToString("1993-11-01/1994-07-30");
        assertThat(UNAMIR.leadershipOn(day("1994-07-15"))).extracting(Appointment::name)
                .containsExactly("Romeo Dallaire", "Jacques-Roger Booh-Booh", "Shaharyar Khan");
        assertThat(UNAMIR.leadershipOn(day("1995-06-30"))).extracting(Appointment::name)
                .containsExactly("Guy Tousignant", "Shaharyar Khan");
        assertThat(UNAMIR.leadershipOn(day("1993-10-20"))).extracting(Appointment::name).containsExactly("Romeo Dallaire");
    }

    @Test
    void componentsByType() {
        assertThat(UNAMIR.military()).isPresent();
        assertThat(UNAMIR.police()).isPresent();
        assertThat(UNAMIR.civilian()).isEmpty();
        assertThat(UNAMIR.hasComponent(ComponentType.MILITARY)).isTrue();
        assertThat(UNAMIR.hasComponent(ComponentType.CIVILIAN)).isFalse();
    }
}
