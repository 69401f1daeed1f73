package io.github.peacekeeping.core;

import static io.github.peacekeeping.core.PersonnelCategory.EXPERTS_ON_MISSION;
import static io.github.peacekeeping.core.PersonnelCategory.STAFF_OFFICERS;
import static io.github.peacekeeping.core.PersonnelCategory.TROOPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Authorized and deployed strength on UNAMIR, where the record gives the case, and on UNAMIR changed
 * (decisions marked as made up in their comment) where it does not.
 */
class StrengthQueriesTest {

    private static final CountryCode GHA = CountryCode.of("GHA");

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static Mandate withAuthorizations(Mandate decision, Authorization... authorizations) {
        return Mandate.builder().from(decision).ceilings(Optional.empty()).authorizedStrength(List.of(authorizations))
                .build();
    }

    @Test
    void deployedOnADayIsTheLatestReportOfTheCategories() {
        Mission unamir = Unamir.builder().components(List.of(MilitaryComponent.of(List.of(
                Deployment.of(GHA, TROOPS, day("1994-06-30"), 300), Deployment.of(GHA, STAFF_OFFICERS, day("1994-06-30"), 20),
                Deployment.of(GHA, EXPERTS_ON_MISSION, day("1994-06-30"), 7))))).build();
        assertThat(unamir.deployedOn(day("1994-07-15"), List.of(TROOPS, STAFF_OFFICERS))).hasValue(320);
        assertThat(unamir.deployedOn(day("1994-07-15"), ComponentType.MILITARY.categories())).hasValue(327);
        assertThat(unamir.deployedOn(day("1994-06-29"), List.of(TROOPS))).isEmpty();
        // After the mission closed (in April 1996) nothing is deployed; in its withdrawal the last report holds.
        assertThat(unamir.deployedOn(day("1996-03-09"), List.of(TROOPS))).hasValue(300);
        assertThat(unamir.deployedOn(day("1996-05-01"), List.of(TROOPS))).isEmpty();
    }

    @Test
    void theCivilianCeilingIsTheLatestOfTheDecisionsInForce() {
        // Made up: 909 and 925 set civilian ceilings, which UNAMIR's decisions did not.
        List<Mandate> mandates = new java.util.ArrayList<>(Unamir.mandates());
        mandates.set(1, Mandate.builder().from(mandates.get(1)).ceilings(Ceilings.builder().civilian(300).build()).build());
        mandates.set(4, Mandate.builder().from(mandates.get(4)).ceilings(Ceilings.builder().civilian(500).build()).build());
        Mission mission = Unamir.builder().mandates(mandates).build();
        assertThat(mission.ceilingsOn(day("1994-04-04")).civilian()).isEmpty();
        assertThat(mission.ceilingsOn(day("1994-04-05")).civilian()).hasValue(300);
        assertThat(mission.ceilingsOn(day("1994-06-08")).civilian()).hasValue(500);
        assertThat(mission.ceilingsOn(day("1994-06-08")).military()).hasValue(5500);
    }

    @Test
    void anAuthorizationTakingEffectOnAReportingDayCountsThatDay() {
        // 912 took effect on 21 April 1994; a report of that day is checked against its 270.
        Mission unamir = Unamir.builder().components(List.of(MilitaryComponent.of(List.of(
                Deployment.of(GHA, TROOPS, day("1994-04-20"), 400), Deployment.of(GHA, TROOPS, day("1994-04-21"), 400))))).build();
        assertThat(unamir.deploymentGaps(ComponentType.MILITARY.categories())).extracting(DeploymentGap::toString)
                .containsExactly("1994-04-20: 400 of 2548 deployed, gap 2148", "1994-04-21: 400 of 270 deployed, gap -130");
    }

    @Test
    void aPhaseOfAnEarlierDecisionTakingEffectLaterReplacesALaterDecision() {
        // Made up: a decision of 1 October 1995 authorizing 2,000 troops and staff officers. 997's second phase
        // (1,800 from 9 October) takes effect after it and is the newest statement from then on.
        Mandate october = withAuthorizations(Unamir.mandates().get(7),
                Authorization.of(List.of(TROOPS, STAFF_OFFICERS), 2000));
        october = Mandate.builder().from(october).effective(day("1995-10-01")).expires(day("1995-12-11"))
                .resolution(Resolution.builder().from(october.resolution()).adopted(day("1995-10-01")).build()).build();
        List<Mandate> mandates = new java.util.ArrayList<>(UnamirStrength.mandates());
        mandates.set(7, october);
        Mission mission = Unamir.builder().mandates(mandates).build();
        List<PersonnelCategory> troops = List.of(TROOPS, STAFF_OFFICERS);
        assertThat(mission.authorizedOn(day("1995-09-30"), troops)).hasValue(2330);
        assertThat(mission.authorizedOn(day("1995-10-01"), troops)).hasValue(2000);
        assertThat(mission.authorizedOn(day("1995-10-09"), troops)).hasValue(1800);
    }

