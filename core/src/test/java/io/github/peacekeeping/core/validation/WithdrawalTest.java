package io.github.peacekeeping.core.validation;

import static io.github.peacekeeping.core.MandateAction.EXTEND;
import static io.github.peacekeeping.core.MandateAction.REDUCE;
import static io.github.peacekeeping.core.MandateAction.TERMINATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.Unamir;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The withdrawal between the end of a mission's operations and its closing. UNAMIR's mandate ended on
 * 8 March 1996 (S/RES/1029 (1995)) and the UN still reported 703 of its personnel on 31 March 1996 (IPI
 * Peacekeeping Database, data_mission.csv); its departure was "staggered over six weeks" (Chicago Tribune,
 * 9 March 1996). The record gives its closing only to the month, April 1996: these tests take the month's
 * last day.
 */
class WithdrawalTest {

    private static final LocalDate OPERATIONS_ENDED = LocalDate.of(1996, 3, 8);
    private static final LocalDate CLOSED = LocalDate.of(1996, 4, 30);
    private static final CountryCode GHA = CountryCode.of("GHA");

    private static Mission.Builder withdrawing() {
        return Unamir.builder().operationsEnded(OPERATIONS_ENDED).closed(CLOSED);
    }

    private static Mission reported(Mission.Builder mission, String date, int total) {
        return mission.components(List.of(MilitaryComponent.of(List.of(
                Deployment.of(GHA, PersonnelCategory.TROOPS, LocalDate.parse(date), total))))).build();
    }

    @Test
    void operationsThenWithdrawal() {
        Mission unamir = withdrawing().build();
        assertThat(unamir.life()).hasToString("1993-10-05/1996-04-30");
        assertThat(unamir.operations()).hasToString("1993-10-05/1996-03-08");
        assertThat(unamir.withdrawal()).contains(DateRange.parse("1996-03-09/1996-04-30"));
        assertThat(unamir.isWithdrawingOn(OPERATIONS_ENDED)).isFalse();
        assertThat(unamir.isWithdrawingOn(LocalDate.of(1996, 3, 9))).isTrue();
        assertThat(unamir.isWithdrawingOn(CLOSED.plusDays(1))).isFalse();
        assertThat(unamir.isActiveOn(LocalDate.of(1996, 3, 31))).isTrue();
        assertThat(unamir.isMandatedOn(LocalDate.of(1996, 3, 31))).isFalse();
    }

    @Test
    void withoutAnEndOfOperationsTheyRunToTheClosingDay() {
        Mission unamir = Unamir.builder().operationsEnded((LocalDate) null).closed(OPERATIONS_ENDED).build();
        assertThat(unamir.operationsEnded()).isEmpty();
        assertThat(unamir.operations()).isEqualTo(unamir.life());
        assertThat(unamir.withdrawal()).isEmpty();
        assertThat(Unamir.builder().operationsEnded(Unamir.CLOSED).build().withdrawal()).isEmpty();
        assertThat(Unamir.mission().withdrawal()).contains(DateRange.parse("1996-03-09/1996-04-30"));
    }

    @Test
    void noWithdrawalWhenNoReadingLeavesADayBetweenTheEndOfOperationsAndTheClosing() {
        // Operations ended "1996" and the mission closed on 1 January 1996: allowed, as one reading puts
        // both on the same day, and no day is left for a withdrawal (the property tests found this).
        Mission sameDay = Unamir.builder().operationsEnded(PartialDate.of(1996)).closed(PartialDate.of(1996, 1, 1)).build();

        assertThat(sameDay.withdrawal()).isEmpty();
        assertThat(sameDay.isWithdrawingOn(LocalDate.of(1996, 1, 1))).isFalse();
        assertThat(Unamir.builder().operationsEnded(PartialDate.of(1996)).closed(PartialDate.of(1996, 1, 2)).build()
                .withdrawal()).contains(DateRange.parse("1996-01-02/1996-01-02"));
    }

    @Test
    void theLastDecisionsStayInForceDuringTheWithdrawal() {
        Mission unamir = withdrawing().build();
        LocalDate march31 = LocalDate.of(1996, 3, 31);
        assertThat(unamir.decisionsInForce(march31)).extracting(m -> m.resolution().number()).endsWith(1028, 1029);
        assertThat(unamir.tasksOn(march31)).containsExactlyInAnyOrder(MandateTask.GOOD_OFFICES,
                MandateTask.REFUGEE_ASSISTANCE, MandateTask.UN_PERSONNEL_PROTECTION);
        assertThat(unamir.ceilingsOn(march31).military()).hasValue(1200);
        assertThat(unamir.decisionsInForce(CLOSED.plusDays(1))).isEmpty();
    }

    @Test
    void personnelReportedInTheWithdrawalAreNoDeploymentOutsideTheLife() {
        assertThat(MissionValidator.validate(reported(withdrawing(), "1996-03-31", 703)).findings()).extracting(Finding::code)
                .containsOnly("PK112");
        assertThat(MissionValidator.validate(reported(withdrawing(), "1996-05-31", 1)).findings("PK107"))
                .extracting(Finding::path).containsExactly("/components/0/deployments/0/date");
        Mission.Builder closedWithTheMandate = Unamir.builder().operationsEnded((LocalDate) null).closed(OPERATIONS_ENDED);
        assertThat(MissionValidator.validate(reported(closedWithTheMandate, "1996-03-31", 703)).findings("PK107")).hasSize(1);
    }

    @Test
    void theWithdrawalNeedsNoMandatePeriod() {
        assertThat(MissionValidator.validate(withdrawing().build()).findings("PK104")).isEmpty();
        Mission closedLaterWithoutWithdrawal = Unamir.builder().operationsEnded((LocalDate) null).closed(CLOSED).build();
        assertThat(MissionValidator.validate(closedLaterWithoutWithdrawal).findings("PK104")).extracting(Finding::message)
                .containsExactly("no mandate period covers 1996-03-09 to 1996-04-30 (53 days): "
                        + "the period set by S/RES/1029 (1995) expired on 1996-03-08");
    }

    @Test
    void aMissionStillWithdrawingIsCheckedForLapsesUpToTheEndOfItsOperations() {
        Mission active = Unamir.builder().closed((LocalDate) null).operationsEnded(OPERATIONS_ENDED).build();
        assertThat(active.withdrawal()).contains(DateRange.startingOn(LocalDate.of(1996, 3, 9)));
        ValidationReport asOf = RuleSet.standard().with(StandardRule.mandateLapseAsOf(LocalDate.of(1996, 12, 31)))
                .validate(active);
        assertThat(asOf.findings("PK104")).isEmpty();
    }

    @Test
    void onlyAWithdrawalDecisionMayTakeEffectInTheWithdrawal() {
        Mission unamir = withdrawing()
                .addMandate(Unamir.decision(1050, "1996-03-20", null, List.of(REDUCE, TERMINATE), null, null))
                .addMandate(Unamir.decision(1051, "1996-04-10", "1996-06-30", List.of(EXTEND), null, null))
                .build();
        assertThat(MissionValidator.validate(unamir).findings("PK101"))
                .extracting(Finding::severity, Finding::path, Finding::message)
                .containsExactly(tuple(Severity.ERROR, "/mandates/10/actions",
                        "S/RES/1051 (1996) does [EXTEND] on 1996-04-10, in the withdrawal after the operations ended "
                                + "on 1996-03-08: only REDUCE, ADJUST and TERMINATE may"));
    }
}
