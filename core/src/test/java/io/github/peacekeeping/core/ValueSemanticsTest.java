package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Equal values are equal, print what they hold, and never let a caller change them. */
class ValueSemanticsTest {

    private static final LocalDate DAY = LocalDate.of(2011, 6, 30);
    private static final CountryCode BGD = CountryCode.of("BGD");

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("Mission", (Supplier<Object>) Unamir::mission,
                        Unamir.builder().name("Another name").build(),
                        "UNAMIR (United Nations Assistance Mission for Rwanda, 1993-10-05/1996-04)"),
                Arguments.of("Mandate", (Supplier<Object>) () -> Unamir.mandates().get(3), Unamir.mandates().get(4),
                        "S/RES/918 (1994) [EXPAND, ADJUST] from 1994-05-17"),
                Arguments.of("Resolution", (Supplier<Object>) () -> Unamir.mandates().get(0).resolution(),
                        Unamir.mandates().get(1).resolution(), "S/RES/872 (1993) of 1993-10-05, 15-0-0"),
                Arguments.of("Vote", (Supplier<Object>) () -> Vote.of(11, 2, 2, CountryCode.of("RUS"), CountryCode.of("BOL")),
                        Vote.of(11, 2, 2), "11-2-2 against [RUS, BOL]"),
                Arguments.of("Ceilings", (Supplier<Object>) () -> Ceilings.of(2548, 60), Ceilings.of(2548, 61),
                        "Ceilings{military=2548, police=60}"),
                Arguments.of("Deployment", (Supplier<Object>) () -> Deployment.of(BGD, PersonnelCategory.TROOPS, DAY, 1442, 6),
                        Deployment.of(BGD, PersonnelCategory.TROOPS, DAY, 1442), "BGD TROOPS 2011-06-30: 1442, 6 female"),
                Arguments.of("CivilianStaffing", (Supplier<Object>) () -> CivilianStaffing.of(DAY, 1, 2, 3),
                        CivilianStaffing.of(DAY, 1, 2, 4), "CivilianStaffing{date=2011-06-30, international=1, national=2, volunteers=3}"),
                Arguments.of("MilitaryComponent", (Supplier<Object>) () -> MilitaryComponent.of(
                        List.of(Deployment.of(BGD, PersonnelCategory.TROOPS, DAY, 1442))),
                        MilitaryComponent.of(List.of()), "military component, 1 deployments"),
                Arguments.of("PoliceComponent", (Supplier<Object>) () -> PoliceComponent.of(List.of()),
                        PoliceComponent.of(List.of(Deployment.of(BGD, PersonnelCategory.FORMED_POLICE_UNITS, DAY, 140))),
                        "police component, 0 deployments"),
                Arguments.of("CivilianComponent", (Supplier<Object>) () -> CivilianComponent.of(List.of()),
                        CivilianComponent.of(List.of(CivilianStaffing.of(DAY, 1, 2, 3))), "civilian component, 0 staffing reports"),
                Arguments.of("Appointment", (Supplier<Object>) () -> Unamir.leadership().get(0), Unamir.leadership().get(1),
                        "FORCE_COMMANDER Romeo Dallaire (CAN) from 1993-10-05"),
                Arguments.of("ContributionRecord", (Supplier<Object>) () -> ContributionRecord.of("UNMIL",
                        Deployment.of(BGD, PersonnelCategory.TROOPS, DAY, 1442, 6)),
                        ContributionRecord.of("UNMISS", Deployment.of(BGD, PersonnelCategory.TROOPS, DAY, 1442, 6)),
                        "UNMIL BGD TROOPS 2011-06-30: 1442, 6 female"),
                Arguments.of("DateRange", (Supplier<Object>) () -> DateRange.of(DAY, DAY), DateRange.startingOn(DAY),
                        "2011-06-30/2011-06-30"),
                Arguments.of("PersonnelTotal", (Supplier<Object>) () -> PersonnelTotal.of(PersonnelCategory.TROOPS, DAY, 7952, 120),
                        PersonnelTotal.of(PersonnelCategory.TROOPS, DAY, 7952), "TROOPS 2011-06-30: 7952, 120 female"),
                Arguments.of("Authorization", (Supplier<Object>) () -> Authorization.of(
                        List.of(PersonnelCategory.TROOPS, PersonnelCategory.STAFF_OFFICERS), 2330, LocalDate.of(1995, 9, 9)),
                        Authorization.of(List.of(PersonnelCategory.TROOPS, PersonnelCategory.STAFF_OFFICERS), 2330),
                        "TROOPS+STAFF_OFFICERS up to 2330 from 1995-09-09"),
                Arguments.of("AuthorizationPeriod", (Supplier<Object>) () -> Unamir.mission().authorizationHistory().get(2),
                        Unamir.mission().authorizationHistory().get(3),
                        "TROOPS+STAFF_OFFICERS+EXPERTS_ON_MISSION up to 270 by S/RES/912 (1994), 1994-04-21/1994-05-16"),
                Arguments.of("DeploymentGap", (Supplier<Object>) () -> DeploymentGap.of(DAY, 7479, 12500),
                        DeploymentGap.withoutAuthorization(DAY, 7479), "2011-06-30: 7479 of 12500 deployed, gap 5021"),
                Arguments.of("MilitaryComponent with totals", (Supplier<Object>) () -> MilitaryComponent.builder()
                        .addTotal(PersonnelTotal.of(PersonnelCategory.TROOPS, DAY, 7952)).build(),
                        MilitaryComponent.of(List.of()), "military component, 0 deployments, 1 totals"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void equalWhenBuiltAlikeAndPrintable(String type, Supplier<Object> make, Object different, String text) {
        Object one = make.get();
        Object two = make.get();
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two).isNotEqualTo(different).isNotEqualTo(null);
        assertThat(one).hasToString(text);
    }

