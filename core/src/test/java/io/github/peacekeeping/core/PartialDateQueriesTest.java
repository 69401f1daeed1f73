package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mission's queries on dates known only to the month or the year answer for every reading: a day counts
 * when some reading puts it in the life or a tenure. UNAMIR closed in April 1996 and its Force Commanders
 * are known to the month (unamir-v2.json of the wire format).
 */
class PartialDateQueriesTest {

    private static final Mission UNAMIR = Unamir.mission();

    @Test
    void theLifeHoldsEveryDayOfTheClosingMonth() {
        assertThat(UNAMIR.closed()).contains(PartialDate.parse("1996-04"));
        assertThat(UNAMIR.life()).hasToString("1993-10-05/1996-04-30");
        assertThat(UNAMIR.isActiveOn(LocalDate.of(1996, 4, 30))).isTrue();
        assertThat(UNAMIR.isActiveOn(LocalDate.of(1996, 5, 1))).isFalse();
        assertThat(UNAMIR.withdrawal()).contains(DateRange.parse("1996-03-09/1996-04-30"));
        assertThat(UNAMIR.lastRecordedDay()).isEqualTo(LocalDate.of(1996, 4, 30));
        assertThat(UNAMIR).hasToString("UNAMIR (United Nations Assistance Mission for Rwanda, 1993-10-05/1996-04)");
    }

    @Test
    void aMonthOfEstablishmentCountsFromItsFirstDay() {
        Mission mission = Unamir.builder().established(PartialDate.of(1993, 10)).build();
        assertThat(mission.life()).hasToString("1993-10-01/1996-04-30");
        assertThat(mission.operations()).hasToString("1993-10-01/1996-03-08");
        assertThat(Unamir.builder().established(PartialDate.of(1993)).operationsEnded(PartialDate.of(1996, 3)).build()
                .operations()).hasToString("1993-01-01/1996-03-31");
    }

    @Test
    void tenuresRunToTheLastDayTheSuccessorMayHaveStarted() {
        List<Appointment> leaders = UNAMIR.leadership();
        assertThat(UNAMIR.tenureOf(leaders.get(0))).hasToString("1993-10-05/1994-08-30");
        assertThat(UNAMIR.tenureOf(leaders.get(1))).hasToString("1994-08-01/1995-12-30");
        assertThat(UNAMIR.tenureOf(leaders.get(2))).hasToString("1995-12-01/1996-04-30");
        assertThat(UNAMIR.leadershipOn(LocalDate.of(1994, 8, 15))).extracting(Appointment::name)
                .containsExactly("Romeo Dallaire", "Guy Tousignant", "Shaharyar Khan");
        assertThat(UNAMIR.leadershipOn(LocalDate.of(1995, 6, 1))).extracting(Appointment::name)
                .containsExactly("Guy Tousignant", "Shaharyar Khan");
        Appointment lastDay = Unamir.appointment(LeadershipRole.CHIEF_OF_STAFF, "Last Day", "GHA", "1996-04-30");
        assertThat(UNAMIR.tenureOf(lastDay)).hasToString("1996-04-30/1996-04-30");
        Appointment recordedEnd = Appointment.builder().from(leaders.get(1)).end(PartialDate.of(1995, 12)).build();
        assertThat(UNAMIR.tenureOf(recordedEnd)).hasToString("1994-08-01/1995-12-31");
    }

    @Test
    void datesAreRefusedOnlyWhenEveryReadingIsOutOfOrder() {
        assertThat(Unamir.builder().operationsEnded((LocalDate) null).closed(PartialDate.of(1993, 10)).build().closed())
                .contains(PartialDate.of(1993, 10));
        assertThatThrownBy(() -> Unamir.builder().closed(PartialDate.of(1993, 9)).build())
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for closed: 1993-09 (must not be before established 1993-10-05)");
        assertThatThrownBy(() -> Unamir.builder().operationsEnded(PartialDate.of(1993)).closed(PartialDate.of(1992)).build())
                .hasMessage("Invalid value for closed: 1992 (must not be before established 1993-10-05)");
        assertThatThrownBy(() -> Unamir.builder().operationsEnded(PartialDate.of(1996, 5)).closed(PartialDate.of(1996, 4))
                .build()).hasMessage("Invalid value for closed: 1996-04 (must not be before operationsEnded 1996-05)");
        assertThat(Appointment.builder().from(UNAMIR.leadership().get(2)).end(PartialDate.of(1995, 12)).build().end())
                .contains(PartialDate.of(1995, 12));
        assertThatThrownBy(() -> Appointment.builder().from(UNAMIR.leadership().get(2)).end(PartialDate.of(1995, 11))
                .build()).hasMessage("Invalid value for end: 1995-11 (must not be before start 1995-12)");
    }

    @Test
    void theBuildersTakeDaysAsLocalDates() {
        Mission exact = Unamir.builder().established(LocalDate.of(1993, 10, 5)).closed(LocalDate.of(1996, 3, 8))
                .operationsEnded((LocalDate) null).build();
        assertThat(exact.established()).isEqualTo(PartialDate.of(1993, 10, 5));
        assertThat(exact.established().exactDay()).contains(LocalDate.of(1993, 10, 5));
        assertThat(exact.operationsEnded()).isEmpty();
        assertThat(Unamir.builder().closed((LocalDate) null).build().closed()).isEmpty();
        assertThatThrownBy(() -> Unamir.builder().established((LocalDate) null))
                .isInstanceOf(MissingValueException.class).hasMessage("Missing value for established (required)");
        assertThatThrownBy(() -> Unamir.builder().closed(LocalDate.of(10000, 1, 1))).isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for closed: +10000-01-01 (year must be 0 to 9999, the four digits of ISO 8601)");
        assertThatThrownBy(() -> Appointment.builder().start((LocalDate) null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for start (required)");
    }
}