    @Test
    void theMaximumOfASetIsItsTightestExactCover() {
        // Made up: separate caps on troops, staff officers and observers, and one on troops and staff together.
        Mandate caps = withAuthorizations(Unamir.mandates().get(0),
                Authorization.of(List.of(TROOPS), 100), Authorization.of(List.of(STAFF_OFFICERS), 10),
                Authorization.of(List.of(EXPERTS_ON_MISSION), 5), Authorization.of(List.of(TROOPS, STAFF_OFFICERS), 105));
        Mission mission = Unamir.builder().mandates(List.of(caps)).build();
        LocalDate day = day("1994-01-01");
        assertThat(mission.authorizedOn(day, ComponentType.MILITARY.categories())).hasValue(110);
        assertThat(mission.authorizedOn(day, List.of(TROOPS, STAFF_OFFICERS))).hasValue(105);
        assertThat(mission.authorizedOn(day, List.of(STAFF_OFFICERS, EXPERTS_ON_MISSION))).hasValue(15);
        assertThat(mission.authorizedOn(day, List.of(TROOPS, EXPERTS_ON_MISSION))).hasValue(105);
        assertThat(mission.authorizedOn(day, List.of(EXPERTS_ON_MISSION))).hasValue(5);
        assertThat(mission.authorizedOn(day, ComponentType.POLICE.categories())).isEmpty();
    }

    @Test
    void gapFigures() {
        LocalDate day = day("2014-02-28");
        DeploymentGap shortOfIt = DeploymentGap.of(day, 7479, 12500);
        assertThat(shortOfIt.date()).isEqualTo(day);
        assertThat(shortOfIt.deployed()).isEqualTo(7479);
        assertThat(shortOfIt.authorized()).hasValue(12500);
        assertThat(shortOfIt.gap()).hasValue(5021);
        assertThat(shortOfIt.gapShare()).hasValueCloseTo(5021 / 12500.0, Offset.offset(1e-15));
        DeploymentGap over = DeploymentGap.of(day, 110, 100);
        assertThat(over.gap()).hasValue(-10);
        assertThat(over.gapShare()).hasValueCloseTo(-0.1, Offset.offset(1e-15));
        DeploymentGap none = DeploymentGap.of(day, 0, 0);
        assertThat(none.gap()).hasValue(0);
        assertThat(none.gapShare()).isEmpty();
        DeploymentGap unauthorized = DeploymentGap.withoutAuthorization(day, 12);
        assertThat(unauthorized.authorized()).isEmpty();
        assertThat(unauthorized.gap()).isEmpty();
        assertThat(unauthorized.gapShare()).isEmpty();
        assertThat(unauthorized).hasToString("2014-02-28: 12 deployed, no authorization")
                .isNotEqualTo(DeploymentGap.of(day, 12, 0)).isEqualTo(DeploymentGap.withoutAuthorization(day, 12));
        assertThat(DeploymentGap.of(day, 0, 1)).hasToString("2014-02-28: 0 of 1 deployed, gap 1");
        assertThat(DeploymentGap.of(day, 5, 7).hashCode()).isNotEqualTo(DeploymentGap.of(day, 7, 5).hashCode());
        assertThatThrownBy(() -> DeploymentGap.of(day, -1, 10)).isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for total: -1 (must not be negative)");
        assertThatThrownBy(() -> DeploymentGap.of(day, 1, -1)).hasMessage("Invalid value for maximum: -1 (must not be negative)");
        assertThatThrownBy(() -> DeploymentGap.withoutAuthorization(null, 1)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for date (required)");
    }

    @Test
    void rankingsWithTheSameTotalsAreEqualWhateverTheOrderGiven() {
        LocalDate day = day("2021-01-31");
        Map<CountryCode, Long> totals = new HashMap<>(Map.of(CountryCode.of("MDA"), 10L, CountryCode.of("PHL"), 10L,
                CountryCode.of("CHL"), 10L, CountryCode.of("SVN"), 8L, CountryCode.of("QAT"), 0L));
        ContributorRanking ranking = ContributorRanking.of(day, totals);
        assertThat(ranking).isEqualTo(ContributorRanking.of(day, new java.util.TreeMap<>(totals)))
                .hasSameHashCodeAs(ContributorRanking.of(day, new java.util.TreeMap<>(totals)))
                .isNotEqualTo(ContributorRanking.of(day, Map.of(CountryCode.of("MDA"), 10L)))
                .isNotEqualTo(day);
        assertThat(ranking.hashCode()).isNotEqualTo(ContributorRanking.of(day, Map.of(CountryCode.of("MDA"), 10L)).hashCode());
        // A state with no personnel is ranked too, last.
        assertThat(ranking).hasToString("2021-01-31: 1. CHL 10, 1. MDA 10, 1. PHL 10, 4. SVN 8, 5. QAT 0");
        // Other names, another order of the ties: not the same ranking.
        ContributorRanking byUnNames = ContributorRanking.of(day, totals,
                c -> c.code().equals("MDA") ? "Republic of Moldova" : c.name());
        assertThat(byUnNames.countries()).extracting(CountryCode::code).containsExactly("CHL", "PHL", "MDA", "SVN", "QAT");
        assertThat(byUnNames).isNotEqualTo(ranking);
        assertThat(ranking.totalOf(CountryCode.of("SVN"))).hasValue(8);
        assertThat(ranking.totalOf(CountryCode.of("ISL"))).isEmpty();
        assertThatThrownBy(() -> ContributorRanking.of(day, null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for total (required)");
        assertThatThrownBy(() -> ContributorRanking.of(day, totals, null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for names (required)");
    }
}
