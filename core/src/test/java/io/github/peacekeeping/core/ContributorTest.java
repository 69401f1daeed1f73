package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peacekeeping.core.testing.Csv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContributorTest {

    private static final LocalDate END_OF_FEBRUARY_2014 = LocalDate.of(2014, 2, 28);

    /** A mission around the given deployments; only the deployments matter to the ranking. */
    private static Mission mission(String acronym, List<Deployment<MilitaryCategory>> military,
            List<Deployment<PoliceCategory>> police) {
        Mandate establish = Unamir.decision(1, "2000-01-05", null, List.of(MandateAction.ESTABLISH), null, null);
        return Mission.builder().acronym(acronym).name(acronym).addHost(CountryCode.of("LBR")).region(Region.AFRICA)
                .established(LocalDate.of(2000, 1, 5)).addMandate(establish)
                .addComponent(MilitaryComponent.of(military)).addComponent(PoliceComponent.of(police)).build();
    }

    private static int count(Map<String, String> row, String column) {
        return Integer.parseInt(row.get(column));
    }

    @Test
    void rankingOfFebruary2014FromTheUnFigures() {
        // The IPI slice of the UN's figures for 28 February 2014 (test resource ipi/, with provenance):
        // one row per contributor and mission, with the personnel of each category and the row's total.
        Map<String, List<Deployment<MilitaryCategory>>> military = new LinkedHashMap<>();
        Map<String, List<Deployment<PoliceCategory>>> police = new LinkedHashMap<>();
        Map<CountryCode, Long> rowTotals = new HashMap<>();
        for (Map<String, String> row : Csv.rows("/ipi/gender_2014-02-28.csv")) {
            CountryCode country = CountryCode.of(row.get("Contributor ISO-3"));
            String acronym = row.get("Mission");
            LocalDate date = LocalDate.parse(row.get("Date"));
            List<Deployment<MilitaryCategory>> m = military.computeIfAbsent(acronym, a -> new ArrayList<>());
            List<Deployment<PoliceCategory>> p = police.computeIfAbsent(acronym, a -> new ArrayList<>());
            m.add(Deployment.of(country, PersonnelCategory.TROOPS, date, count(row, "Troops Total")));
            m.add(Deployment.of(country, PersonnelCategory.EXPERTS_ON_MISSION, date, count(row, "Experts on Mission Total")));
            p.add(Deployment.of(country, PersonnelCategory.INDIVIDUAL_POLICE, date, count(row, "Individual Police Total")));
            p.add(Deployment.of(country, PersonnelCategory.FORMED_POLICE_UNITS, date, count(row, "Formed Police Units Total")));
            rowTotals.merge(country, (long) count(row, "Total Total"), Long::sum);
        }
        List<Mission> missions = new ArrayList<>();
        military.forEach((acronym, deployments) -> missions.add(mission(acronym, deployments, police.get(acronym))));
        assertThat(missions).hasSize(17);

        List<Contributor> ranking = Contributor.rankingOn(END_OF_FEBRUARY_2014, missions);

        assertThat(ranking).hasSize(rowTotals.size());
        for (Contributor contributor : ranking) {
            assertThat(contributor.total()).as(contributor.country().code()).isEqualTo(rowTotals.get(contributor.country()));
            assertThat(contributor.byMission().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(contributor.total());
        }
        for (int i = 1; i < ranking.size(); i++) {
            assertThat(ranking.get(i - 1).total()).isGreaterThanOrEqualTo(ranking.get(i).total());
        }
        // Pakistan led the UN's ranking of uniformed contributors at the end of February 2014.
        Contributor first = ranking.get(0);
        assertThat(first.country()).isEqualTo(CountryCode.of("PAK"));
        assertThat(first.total()).isEqualTo(rowTotals.get(CountryCode.of("PAK")));
        assertThat(Contributor.contributionOn(CountryCode.of("PAK"), END_OF_FEBRUARY_2014, missions)).contains(first);
        assertThat(Contributor.contributionOn(CountryCode.of("ISL"), END_OF_FEBRUARY_2014, missions)).isEmpty();
    }

    @Test
    void tiedTotalsShareARankAndAreListedByName() {
        LocalDate day = LocalDate.of(2010, 1, 31);
        CountryCode nepal = CountryCode.of("NPL");
        CountryCode ghana = CountryCode.of("GHA");
        CountryCode senegal = CountryCode.of("SEN");
        CountryCode benin = CountryCode.of("BEN");
        CountryCode fiji = CountryCode.of("FJI");
        Mission mission = mission("UNMIL",
                List.of(Deployment.of(nepal, PersonnelCategory.TROOPS, day, 90),
                        Deployment.of(nepal, PersonnelCategory.STAFF_OFFICERS, day, 10),
                        Deployment.of(ghana, PersonnelCategory.TROOPS, day, 100),
                        Deployment.of(senegal, PersonnelCategory.EXPERTS_ON_MISSION, day, 50),
                        Deployment.of(benin, PersonnelCategory.EXPERTS_ON_MISSION, day, 50),
                        Deployment.of(fiji, PersonnelCategory.TROOPS, day, 99)),
                List.of(Deployment.of(senegal, PersonnelCategory.INDIVIDUAL_POLICE, day, 50),
                        Deployment.of(benin, PersonnelCategory.POLICE, day, 50),
                        Deployment.of(fiji, PersonnelCategory.FORMED_POLICE_UNITS, day, 2)));
        List<Contributor> ranking = Contributor.rankingOn(day.plusDays(10), List.of(mission));
        // Four states with 100 share the first rank, listed by name; Fiji's 101 comes first alone.
        assertThat(ranking).extracting(c -> c.country().code(), Contributor::rank).containsExactly(
                tuple("FJI", 1), tuple("BEN", 2), tuple("GHA", 2), tuple("NPL", 2), tuple("SEN", 2));
        assertThat(ranking.get(3).byCategory()).containsEntry(PersonnelCategory.STAFF_OFFICERS, 10L);
        // POLICE, the police reported without the split, counts as police.
        assertThat(ranking.get(1).police()).isEqualTo(50);
        assertThat(ranking.get(0).police()).isEqualTo(2);
        assertThat(ranking.get(2)).hasToString("2. GHA on 2010-02-10: 100 (troops 100, police 0)");
        assertThat(Contributor.contributionOn(benin, day, List.of(mission))).map(Contributor::rank).hasValue(2);
        // Before the first report, and for a closed mission, nobody is counted.
        assertThat(Contributor.rankingOn(day.minusDays(1), List.of(mission))).isEmpty();
    }

    @Test
    void aRankBelowOneIsRefused() {
        assertThatThrownBy(() -> Contributor.builder().country(CountryCode.of("BGD")).date(LocalDate.of(2021, 1, 31))
                .rank(0).build())
                .isInstanceOf(PeacekeepingException.class).hasMessage("Invalid value for rank: 0 (must be 1 or more)");
    }
}
