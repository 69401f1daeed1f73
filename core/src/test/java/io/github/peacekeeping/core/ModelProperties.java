package io.github.peacekeeping.core;

import static io.github.peacekeeping.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.testing.ModelArbitraries;
import io.github.peacekeeping.core.validation.Finding;
import io.github.peacekeeping.core.validation.MissionValidator;
import io.github.peacekeeping.core.validation.Severity;
import io.github.peacekeeping.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Properties of the model over generated missions: the validator never throws and is consistent, and the
 * questions about a day agree with a brute-force reference that walks the decisions one by one.
 */
class ModelProperties {

    @Test
    void validatorNeverThrowsAndReportsConsistently() {
        Set<String> found = new TreeSet<>();
        qt(400).forAll(ModelArbitraries.missions()).checkAssert(mission -> {
            ValidationReport report = MissionValidator.validate(mission);
            assertThat(report.isValid()).isEqualTo(report.findings(Severity.ERROR).isEmpty());
            for (Finding finding : report.findings()) {
                assertThat(finding.code()).matches("PK1[0-9]{2}");
                assertThat(finding.path()).matches("(/[A-Za-z0-9]+)*");
                assertThat(finding.message()).isNotBlank();
            }
            assertThat(MissionValidator.validate(mission)).isEqualTo(report);
            report.findings().forEach(finding -> found.add(finding.code()));
        });
        // The generator must give every rule something to find, or this property would prove little.
        assertThat(found).as("rules that found something").contains("PK101", "PK102", "PK103", "PK104", "PK105",
                "PK106", "PK107", "PK108", "PK109", "PK110", "PK111", "PK112", "PK113", "PK114", "PK115", "PK116",
                "PK117", "PK118", "PK119", "PK122", "PK123", "PK124");
    }

    @Test
    void timeQueriesAgreeWithBruteForce() {
        // The reference below knows the v1 ceilings, the per-contributor deployments and a life without a
        // withdrawal (dates known to the month or year included): the missions are checked without their
        // authorizations by category, their mission-level totals and their end of operations, whose
        // semantics (the newest statement about a category wins; a total gives way to deployments; the
        // withdrawal goes on under the decisions of the mandate that ended) are checked day by day on the
        // UN's own figures by UnamirStrengthAcceptanceTest and UnmissStrengthAcceptanceTest, and case by
        // case by AuthorizationTest, StrengthQueriesTest and WithdrawalTest.
        qt(400).forAll(ModelArbitraries.missions().map(ModelProperties::asInWireFormatV1))
                .checkAssert(ModelProperties::timeQueriesAgreeWithBruteForce);
    }

    private static Mission asInWireFormatV1(Mission mission) {
        List<Mandate> decisions = new ArrayList<>();
        for (Mandate decision : mission.mandates()) {
            decisions.add(Mandate.builder().from(decision).authorizedStrength(List.of()).build());
        }
        List<Component> components = new ArrayList<>();
        for (Component component : mission.components()) {
            if (component instanceof MilitaryComponent military) {
                components.add(MilitaryComponent.builder().from(military).totals(List.of()).build());
            } else if (component instanceof PoliceComponent police) {
                components.add(PoliceComponent.builder().from(police).totals(List.of()).build());
            } else {
                components.add(component);
            }
        }
        return Mission.builder().from(mission).operationsEnded((PartialDate) null).mandates(decisions)
                .components(components).build();
    }

    private static void timeQueriesAgreeWithBruteForce(Mission mission) {
        LocalDate from = mission.established().earliest().minusDays(40);
        LocalDate to = mission.closed().map(PartialDate::latest).orElse(mission.lastRecordedDay()).plusDays(40);
        for (LocalDate day : sampleDays(mission, from, to)) {
            List<Mandate> inForce = referenceDecisionsInForce(mission, day);
            assertThat(mission.decisionsInForce(day)).as("decisions in force on %s", day).isEqualTo(inForce);
            assertThat(mission.isMandatedOn(day)).isEqualTo(mission.isActiveOn(day) && referenceCovered(mission, day));
            for (ComponentType type : ComponentType.values()) {
                assertThat(mission.ceilingsOn(day).forComponent(type)).as("%s ceiling on %s", type, day)
                        .isEqualTo(type == ComponentType.CIVILIAN ? referenceCeiling(inForce, type)
                                : referenceAuthorization(mission, day, type));
            }
            assertThat(mission.tasksOn(day)).isEqualTo(referenceTasks(inForce));
            assertThat(mission.strengthOn(day).map(DeployedStrength::total)).isEqualTo(referenceStrength(mission, day));
        }
    }

    @Test
    void coverageIsOrderedDisjointAndMatchesTheReference() {
        qt(200).forAll(ModelArbitraries.missions()).checkAssert(ModelProperties::coverageIsOrderedDisjointAndMatchesTheReference);
    }

    private static void coverageIsOrderedDisjointAndMatchesTheReference(Mission mission) {
        List<DateRange> coverage = mission.mandateCoverage();
        for (int i = 1; i < coverage.size(); i++) {
            LocalDate previousEnd = coverage.get(i - 1).end().orElseThrow();
            assertThat(coverage.get(i).start()).isAfter(previousEnd.plusDays(1));
        }
        LocalDate from = mission.established().earliest().minusDays(40);
        LocalDate to = mission.lastRecordedDay().plusDays(40);
        for (LocalDate day : sampleDays(mission, from, to)) {
            boolean inCoverage = coverage.stream().anyMatch(r -> r.contains(day));
            assertThat(inCoverage).as("covered on %s", day).isEqualTo(referenceCovered(mission, day));
        }
    }

