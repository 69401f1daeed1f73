package io.github.peacekeeping.core.validation;

import static io.github.peacekeeping.core.PersonnelCategory.EXPERTS_ON_MISSION;
import static io.github.peacekeeping.core.PersonnelCategory.FORMED_POLICE_UNITS;
import static io.github.peacekeeping.core.PersonnelCategory.INDIVIDUAL_POLICE;
import static io.github.peacekeeping.core.PersonnelCategory.POLICE;
import static io.github.peacekeeping.core.PersonnelCategory.STAFF_OFFICERS;
import static io.github.peacekeeping.core.PersonnelCategory.TROOPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.DeploymentGap;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.PersonnelTotal;
import io.github.peacekeeping.core.PoliceComponent;
import io.github.peacekeeping.core.Unamir;
import io.github.peacekeeping.core.UnamirStrength;
import io.github.peacekeeping.core.testing.Csv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * UNAMIR rebuilt from the UN's month-end totals (test resource ipi/data_mission_unamir.csv: troops,
 * observers and police for the whole mission, 1993-10-31 to 1996-03-31) and its decisions with the
 * authorized strength by category and phase of the v2 reference document ({@link UnamirStrength}).
 */
class UnamirStrengthAcceptanceTest {

    private static final List<Map<String, String>> ROWS = Csv.rows("/ipi/data_mission_unamir.csv");

    /** The month-end totals as the v2 {@code totals}: Troops as TROOPS, Observers as EXPERTS_ON_MISSION, Police as POLICE. */
    static Mission unamir() {
        MilitaryComponent.Builder military = MilitaryComponent.builder();
        PoliceComponent.Builder police = PoliceComponent.builder();
        for (Map<String, String> row : ROWS) {
            LocalDate day = LocalDate.parse(row.get("Date"));
            addTotal(military, TROOPS, day, row.get("Troops"));
            addTotal(military, EXPERTS_ON_MISSION, day, row.get("Observers"));
            if (!row.get("Police").equals("NA")) {
                police.addTotal(PersonnelTotal.of(POLICE, day, Integer.parseInt(row.get("Police"))));
            }
        }
        return Unamir.builder().mandates(UnamirStrength.mandates())
                .components(List.of(military.build(), police.build())).build();
    }

    /** NA: nothing reported for that category that month. */
    private static void addTotal(MilitaryComponent.Builder military, MilitaryCategory category, LocalDate day, String cell) {
        if (!cell.equals("NA")) {
            military.addTotal(PersonnelTotal.of(category, day, Integer.parseInt(cell)));
        }
    }

    @Test
    void theTotalsAreTheStrength() {
        Mission unamir = unamir();
        assertThat(unamir.reportingDays()).hasSize(30);
        // 28 February 1995, the peak of the IPI figures: 7,211 troops, 440 observers, 99 police (7,750).
        assertThat(unamir.strengthOn(LocalDate.of(1995, 3, 15)).orElseThrow())
                .hasToString("1995-02-28: TROOPS=7211 STAFF_OFFICERS=0 EXPERTS_ON_MISSION=440 INDIVIDUAL_POLICE=0 "
                        + "FORMED_POLICE_UNITS=0 POLICE=99");
        for (Map<String, String> row : ROWS) {
            LocalDate day = LocalDate.parse(row.get("Date"));
            if (unamir.isActiveOn(day)) {
                assertThat(unamir.strengthOn(day).orElseThrow().total()).as(row.get("Date"))
                        .isEqualTo(Long.parseLong(row.get("Total")));
            }
        }
    }

    /**
     * No ERROR, the three totals of 31 March 1996 included: the mandate ended on 8 March, but the UN still
     * reported 703 personnel then, in the withdrawal ({@code operationsEnded} 1996-03-08, {@code closed}
     * 1996-04), which is part of the mission's life.
     */
    @Test
    void noError() {
        ValidationReport report = MissionValidator.validate(unamir());
        assertThat(report.findings(Severity.ERROR)).isEmpty();
        assertThat(report.findings("PK118")).isEmpty();
        assertThat(report.findings("PK119")).isEmpty();
    }

    /** The month-ends on which deployed personnel exceeded an authorization in force. */
    @Test
    void pk106OnTheDaysDeployedExceededAnAuthorizationInForce() {
        List<Finding> pk106 = MissionValidator.validate(unamir()).findings("PK106");

        TreeSet<String> days = new TreeSet<>();
        pk106.forEach(f -> days.add(f.message().replaceAll(".* deployed on (\\S+), .*", "$1")));
        assertThat(days).containsExactly("1994-04-30", "1994-09-30", "1994-10-31", "1994-11-30", "1994-12-31",
                "1995-01-31", "1995-02-28", "1995-03-31", "1995-04-30", "1995-05-31", "1995-06-30", "1995-08-31",
                "1995-09-30", "1995-10-31", "1995-11-30", "1995-12-31", "1996-01-31", "1996-02-29",
                // In the withdrawal S/RES/1029 (1995)'s police maximum of 0 is still in force: 7 police remained.
                "1996-03-31");
        assertThat(pk106).hasSize(38);
        // Each finding is exactly one authorization in force broken on one day, as worked out by hand below.
        assertThat(pk106).extracting(Finding::path, Finding::message).containsExactlyElementsOf(expectedPk106());
        assertThat(pk106.get(0)).hasToString("WARNING PK106 /mandates/2/ceilings/military: TROOPS+STAFF_OFFICERS+"
                + "EXPERTS_ON_MISSION: 620 deployed on 1994-04-30, above the maximum of 270 authorized by S/RES/912 (1994)");
    }

