package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Test
    void rankingOfFebruary2014FromTheUnFigures() throws IOException {
        // The IPI slice of the UN's figures for 28 February 2014 (test resource ipi/, with provenance):
        // one row per contributor and mission, with the personnel of each category and the row's total.
        Map<String, List<Deployment<MilitaryCategory>>> military = new LinkedHashMap<>();
        Map<String, List<Deployment<PoliceCategory>>> police = new LinkedHashMap<>();
        Map<CountryCode, Long> rowTotals = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/ipi/gender_2014-02-28.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                List<String> row = cells(lines[i].strip());
                CountryCode country = CountryCode.of(row.get(3));
                String acronym = row.get(4);
                LocalDate date = LocalDate.parse(row.get(1));
                int ipo = Integer.parseInt(row.get(7));
                int fpu = Integer.parseInt(row.get(10));
                int experts = Integer.parseInt(row.get(13));
                int troops = Integer.parseInt(row.get(16));
                List<Deployment<MilitaryCategory>> m = military.computeIfAbsent(acronym, a -> new ArrayList<>());
                List<Deployment<PoliceCategory>> p = police.computeIfAbsent(acronym, a -> new ArrayList<>());
                m.add(Deployment.of(country, PersonnelCategory.TROOPS, date, troops));
                m.add(Deployment.of(country, PersonnelCategory.EXPERTS_ON_MISSION, date, experts));
                p.add(Deployment.of(country, PersonnelCategory.INDIVIDUAL_POLICE, date, ipo));
                p.add(Deployment.of(country, PersonnelCategory.FORMED_POLICE_UNITS, date, fpu));
                rowTotals.merge(country, Long.parseLong(row.get(19)), Long::sum);
            }
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
    void tiesAreBrokenByTroopsThenPoliceThenCode() {
        LocalDate day = LocalDate.of(2010, 1, 31);
        CountryCode a = CountryCode.of("NPL");
        CountryCode b = CountryCode.of("GHA");
        CountryCode c = CountryCode.of("SEN");
        CountryCode d = CountryCode.of("BEN");
        Mission mission = mission("UNMIL",
                List.of(Deployment.of(a, PersonnelCategory.TROOPS, day, 90),
                        Deployment.of(a, PersonnelCategory.STAFF_OFFICERS, day, 10),
                        Deployment.of(b, PersonnelCategory.TROOPS, day, 100),
                        Deployment.of(c, PersonnelCategory.EXPERTS_ON_MISSION, day, 50),
                        Deployment.of(d, PersonnelCategory.EXPERTS_ON_MISSION, day, 50)),
                List.of(Deployment.of(c, PersonnelCategory.INDIVIDUAL_POLICE, day, 50),
                        Deployment.of(d, PersonnelCategory.FORMED_POLICE_UNITS, day, 50)));
        List<Contributor> ranking = Contributor.rankingOn(day.plusDays(10), List.of(mission));
        assertThat(ranking).extracting(Contributor::country).containsExactly(b, a, d, c);
        assertThat(ranking).isSortedAccordingTo(Contributor.rankingOrder());
        assertThat(ranking).allSatisfy(r -> assertThat(r.total()).isEqualTo(100));
        assertThat(ranking.get(1).byCategory()).containsEntry(PersonnelCategory.STAFF_OFFICERS, 10L);
        assertThat(ranking.get(0)).hasToString("GHA on 2010-02-10: 100 (troops 100, police 0)");
        // Before the first report, and for a closed mission, nobody is counted.
        assertThat(Contributor.rankingOn(day.minusDays(1), List.of(mission))).isEmpty();
    }
}
