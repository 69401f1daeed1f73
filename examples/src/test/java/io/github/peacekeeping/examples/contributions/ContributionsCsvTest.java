package io.github.peacekeeping.examples.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.Contributor;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.PersonnelCategory;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ContributionsCsvTest {

    static final String SLICE = "/contributions/gender-slice-2014.csv";
    static final String BAD_ROWS = "/contributions/bad-rows.csv";

    @Test
    void totalsPerMissionAndMonthAreTheSumsOfTheRows() throws IOException {
        ImportSummary summary = ContributionsCsv.read(reader(SLICE), r -> { }, n -> { });

        // The expected sums come from the rows' own "Total Total" and "Total Female" columns, read here
        // without the importer.
        Map<String, NavigableMap<LocalDate, ImportSummary.Totals>> expected = new TreeMap<>();
        for (String[] row : rawRows(SLICE)) {
            expected.computeIfAbsent(row[4], m -> new TreeMap<>()).merge(LocalDate.parse(row[1]),
                    new ImportSummary.Totals(Long.parseLong(row[19]), Long.parseLong(row[18])),
                    (a, b) -> new ImportSummary.Totals(a.total() + b.total(), a.female() + b.female()));
        }
        assertThat(summary.totalsByMissionAndDate()).isEqualTo(expected);
        assertThat(summary.totalsByMissionAndDate()).containsOnlyKeys("MINUSMA", "UNDOF", "UNFICYP", "UNISFA",
                "UNMIL", "UNMOGIP", "UNTSO");
        assertThat(summary.rowsRead()).isEqualTo(328);
        assertThat(summary.refusals()).isEmpty();
    }

    @Test
    void everyCategoryWithPersonnelBecomesOneRecordWithItsWomen() throws IOException {
        List<ContributionRecord> records = new ArrayList<>();
        ImportSummary summary = ContributionsCsv.read(reader(SLICE), records::add, n -> { });

        long categoriesWithPersonnel = rawRows(SLICE).stream()
                .mapToLong(row -> List.of(7, 10, 13, 16).stream().filter(i -> Integer.parseInt(row[i]) > 0).count())
                .sum();
        assertThat(records).hasSize((int) categoriesWithPersonnel);
        assertThat(summary.records()).isEqualTo(categoriesWithPersonnel);
        // Bangladesh in UNMIL on 28 February 2014 (original row "28568"): individual police 14 (no women),
        // experts on mission 12 (none), troops 515 (6 women); no formed police unit.
        assertThat(records).filteredOn(r -> r.mission().equals("UNMIL") && r.contributor().code().equals("BGD"))
                .extracting(ContributionRecord::toString)
                .containsExactly(
                        "UNMIL BGD INDIVIDUAL_POLICE 2014-02-28: 14, 0 female",
                        "UNMIL BGD EXPERTS_ON_MISSION 2014-02-28: 12, 0 female",
                        "UNMIL BGD TROOPS 2014-02-28: 515, 6 female");
    }

    @Test
    void aRowWithNoPersonnelIsCountedNotDropped() throws IOException {
        ImportSummary summary = ContributionsCsv.read(reader(SLICE), r -> { }, n -> { });

        // United States in MINUSMA, 31 January 2014: zeros in every column (original row "28509").
        int line = 2 + indexOf(rawRows(SLICE), "28509");
        assertThat(summary.emptyRows()).containsExactly((long) line);
    }

    @Test
    void topContributorsOnTheLatestDateFollowTheUnsOrder() throws IOException {
        ImportSummary summary = ContributionsCsv.read(reader(SLICE), r -> { }, n -> { });
        List<Contributor> ranking = summary.rankingOnLatestDate();

        Map<String, Long> byCountry = new TreeMap<>();
        for (String[] row : rawRows(SLICE)) {
            if (row[1].equals("2014-02-28")) {
                byCountry.merge(row[3], Long.parseLong(row[19]), Long::sum);
            }
        }
        assertThat(ranking).extracting(c -> c.country().code()).containsExactlyInAnyOrderElementsOf(
                byCountry.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList());
        assertThat(ranking).extracting(Contributor::total).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(ranking).allSatisfy(c -> assertThat(c.total()).isEqualTo(byCountry.get(c.country().code())));
        assertThat(ranking.get(0).date()).isEqualTo(LocalDate.of(2014, 2, 28));
        Contributor first = ranking.get(0);
        assertThat(first.byMission().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(first.total());
        assertThat(first.troops()).isEqualTo(first.byCategory().get(PersonnelCategory.TROOPS));
        // As the UN ranks: one more than the number of states with more personnel, so ties share a rank.
        for (Contributor contributor : ranking) {
            assertThat(contributor.rank()).isEqualTo(1 + ranking.stream().filter(c -> c.total() > contributor.total()).count());
        }
        // Tied states by name, in English collation; the slice has ties (six states with 2 each, ...).
        java.text.Collator english = java.text.Collator.getInstance(java.util.Locale.ENGLISH);
        int ties = 0;
        for (int i = 1; i < ranking.size(); i++) {
            if (ranking.get(i).total() == ranking.get(i - 1).total()) {
                ties++;
                assertThat(english.compare(ranking.get(i - 1).country().name(), ranking.get(i).country().name()))
                        .isNegative();
            }
        }
        assertThat(ties).isPositive();
    }

    @Test
    void badRowsAreRefusedWithTheirLineAndReason() throws IOException {
        List<ContributionRecord> records = new ArrayList<>();
        ImportSummary summary = ContributionsCsv.read(reader(BAD_ROWS), records::add, n -> { });

        assertThat(summary.rowsRead()).isEqualTo(8);
        assertThat(summary.refusals()).extracting(Refusal::toString).containsExactly(
                "line 3: Contributor ISO-3 \"XXX\" is not an ISO 3166-1 alpha-3 code, XKX or a former ISO 3166-3 code",
                "line 4: Troops Male -113 is negative",
                "line 5: Troops Male 72 + Female 0 is not Total 73",
                "line 6: Total Total 3 is not the sum of the categories, 2",
                "line 8: repeats contributor, mission and date of line 2 (FJI UNDOF 2014-01-31)",
                "line 9: Date \"2014-01-32\" is not an ISO-8601 date");
        assertThat(records).extracting(ContributionRecord::toString).containsExactly(
                "UNDOF FJI TROOPS 2014-01-31: 509, 19 female",
                "UNDOF PHL TROOPS 2014-01-31: 344, 15 female");
        assertThat(records).allSatisfy(r -> assertThat(r.contributor()).isNotEqualTo(CountryCode.of("IRL")));
    }

    @Test
    void aByteOrderMarkAndBlankLinesAreSkippedAndRowsKeepTheirLineNumbers() throws IOException {
        List<String> badRows = lines(BAD_ROWS);
        String csv = "\uFEFF" + badRows.get(0) + "\n\n" + badRows.get(1) + "\r\n   \n" + badRows.get(2) + "\n";
        List<ContributionRecord> records = new ArrayList<>();

        ImportSummary summary = ContributionsCsv.read(new StringReader(csv), records::add, n -> { });

        assertThat(summary.rowsRead()).isEqualTo(2);
        assertThat(records).extracting(ContributionRecord::toString).containsExactly(
                "UNDOF FJI TROOPS 2014-01-31: 509, 19 female");
        assertThat(summary.refusals()).extracting(Refusal::toString).containsExactly(
                "line 5: Contributor ISO-3 \"XXX\" is not an ISO 3166-1 alpha-3 code, XKX or a former ISO 3166-3 code");
    }

    @Test
    void rowsThatAreNotCsvAreRefusedWhereTheParserStopped() throws IOException {
        // Line 2: a quote inside "Fiji" (the "j" at column 24 follows a closing quote); line 3: "UNDOF" lost
        // its closing quote, so the line's 85 characters end inside a quoted cell.
        List<String> badRows = lines(BAD_ROWS);
        String csv = String.join("\n", badRows.get(0), badRows.get(1).replace("\"Fiji\"", "\"Fi\"ji\""),
                badRows.get(6).replace("\"UNDOF\"", "\"UNDOF"), badRows.get(6).replace("2014-01-31", "2014-02-28"));

        ImportSummary summary = ContributionsCsv.read(new StringReader(csv), r -> { }, n -> { });

        assertThat(summary.refusals()).extracting(Refusal::toString).containsExactly(
                "line 2: not CSV at column 24: Unexpected character ('j' (code 106)): Expected column separator "
                        + "character (',' (code 44)) or end-of-line",
                "line 3: not CSV at column 85: Missing closing quote for value");
        assertThat(summary.records()).isEqualTo(1);
    }

    @Test
    void aHeaderThatIsNotCsvOrIsMissingIsAnError() {
        assertThatThrownBy(() -> ContributionsCsv.read(new StringReader("\"Date,Mission\n"), r -> { }, n -> { }))
                .isInstanceOf(IOException.class)
                .hasMessage("line 1, header: not CSV at column 13: Missing closing quote for value");
        assertThatThrownBy(() -> ContributionsCsv.read(new StringReader("\n  \n"), r -> { }, n -> { }))
                .isInstanceOf(IOException.class)
                .hasMessage("line 1: no header: the file is empty");
    }

    @Test
    void theLabelsBefore2009AreReadAsTheyCounted() throws IOException {
        // The header of the UN's files before 2009; the figures are made up for this test. "Civilian
        // Police" counted formed police units too, so it is POLICE, never INDIVIDUAL_POLICE.
        String csv = "Date,Contributor ISO-3,Mission,Civilian Police Male,Civilian Police Female,Civilian Police Total,"
                + "Military Observer Male,Military Observer Female,Military Observer Total,"
                + "Troop Male,Troop Female,Troop Total\n"
                + "2005-06-30,GHA,UNMIL,40,5,45,10,0,10,800,20,820\n";
        List<ContributionRecord> records = new ArrayList<>();

        ImportSummary summary = ContributionsCsv.read(new java.io.StringReader(csv), records::add, n -> { });

        assertThat(records).extracting(ContributionRecord::toString).containsExactly(
                "UNMIL GHA POLICE 2005-06-30: 45, 5 female",
                "UNMIL GHA EXPERTS_ON_MISSION 2005-06-30: 10, 0 female",
                "UNMIL GHA TROOPS 2005-06-30: 820, 20 female");
        assertThat(summary.rankingOnLatestDate().get(0).police()).isEqualTo(45);
    }

    @Test
    void progressIsReportedForLongFiles() throws IOException {
        StringBuilder csv = new StringBuilder(
                "Date,Contributor ISO-3,Mission,Troops Male,Troops Female,Troops Total\n");
        for (int day = 0; day < 25_000; day++) {
            csv.append(LocalDate.of(1950, 1, 1).plusDays(day)).append(",FJI,UNDOF,1,0,1\n");
        }
        List<Long> progress = new ArrayList<>();

        ImportSummary summary = ContributionsCsv.read(new StringReader(csv.toString()), r -> { },
                progress::add);

        assertThat(progress).containsExactly(10_000L, 20_000L);
        assertThat(summary.records()).isEqualTo(25_000);
        assertThat(summary.refusals()).isEmpty();
    }

    static List<String> lines(String resource) throws IOException {
        try (java.io.BufferedReader in = new java.io.BufferedReader(reader(resource))) {
            return in.lines().collect(java.util.stream.Collectors.toList());
        }
    }

    static Reader reader(String resource) {
        return new InputStreamReader(ContributionsCsvTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8);
    }

    /** The data rows, split at the commas outside quotes, quotes removed. */
    static List<String[]> rawRows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (java.io.BufferedReader in = new java.io.BufferedReader(reader(resource))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].replace("\"", "");
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static int indexOf(List<String[]> rows, String originalRow) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i)[0].equals(originalRow)) {
                return i;
            }
        }
        throw new AssertionError(originalRow);
    }
}