    /** One authorization, with the days it is in force as the v2 rules make them. */
    private record Entry(String path, List<PersonnelCategory> categories, int maximum, String decision, String from,
            LocalDate first, LocalDate last) {
    }

    /**
     * The findings PK106 must give, worked out from the data rows and the authorizations independently of
     * the model: 872's military ceiling ends where 912's begins, 912's where 918's begin (918 names troops
     * and staff officers, and observers, all military categories), 918's troops where 997's first phase
     * begins, and everything in force on 11 December 1995 where 1029's begin. 872's police ceiling (60)
     * holds until 1029's (0).
     */
    private static List<org.assertj.core.groups.Tuple> expectedPk106() {
        List<PersonnelCategory> military = List.of(TROOPS, STAFF_OFFICERS, EXPERTS_ON_MISSION);
        List<PersonnelCategory> police = List.of(INDIVIDUAL_POLICE, FORMED_POLICE_UNITS, POLICE);
        List<PersonnelCategory> troops = List.of(TROOPS, STAFF_OFFICERS);
        List<PersonnelCategory> observers = List.of(EXPERTS_ON_MISSION);
        String r872 = "S/RES/872 (1993)";
        String r912 = "S/RES/912 (1994)";
        String r918 = "S/RES/918 (1994)";
        String r997 = "S/RES/997 (1995)";
        String r1029 = "S/RES/1029 (1995)";
        List<Entry> entries = List.of(
                new Entry("/mandates/0/ceilings/military", military, 2548, r872, "", day("1993-10-05"), day("1994-04-20")),
                new Entry("/mandates/0/ceilings/police", police, 60, r872, "", day("1993-10-05"), day("1995-12-11")),
                new Entry("/mandates/2/ceilings/military", military, 270, r912, "", day("1994-04-21"), day("1994-05-16")),
                new Entry("/mandates/3/authorizedStrength/0", troops, 5500, r918, "", day("1994-05-17"), day("1995-09-08")),
                new Entry("/mandates/3/authorizedStrength/1", observers, 320, r918, "", day("1994-05-17"), day("1995-12-11")),
                new Entry("/mandates/6/authorizedStrength/0", troops, 2330, r997, " from 1995-09-09", day("1995-09-09"),
                        day("1995-10-08")),
                new Entry("/mandates/6/authorizedStrength/1", troops, 1800, r997, " from 1995-10-09", day("1995-10-09"),
                        day("1995-12-11")),
                new Entry("/mandates/8/ceilings/police", police, 0, r1029, "", day("1995-12-12"), Unamir.CLOSED.latest()),
                new Entry("/mandates/8/authorizedStrength/0", troops, 1200, r1029, "", day("1995-12-12"), Unamir.CLOSED.latest()),
                new Entry("/mandates/8/authorizedStrength/1", observers, 200, r1029, "", day("1995-12-12"), Unamir.CLOSED.latest()));
        List<org.assertj.core.groups.Tuple> expected = new ArrayList<>();
        for (Map<String, String> row : ROWS) {
            LocalDate day = day(row.get("Date"));
            Map<PersonnelCategory, Long> deployed = new HashMap<>();
            deployed.put(TROOPS, number(row.get("Troops")));
            deployed.put(EXPERTS_ON_MISSION, number(row.get("Observers")));
            deployed.put(POLICE, number(row.get("Police")));
            for (Entry entry : entries) {
                if (day.isBefore(entry.first()) || day.isAfter(entry.last())) {
                    continue;
                }
                long sum = entry.categories().stream().mapToLong(c -> deployed.getOrDefault(c, 0L)).sum();
                if (sum > entry.maximum()) {
                    expected.add(tuple(entry.path(), String.join("+", entry.categories().stream()
                            .map(PersonnelCategory::name).toList()) + ": " + sum + " deployed on " + day
                            + ", above the maximum of " + entry.maximum() + " authorized by " + entry.decision()
                            + entry.from()));
                }
            }
        }
        return expected;
    }

    private static long number(String cell) {
        return cell.equals("NA") ? 0 : Long.parseLong(cell);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void theDeploymentGapOfTheMilitaryComponent() {
        List<DeploymentGap> gaps = unamir().deploymentGaps(ComponentType.MILITARY.categories());
        // 30 month-ends in the mission's life, the report of 31 March 1996, in the withdrawal, included.
        assertThat(gaps).hasSize(30);
        assertThat(gaps).extracting(DeploymentGap::toString).contains(
                "1993-10-31: 19 of 2548 deployed, gap 2529",
                "1994-04-30: 620 of 270 deployed, gap -350",
                "1994-05-31: 611 of 5820 deployed, gap 5209",
                "1995-02-28: 7651 of 5820 deployed, gap -1831",
                "1995-09-30: 2117 of 2650 deployed, gap 533",
                "1995-10-31: 2106 of 2120 deployed, gap 14",
                "1996-02-29: 1398 of 1400 deployed, gap 2",
                "1996-03-31: 696 of 1400 deployed, gap 704");
        assertThat(gaps.get(0).gapShare()).hasValueCloseTo(2529 / 2548.0, org.assertj.core.data.Offset.offset(1e-12));
    }
}
