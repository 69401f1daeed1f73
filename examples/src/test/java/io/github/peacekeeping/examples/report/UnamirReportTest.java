package io.github.peacekeeping.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.examples.fatalities.FatalitiesCsv;
import io.github.peacekeeping.examples.fatalities.OperationNames;
import io.github.peacekeeping.examples.report.shipped.UnamirInputs;
import java.awt.geom.Rectangle2D;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * UNAMIR's report on the real slices it ships with (reports/UNAMIR/data): the UN's month-end totals against
 * the authorized maxima of S/RES/918 (1994), 997 (1995) and 1029 (1995), and the UN's fatality records.
 */
class UnamirReportTest {

    private static final Path DATA = Path.of("reports/UNAMIR/data");
    private static final MissionReport REPORT = report();

    private static MissionReport report() {
        try {
            List<Fatality> fatalities = new ArrayList<>();
            try (BufferedReader csv = Files.newBufferedReader(DATA.resolve("fatalities.csv"), StandardCharsets.UTF_8)) {
                FatalitiesCsv.read(csv, OperationNames.reference(), fatalities::add);
            }
            return MissionReport.of(UnamirInputs.mission(DATA), false,
                    Optional.of(fatalities), List.of());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Chart chart(String file) {
        return REPORT.page().figures().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow().chart();
    }

    /** The table's rows by their first cell, each a map from the column's name to the cell. */
    private static Map<String, Map<String, String>> rows(Table table) {
        Map<String, Map<String, String>> rows = new TreeMap<>();
        for (List<String> row : table.rows()) {
            Map<String, String> cells = new TreeMap<>();
            for (int i = 1; i < row.size(); i++) {
                cells.put(table.header().get(i), row.get(i));
            }
            rows.put(row.get(0), cells);
        }
        return rows;
    }

    @Test
    void troopsAgainstFiveThousandFiveHundredThenTwoThousandThreeHundredAndThirtyThenEighteenHundred() {
        Map<String, Map<String, String>> rows = rows(chart(MissionReport.STRENGTH).table());
        String deployed = "Troops + staff officers deployed";
        String authorized = "Troops + staff officers authorized";
        // Worked out by hand from data_mission_unamir.csv (Troops) and the decisions' texts.
        assertThat(rows.get("1994-05-17")).containsEntry(deployed, "").containsEntry(authorized, "5,500");
        assertThat(rows.get("1994-10-31")).containsEntry(deployed, "5,893").containsEntry(authorized, "5,500");
        assertThat(rows.get("1995-02-28")).containsEntry(deployed, "7,211").containsEntry(authorized, "5,500");
        assertThat(rows.get("1995-08-31")).containsEntry(deployed, "2,401").containsEntry(authorized, "5,500");
        assertThat(rows.get("1995-09-09")).containsEntry(deployed, "").containsEntry(authorized, "2,330");
        assertThat(rows.get("1995-09-30")).containsEntry(deployed, "1,830").containsEntry(authorized, "2,330");
        assertThat(rows.get("1995-10-09")).containsEntry(deployed, "").containsEntry(authorized, "1,800");
        assertThat(rows.get("1995-10-31")).containsEntry(deployed, "1,821").containsEntry(authorized, "1,800");
        assertThat(rows.get("1995-11-30")).containsEntry(deployed, "1,823").containsEntry(authorized, "1,800");
        assertThat(rows.get("1995-12-12")).containsEntry(deployed, "").containsEntry(authorized, "1,200");
        assertThat(rows.get("1996-03-31")).containsEntry(deployed, "669").containsEntry(authorized, "1,200");
        // Before S/RES/918 (1994) no decision capped troops and staff officers on their own.
        assertThat(rows.get("1993-10-31")).containsEntry(authorized, "none");
    }

    @Test
    void theWholeMilitaryAgainstItsCeilings() {
        Map<String, Map<String, String>> rows = rows(chart(MissionReport.STRENGTH).table());
        // The chart starts with S/RES/872 (1993), in force on the first reporting day, 31 October 1993.
        assertThat(rows.keySet()).first().isEqualTo("1993-10-05");
        assertThat(rows.get("1993-10-05")).containsEntry("Military authorized", "2,548").containsEntry("Police authorized", "60");
        assertThat(rows.get("1993-10-31")).containsEntry("Military deployed", "19");
        // S/RES/912 (1994): 270 during the genocide; 378 troops and 242 observers at the end of April.
        assertThat(rows.get("1994-04-30")).containsEntry("Military deployed", "620").containsEntry("Military authorized", "270");
        // S/RES/918 (1994): 5,500 troops and staff officers and 320 observers, 5,820 in all.
        assertThat(rows.get("1994-05-31")).containsEntry("Military authorized", "5,820")
                .containsEntry("Experts on mission deployed", "226").containsEntry("Experts on mission authorized", "320");
        // S/RES/1029 (1995): 1,200 and 200, and no police; 7 police were still there at the end of March 1996.
        assertThat(rows.get("1996-03-31")).containsEntry("Military authorized", "1,400")
                .containsEntry("Police deployed", "7").containsEntry("Police authorized", "0");
        assertThat(rows.keySet()).last().isEqualTo("1996-03-31");
    }

    @Test
    void theStrengthChartDrawsEverySeriesInsideItsAxes() throws Exception {
        ParsedSvg svg = ParsedSvg.parse(chart(MissionReport.STRENGTH).toSvg());
        List<ParsedSvg.Line> lines = svg.lines();
        // Four category sets, each deployed and authorized.
        assertThat(lines).hasSize(8);
        assertThat(lines).filteredOn(line -> !line.dashed()).hasSize(4)
                .allSatisfy(line -> {
                    assertThat(line.vertices()).hasSize(30);
                    assertThat(line.moves()).isEqualTo(1);
                });
        Rectangle2D area = svg.dataArea();
        for (ParsedSvg.Line line : lines) {
            for (double[] vertex : line.vertices()) {
                assertThat(vertex[0]).isBetween(area.getMinX(), area.getMaxX());
                assertThat(vertex[1]).isBetween(area.getMinY(), area.getMaxY());
            }
        }
        assertThat(svg.texts()).contains("Date", "Personnel (persons)", "Military deployed", "Military authorized",
                "Troops + staff officers deployed", "Troops + staff officers authorized", "Experts on mission deployed",
                "Police authorized", "S/RES/872", "S/RES/912", "S/RES/918", "S/RES/997", "S/RES/1029", "0", "7,000")
                .doesNotContain("S/RES/909");
        assertThat(svg.texts()).filteredOn(text -> text.matches("[A-Z][a-z]{2}-199[3-6]")).isNotEmpty();
    }

    @Test
    void fatalitiesPerYearByCategory() throws Exception {
        Table table = chart(MissionReport.FATALITIES).table();
        // import-fatalities on the same rows: 27 in UNAMIR, 22 military, 3 observers, 1 police, 1 local; 18 in 1994, 9 in 1995.
        assertThat(table.header()).containsExactly("Year", "Military", "Military Observer", "Police", "Local", "Total");
        assertThat(table.rows()).containsExactly(
                List.of("1993", "0", "0", "0", "0", "0"),
                List.of("1994", "16", "2", "0", "0", "18"),
                List.of("1995", "6", "1", "1", "1", "9"),
                List.of("1996", "0", "0", "0", "0", "0"));
        ParsedSvg svg = ParsedSvg.parse(chart(MissionReport.FATALITIES).toSvg());
        assertThat(svg.texts()).contains("1993", "1994", "1995", "1996", "Fatalities (persons)", "Military Observer");
    }

    @Test
    void thePageShowsTheTwoChartsAndSaysWhyTheThirdIsLeftOut() {
        String html = REPORT.page().toHtml();
        assertThat(REPORT.files().keySet()).containsExactly("index.html", "strength.svg", "fatalities.svg");
        assertThat(html).contains("<img src=\"strength.svg\"", "<img src=\"fatalities.svg\"",
                "<p>No chart of women&#39;s share: no contribution file was given, and the mission document has no "
                        + "figure split by sex.</p>")
                .doesNotContain("women.svg");
    }
}
