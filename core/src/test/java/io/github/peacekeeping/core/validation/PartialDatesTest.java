package io.github.peacekeeping.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.Unamir;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules on dates known only to the month or the year: each reports only what every reading of the dates
 * gives, and says so by example at both sides of the line.
 */
class PartialDatesTest {

    private static List<Finding> findings(Mission mission, String code) {
        return MissionValidator.validate(mission).findings(code);
    }

    private static PartialDate date(String text) {
        return PartialDate.parse(text);
    }

    private static Appointment appointment(LeadershipRole role, String name, String nationality, String start) {
        return Appointment.builder().role(role).name(name).nationality(CountryCode.of(nationality)).start(date(start))
                .build();
    }

    private static Mission reported(Mission.Builder mission, String day) {
        return mission.components(List.of(MilitaryComponent.of(List.of(
                Deployment.of(CountryCode.of("GHA"), PersonnelCategory.TROOPS, LocalDate.parse(day), 10))))).build();
    }

    @Test
    void pk101ADecisionInTheClosingMonthIsWithinSomeReadingOfTheLife() {
        Mission.Builder unamir = Unamir.builder()
                .addMandate(Unamir.decision(1050, "1996-04-01", null, List.of(MandateAction.TERMINATE), null, null));
        assertThat(findings(unamir.closed(date("1996-04")).build(), "PK101")).isEmpty();
        assertThat(findings(unamir.closed(date("1996-03")).build(), "PK101")).extracting(Finding::path, Finding::message)
                .containsExactly(tuple("/mandates/9/effective",
                        "S/RES/1050 (1996) takes effect on 1996-04-01, outside the mission's life 1993-10-05/1996-03-31"));
    }

    @Test
    void pk101AnExtensionIsReportedOnlyAfterEveryReadingOfTheEndOfOperations() {
        Mission.Builder unamir = Unamir.builder().operationsEnded(date("1996-03")).closed(date("1996-04"))
                .addMandate(Unamir.decision(1050, "1996-03-20", "1996-04-30", List.of(MandateAction.EXTEND), null, null));
        assertThat(findings(unamir.build(), "PK101")).isEmpty();
        assertThat(findings(unamir.operationsEnded(LocalDate.of(1996, 3, 8)).build(), "PK101"))
                .extracting(Finding::path).containsExactly("/mandates/9/actions");
    }

    @Test
    void pk104ChecksTheDaysEveryReadingPutsInTheOperations() {
        assertThat(findings(Unamir.builder().established(date("1993-10")).build(), "PK104")).isEmpty();
        assertThat(findings(Unamir.builder().established(date("1993-09")).build(), "PK104"))
                .extracting(Finding::path, Finding::message).containsExactly(tuple("/established",
                        "no mandate period covers 1993-09-30 to 1993-10-04 (5 days), between the mission's "
                                + "establishment on 1993-09 and its first mandate period"));
        Mission.Builder closedWithoutWithdrawal = Unamir.builder().operationsEnded((LocalDate) null);
        assertThat(findings(closedWithoutWithdrawal.closed(date("1996-03")).build(), "PK104")).isEmpty();
        assertThat(findings(closedWithoutWithdrawal.closed(date("1996-04")).build(), "PK104")).extracting(Finding::message)
                .containsExactly("no mandate period covers 1996-03-09 to 1996-04-01 (24 days): "
                        + "the period set by S/RES/1029 (1995) expired on 1996-03-08");
    }

    @Test
    void pk107ADeploymentInTheClosingMonthMayBeWithinTheLife() {
        Mission.Builder april = Unamir.builder().closed(date("1996-04"));
        assertThat(findings(reported(april, "1996-04-30"), "PK107")).isEmpty();
        assertThat(findings(reported(april, "1996-05-31"), "PK107")).extracting(Finding::message).containsExactly(
                "the deployment GHA TROOPS 1996-05-31: 10 is dated outside the mission's life 1993-10-05/1996-04-30");
        assertThat(findings(reported(Unamir.builder().established(date("1993-10")), "1993-10-01"), "PK107")).isEmpty();
    }