    @Test
    void returnedCollectionsCannotBeChanged() {
        Mission mission = Unamir.builder().mandates(UnamirStrength.mandates()).components(List.of(
                MilitaryComponent.builder().addDeployment(Deployment.of(BGD, PersonnelCategory.TROOPS, LocalDate.of(1994, 6, 30), 10))
                        .addTotal(PersonnelTotal.of(PersonnelCategory.STAFF_OFFICERS, LocalDate.of(1994, 6, 30), 10)).build(),
                CivilianComponent.of(List.of(CivilianStaffing.of(LocalDate.of(1994, 6, 30), 1, 2, 3))))).build();
        Mandate mandate = mission.mandates().get(0);
        List<Collection<?>> collections = List.of(mission.hosts(), mission.mandates(), mission.components(),
                mission.leadership(), mandate.actions(), mandate.tasks().orElseThrow(), mission.military().orElseThrow().deployments(),
                mission.civilian().orElseThrow().staffing(), mission.decisionsInForce(LocalDate.of(1994, 6, 1)),
                mission.tasksOn(LocalDate.of(1994, 6, 1)), mission.mandateCoverage(),
                mission.leadershipOn(LocalDate.of(1994, 6, 1)), mission.reportingDays(),
                mission.authorizationHistory(), mission.authorizationsOn(LocalDate.of(1994, 6, 1)),
                mission.deploymentGaps(ComponentType.MILITARY.categories()), mandate.authorizations(),
                mission.mandates().get(3).authorizedStrength(), mission.mandates().get(8).authorizations(),
                ComponentType.MILITARY.categories(),
                Authorization.of(List.of(PersonnelCategory.TROOPS), 1).categories(),
                mission.military().orElseThrow().totals(),
                Vote.of(11, 2, 2, CountryCode.of("RUS")).against(), CountryCode.values(), PersonnelCategory.values());
        for (Collection<?> collection : collections) {
            assertThatThrownBy(collection::clear).isInstanceOf(UnsupportedOperationException.class);
        }
        Contributor contributor = Contributor.rankingOn(LocalDate.of(1994, 6, 30), List.of(mission)).get(0);
        for (Map<?, ?> map : List.of(contributor.byCategory(), contributor.byMission())) {
            assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void buildersCopyTheCallersCollections() {
        List<MandateTask> tasks = new ArrayList<>(List.of(MandateTask.GOOD_OFFICES));
        List<CountryCode> hosts = new ArrayList<>(List.of(Unamir.RWANDA));
        Mandate mandate = Mandate.builder().from(Unamir.mandates().get(0)).tasks(tasks).build();
        Mission mission = Unamir.builder().hosts(hosts).build();
        tasks.add(MandateTask.DDR_ASSISTANCE);
        hosts.add(CountryCode.of("UGA"));
        assertThat(mandate.tasks()).contains(List.of(MandateTask.GOOD_OFFICES));
        assertThat(mission.hosts()).containsExactly(Unamir.RWANDA);
        assertThatThrownBy(() -> mandate.tasks().orElseThrow().add(MandateTask.DDR_ASSISTANCE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void copyingThroughTheBuilderGivesAnEqualValue() {
        Mission mission = Unamir.mission();
        assertThat(Mission.builder().from(mission).build()).isEqualTo(mission);
        Mandate mandate = Unamir.mandates().get(5);
        assertThat(Mandate.builder().from(mandate).build()).isEqualTo(mandate);
    }
}