    @Test
    void validatorNeverThrowsOnTheEdgesOfTime() {
        qt(200).forAll(ModelArbitraries.missions()).checkAssert(ModelProperties::validatorNeverThrowsOnTheEdgesOfTime);
    }

    private static void validatorNeverThrowsOnTheEdgesOfTime(Mission mission) {
        Mandate last = mission.mandates().get(mission.mandates().size() - 1);
        Mission extreme = Mission.builder().from(mission).mandates(List.of())
                .addMandate(Mandate.builder().from(mission.mandates().get(0)).effective(LocalDate.MIN).build())
                .addMandate(Mandate.builder().from(last).expires(LocalDate.MAX).build())
                .addAppointment(Appointment.builder().role(LeadershipRole.CHIEF_OF_STAFF).name("Edge")
                        .nationality(CountryCode.of("SUN")).start(PartialDate.of(0)).end(PartialDate.of(9999)).build())
                .build();
        assertThat(MissionValidator.validate(extreme).findings()).isNotNull();
        assertThat(extreme.decisionsInForce(LocalDate.MAX)).isNotNull();
        assertThat(extreme.lastRecordedDay()).isNotNull();
    }

    /** The boundaries of every period and report, the day before and after each, and the ends of the range. */
    private static List<LocalDate> sampleDays(Mission mission, LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>(List.of(from, to, mission.established().earliest()));
        mission.closed().ifPresent(c -> days.add(c.latest()));
        for (Mandate decision : mission.mandates()) {
            days.add(decision.effective());
            decision.expires().ifPresent(days::add);
        }
        days.addAll(mission.reportingDays());
        List<LocalDate> sample = new ArrayList<>();
        for (LocalDate day : days) {
            sample.add(day.minusDays(1));
            sample.add(day);
            sample.add(day.plusDays(1));
        }
        return sample;
    }

    private static List<Mandate> sortedDecisions(Mission mission) {
        List<Mandate> sorted = new ArrayList<>(mission.mandates());
        sorted.sort(Comparator.comparing(Mandate::effective));
        return sorted;
    }

    /** The period in force is the one the last period-setting decision so far set. */
    private static boolean referenceCovered(Mission mission, LocalDate day) {
        LocalDate end = null;
        for (Mandate decision : sortedDecisions(mission)) {
            if (decision.effective().isAfter(day)) {
                break;
            }
            if (decision.expires().isPresent()) {
                end = decision.expires().get();
            } else if (decision.does(MandateAction.ESTABLISH)) {
                end = LocalDate.MAX;
            }
        }
        return end != null && !day.isAfter(end);
    }

    private static List<Mandate> referenceDecisionsInForce(Mission mission, LocalDate day) {
        if (!mission.isActiveOn(day) || !referenceCovered(mission, day)) {
            return List.of();
        }
        List<Mandate> inForce = new ArrayList<>();
        for (Mandate decision : sortedDecisions(mission)) {
            if (!decision.effective().isAfter(day)) {
                inForce.add(decision);
            }
        }
        return inForce;
    }

    private static OptionalInt referenceCeiling(List<Mandate> inForce, ComponentType type) {
        OptionalInt ceiling = OptionalInt.empty();
        for (Mandate decision : inForce) {
            if (decision.ceilings().isPresent() && decision.ceilings().get().forComponent(type).isPresent()) {
                ceiling = decision.ceilings().get().forComponent(type);
            }
        }
        return ceiling;
    }

    /**
     * A v1 military or police ceiling is an authorization for the whole component: in force in the
     * mission's life from its decision's day until a later decision sets that component's ceiling, lapses or not.
     */
    private static OptionalInt referenceAuthorization(Mission mission, LocalDate day, ComponentType type) {
        OptionalInt ceiling = OptionalInt.empty();
        if (!mission.isActiveOn(day)) {
            return ceiling;
        }
        for (Mandate decision : sortedDecisions(mission)) {
            if (decision.effective().isAfter(day)) {
                break;
            }
            if (decision.ceilings().isPresent() && decision.ceilings().get().forComponent(type).isPresent()) {
                ceiling = decision.ceilings().get().forComponent(type);
            }
        }
        return ceiling;
    }

    private static Set<MandateTask> referenceTasks(List<Mandate> inForce) {
        Set<MandateTask> tasks = EnumSet.noneOf(MandateTask.class);
        for (Mandate decision : inForce) {
            if (decision.tasks().isPresent()) {
                tasks = decision.tasks().get().isEmpty() ? EnumSet.noneOf(MandateTask.class) : EnumSet.copyOf(decision.tasks().get());
            }
        }
        return tasks;
    }

    private static Optional<Long> referenceStrength(Mission mission, LocalDate day) {
        if (!mission.isActiveOn(day)) {
            return Optional.empty();
        }
        List<Deployment<?>> all = new ArrayList<>();
        mission.military().ifPresent(c -> all.addAll(c.deployments()));
        mission.police().ifPresent(c -> all.addAll(c.deployments()));
        LocalDate latest = null;
        for (Deployment<?> deployment : all) {
            if (!deployment.date().isAfter(day) && (latest == null || deployment.date().isAfter(latest))) {
                latest = deployment.date();
            }
        }
        if (latest == null || !mission.isActiveOn(latest)) {
            return Optional.empty();
        }
        long total = 0;
        for (Deployment<?> deployment : all) {
            if (deployment.date().equals(latest)) {
                total += deployment.total();
            }
        }
        return Optional.of(total);
    }
}
