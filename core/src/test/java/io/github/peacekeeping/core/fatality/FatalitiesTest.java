package io.github.peacekeeping.core.fatality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.RealFatalities;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts of fatalities by year, mission, category and incident: UNAMIR's real figures, and brute force. */
class FatalitiesTest {

    @Test
    void unamirsTwentySeven() {
        // The UN's file has 27 UNAMIR deaths: 22 military, 3 military observers, 1 police, 1 local staff.
        FatalityCount unamir = Fatalities.count(RealFatalities.of("UNAMIR"));
        assertThat(unamir.total()).isEqualTo(27);
        assertThat(unamir.of(FatalityCategory.MILITARY)).isEqualTo(22);
        assertThat(unamir.of(FatalityCategory.MILITARY_OBSERVER)).isEqualTo(3);
        assertThat(unamir.of(FatalityCategory.POLICE)).isEqualTo(1);
        assertThat(unamir.of(FatalityCategory.LOCAL)).isEqualTo(1);
        assertThat(unamir.of(FatalityCategory.INTERNATIONAL_CIVILIAN)).isZero();
        assertThat(unamir.of(IncidentType.MALICIOUS_ACT)).isEqualTo(14);
        assertThat(unamir.of(IncidentType.ACCIDENT)).isEqualTo(7);
        assertThat(unamir.of(IncidentType.ILLNESS)).isEqualTo(4);
        assertThat(unamir.of(IncidentType.SELF_INFLICTED)).isEqualTo(2);
        assertThat(unamir.of(FatalityCategory.MILITARY, IncidentType.MALICIOUS_ACT)).isEqualTo(12);
        assertThat(unamir).hasToString("27 (MILITARY 22, MILITARY_OBSERVER 3, POLICE 1, LOCAL 1)");
    }

    @Test
    void unamirPerYear() {
        NavigableMap<Year, FatalityCount> perYear = Fatalities.perYear(RealFatalities.of("UNAMIR"));
        assertThat(perYear.keySet()).containsExactly(Year.of(1994), Year.of(1995));
        assertThat(perYear.get(Year.of(1994)).total()).isEqualTo(18);
        assertThat(perYear.get(Year.of(1995)).total()).isEqualTo(9);
        assertThat(perYear.get(Year.of(1994)).of(FatalityCategory.MILITARY, IncidentType.MALICIOUS_ACT)).isEqualTo(11);
    }

    @Test
    void perMissionAndYear() {
        Map<String, NavigableMap<Year, FatalityCount>> counts = Fatalities.perMissionAndYear(RealFatalities.all());
        assertThat(counts.keySet()).containsExactly("ONUC", "UNAMET", "UNAMID", "UNAMIR", "UNEF", "UNMIK", "UNTAET",
                "UNTAG", "UNTSO");
        assertThat(counts.get("UNTAG").get(Year.of(1989)).total()).isEqualTo(14);
        assertThat(counts.get("UNTAG").get(Year.of(1990)).total()).isEqualTo(5);
        assertThat(counts.get("UNAMID").get(Year.of(2021))).hasToString("6 (MILITARY 2, POLICE 3, LOCAL 1)");
        assertThat(counts.get("UNAMIR")).isEqualTo(Fatalities.perYear(RealFatalities.of("UNAMIR")));
    }

    @Test
    void nothingToCount() {
        assertThat(Fatalities.count(List.of())).isEqualTo(FatalityCount.none()).hasToString("0");
        assertThat(FatalityCount.none().total()).isZero();
        assertThat(Fatalities.perYear(List.of())).isEmpty();
        assertThat(Fatalities.perMissionAndYear(List.of())).isEmpty();
    }

    /**
     * Generated records, seeded so that a failure repeats: every cell of every year's count equals a brute-force
     * count, and the years' counts add up to the count of all.
     */
    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 42L, 1994L, 20250404L})
    void agreesWithBruteForce(long seed) {
        Random random = new Random(seed);
        List<Fatality> fatalities = new ArrayList<>();
        String[] missions = {"UNAMIR", "UNTAG", "UNEF I"};
        for (int i = 0, n = random.nextInt(300); i < n; i++) {
            fatalities.add(Fatality.builder().casualtyId("X-" + i)
                    .date(LocalDate.of(1990 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .mission(missions[random.nextInt(missions.length)])
                    .category(FatalityCategory.values()[random.nextInt(FatalityCategory.values().length)])
                    .incidentType(IncidentType.values()[random.nextInt(IncidentType.values().length)])
                    .build());
        }
        NavigableMap<Year, FatalityCount> perYear = Fatalities.perYear(fatalities);
        long sum = 0;
        for (Map.Entry<Year, FatalityCount> year : perYear.entrySet()) {
            for (FatalityCategory category : FatalityCategory.values()) {
                for (IncidentType type : IncidentType.values()) {
                    long expected = fatalities.stream().filter(f -> f.date().getYear() == year.getKey().getValue()
                            && f.category() == category && f.incidentType() == type).count();
                    assertThat(year.getValue().of(category, type)).isEqualTo(expected);
                }
            }
            sum += year.getValue().total();
        }
        assertThat(sum).isEqualTo(fatalities.size()).isEqualTo(Fatalities.count(fatalities).total());
        long perMission = Fatalities.perMissionAndYear(fatalities).values().stream()
                .flatMap(years -> years.values().stream()).mapToLong(FatalityCount::total).sum();
        assertThat(perMission).isEqualTo(fatalities.size());
    }
}
