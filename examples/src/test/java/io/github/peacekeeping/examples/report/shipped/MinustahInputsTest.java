package io.github.peacekeeping.examples.report.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.Mission;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * MINUSTAH's decisions against the mission-authorized-strength data set (reports/MINUSTAH/data/
 * authorized_minustah.csv), month by month from November 2009, the first month of the UN's figures by sex,
 * to February 2014, the last.
 */
class MinustahInputsTest {

    /**
     * The data set shows S/RES/2070 (2012)'s ceilings from August 2012, two months before the Council adopted
     * it on 12 October 2012 (meeting table); the decisions follow the resolution.
     */
    private static final Set<YearMonth> AHEAD_OF_THE_RECORD = Set.of(YearMonth.of(2012, 8), YearMonth.of(2012, 9),
            YearMonth.of(2012, 10));

    @Test
    void eachMonthsCeilingsAreThoseInForceAtTheEndOfTheMonthBefore() throws Exception {
        Mission minustah = MinustahInputs.mission();
        int compared = 0;
        for (Map<String, String> row : CsvTable.rows(Path.of("reports/MINUSTAH/data/authorized_minustah.csv"))) {
            YearMonth month = YearMonth.of(Integer.parseInt(row.get("year")), Integer.parseInt(row.get("month")));
            if (month.isBefore(YearMonth.of(2009, 11)) || month.isAfter(YearMonth.of(2014, 2))
                    || AHEAD_OF_THE_RECORD.contains(month)) {
                continue;
            }
            // The data set gives a decision's ceilings from the month after it was adopted.
            LocalDate dayBefore = month.atDay(1).minusDays(1);
            assertThat(minustah.authorizedOn(dayBefore, ComponentType.MILITARY.categories()))
                    .as("troops, " + month).isEqualTo(OptionalLong.of((long) Double.parseDouble(row.get("authtroop"))));
            assertThat(minustah.authorizedOn(dayBefore, ComponentType.POLICE.categories()))
                    .as("police, " + month).isEqualTo(OptionalLong.of((long) Double.parseDouble(row.get("authpolice"))));
            assertThat(row.get("authmilobs")).isEqualTo("0.0");
            compared++;
        }
        assertThat(compared).isEqualTo(52 - AHEAD_OF_THE_RECORD.size());
    }

    @Test
    void theDataSetRunsAheadOfResolution2070() throws Exception {
        Mission minustah = MinustahInputs.mission();
        Map<String, String> august = CsvTable.rows(Path.of("reports/MINUSTAH/data/authorized_minustah.csv")).stream()
                .filter(row -> row.get("year").equals("2012") && row.get("month").equals("8")).findFirst().orElseThrow();
        assertThat(august).containsEntry("authtroop", "6270.0").containsEntry("authpolice", "2601.0");
        assertThat(minustah.authorizedOn(LocalDate.of(2012, 8, 31), ComponentType.MILITARY.categories()))
                .isEqualTo(OptionalLong.of(7340));
        assertThat(minustah.authorizedOn(LocalDate.of(2012, 10, 12), ComponentType.MILITARY.categories()))
                .isEqualTo(OptionalLong.of(6270));
    }
}