    @Test
    void pk111TwoTenuresOverlapOnlyIfEveryReadingSaysSo() {
        List<Appointment> leadership = new ArrayList<>(Unamir.leadership());
        leadership.set(1, appointment(LeadershipRole.FORCE_COMMANDER, "Guy Tousignant", "CAN", "1994-08"));
        leadership.set(0, Appointment.builder().from(leadership.get(0)).end(date("1994-08")).build());
        assertThat(findings(Unamir.builder().leadership(leadership).build(), "PK111")).isEmpty();
        leadership.set(0, Appointment.builder().from(leadership.get(0)).end(date("1994-09")).build());
        assertThat(findings(Unamir.builder().leadership(leadership).build(), "PK111"))
                .extracting(Finding::path, Finding::message).containsExactly(tuple("/leadership/1/start",
                        "Guy Tousignant starts as FORCE_COMMANDER in 1994-08 while Romeo Dallaire holds the role "
                                + "(/leadership/0, from 1993-10-05 to 1994-09)"));
    }

    @Test
    void pk111AnEndKnownToTheMonthLastsAtLeastUntilTheStart() {
        // First from 15 December 1995 to some day of December, at least the 15th; Second 10 to 20 December:
        // they share the 15th whatever the readings.
        Appointment first = Appointment.builder()
                .from(appointment(LeadershipRole.CHIEF_OF_STAFF, "First", "GHA", "1995-12-15")).end(date("1995-12")).build();
        Appointment second = Appointment.builder()
                .from(appointment(LeadershipRole.CHIEF_OF_STAFF, "Second", "BGD", "1995-12-10")).end(date("1995-12-20"))
                .build();
        Mission mission = Unamir.builder().addAppointment(first).addAppointment(second).build();
        assertThat(findings(mission, "PK111")).extracting(Finding::path, Finding::message).containsExactly(tuple(
                "/leadership/5/start", "First starts as CHIEF_OF_STAFF on 1995-12-15 while Second holds the role "
                        + "(/leadership/6, from 1995-12-10 to 1995-12-20)"));
    }

    @Test
    void pk111IsReportedAtTheLaterStartWhateverTheOrderRecorded() {
        List<Appointment> leadership = new ArrayList<>(Unamir.leadership());
        leadership.set(0, Appointment.builder().from(leadership.get(0)).end(date("1994-09")).build());
        java.util.Collections.swap(leadership, 0, 1);
        assertThat(findings(Unamir.builder().leadership(leadership).build(), "PK111")).extracting(Finding::path)
                .containsExactly("/leadership/0/start");
    }

    @Test
    void pk111TwoHoldersFromTheSameMonthMayHaveFollowedEachOther() {
        Mission mission = Unamir.builder()
                .addAppointment(appointment(LeadershipRole.CHIEF_OF_STAFF, "First", "GHA", "1994-08"))
                .addAppointment(appointment(LeadershipRole.CHIEF_OF_STAFF, "Second", "BGD", "1994-08"))
                .build();
        assertThat(findings(mission, "PK111")).isEmpty();
    }

    @Test
    void pk114AStartInTheEstablishingMonthMayBeWithinTheLife() {
        Mission october = Unamir.builder()
                .addAppointment(appointment(LeadershipRole.CHIEF_OF_STAFF, "Early", "BEL", "1993-10")).build();
        assertThat(findings(october, "PK114")).isEmpty();
        Mission september = Unamir.builder()
                .addAppointment(appointment(LeadershipRole.CHIEF_OF_STAFF, "Too Early", "BEL", "1993-09")).build();
        assertThat(findings(september, "PK114")).extracting(Finding::message).containsExactly(
                "Too Early starts as CHIEF_OF_STAFF in 1993-09, outside the mission's life 1993-10-05/1996-04-30");
        Mission designate = Unamir.builder().addAppointment(Appointment.builder()
                .from(appointment(LeadershipRole.HEAD_OF_MISSION, "Designate", "BEL", "1992")).designate(true).build())
                .build();
        assertThat(findings(designate, "PK114")).isEmpty();
    }

    @Test
    void pk116ANationalityIsReportedOnlyIfNoDayOfTheStartNamesTheState() {
        Mission year = Unamir.builder().closed((LocalDate) null)
                .addAppointment(appointment(LeadershipRole.CHIEF_OF_STAFF, "Juba", "SSD", "2011")).build();
        assertThat(findings(year, "PK116")).isEmpty();
        Mission june = Unamir.builder().closed((LocalDate) null)
                .addAppointment(appointment(LeadershipRole.CHIEF_OF_STAFF, "Juba", "SSD", "2011-06")).build();
        assertThat(findings(june, "PK116")).extracting(Finding::message).containsExactly(
                "SSD (South Sudan) is the nationality of Juba on 2011-06, outside the days the code names its state: "
                        + "2011-07-09/..");
    }
}
