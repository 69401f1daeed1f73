package io.github.peacekeeping.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.examples.Cli;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report command as a user runs it: MINUSTAH from its shipped files (the mission document, the
 * contributions imported from the UN's figures by sex, the UN's fatality rows), a mission without figures,
 * records left out, unreadable inputs and outputs, and usage.
 */
class ReportCommandTest {

    private static final Path MINUSTAH = Path.of("reports/MINUSTAH");

    @TempDir
    static Path shared;
    private static Path contributions;

    @TempDir
    Path temporary;

    @BeforeAll
    static void importContributions() {
        contributions = shared.resolve("minustah.jsonl");
        Cli.Result imported = Cli.run("import-contributions", MINUSTAH.resolve("data/gender_minustah.csv").toString(),
                "-o", contributions.toString());
        assertThat(imported.exitCode()).isZero();
    }

    private static Cli.Result minustah(Path directory) {
        return Cli.run("report", MINUSTAH.resolve("mission.json").toString(), "--contributions", contributions.toString(),
                "--fatalities", MINUSTAH.resolve("data/fatalities.csv").toString(), "-o", directory.toString());
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(ReportCommandTest.class.getResource(name).toURI()).toString();
    }

    @Test
    void minustahFromItsFiles() throws Exception {
        Path out = temporary.resolve("minustah");
        Cli.Result result = minustah(out);

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo(contributions + ": 3737 records of MINUSTAH used, 0 of other missions skipped\n"
                + MINUSTAH.resolve("data/fatalities.csv") + ": 187 deaths in MINUSTAH\n"
                + "wrote " + out.resolve("index.html") + "\nwrote " + out.resolve("strength.svg") + "\n"
                + "wrote " + out.resolve("women.svg") + "\nwrote " + out.resolve("fatalities.svg") + "\n");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("index.html", "strength.svg", "women.svg", "fatalities.svg");
        }
        String html = read(out.resolve("index.html"));
        assertThat(html).contains("<img src=\"strength.svg\"", "<img src=\"women.svg\"", "<img src=\"fatalities.svg\"");
        // Hand-computed from Gender.Full.csv: troops 7,031 and 5,794 (with 0 experts on mission), police
        // 905 + 1,129 = 2,034 and 838 + 1,575 = 2,413; the ceilings of S/RES/1892 (2009) and S/RES/2119 (2013).
        assertThat(html).contains("<tr><th scope=\"row\">2009-11-30</th><td>7,031</td><td>6,940</td><td>2,034</td>"
                        + "<td>2,211</td></tr>",
                "<tr><th scope=\"row\">2014-02-28</th><td>5,794</td><td>5,021</td><td>2,413</td><td>2,601</td></tr>");
        // Women: troops 139 of 7,031 and 170 of 5,794; individual police 54 of 905 and 108 of 838; formed police
        // units 35 of 1,129 and 139 of 1,575.
        assertThat(html).contains("<tr><th scope=\"row\">2009-11-30</th><td>2.0%</td><td>6.0%</td><td>3.1%</td></tr>",
                "<tr><th scope=\"row\">2014-02-28</th><td>2.9%</td><td>12.9%</td><td>8.8%</td></tr>");
        // The year of the earthquake: 101 records, from the UN's fatality file.
        assertThat(html).contains("<th scope=\"col\">Military</th><th scope=\"col\">Police</th>"
                        + "<th scope=\"col\">International Civilian</th><th scope=\"col\">Local</th><th scope=\"col\">Other</th>",
                "<tr><th scope=\"row\">2010</th><td>26</td><td>18</td><td>32</td><td>21</td><td>4</td><td>101</td></tr>");

        ParsedSvg women = ParsedSvg.parse(read(out.resolve("women.svg")));
        assertThat(women.lines()).hasSize(3).allSatisfy(line -> assertThat(line.vertices()).hasSize(52));
        assertThat(women.texts()).contains("Women (% of personnel)", "Troops", "Individual police", "Formed police units");
        ParsedSvg strength = ParsedSvg.parse(read(out.resolve("strength.svg")));
        assertThat(strength.lines()).hasSize(4);
        assertThat(strength.texts()).contains("S/RES/1892", "S/RES/1908", "S/RES/1927", "S/RES/2012", "S/RES/2070", "S/RES/2119");
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws Exception {
        Path first = temporary.resolve("first");
        Path second = temporary.resolve("second");
        assertThat(minustah(first).exitCode()).isZero();
        assertThat(minustah(second).exitCode()).isZero();
        for (String file : List.of("index.html", "strength.svg", "women.svg", "fatalities.svg")) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void fatalityRecordsInJsonLinesGiveTheSameReportAsTheUnsFile() throws Exception {
        Path records = temporary.resolve("fatalities.jsonl");
        assertThat(Cli.run("import-fatalities", MINUSTAH.resolve("data/fatalities.csv").toString(), "-o",
                records.toString()).exitCode()).isZero();
        Path fromCsv = temporary.resolve("csv");
        Path fromRecords = temporary.resolve("records");
        assertThat(minustah(fromCsv).exitCode()).isZero();

        Cli.Result result = Cli.run("report", MINUSTAH.resolve("mission.json").toString(), "--contributions",
                contributions.toString(), "--fatalities", records.toString(), "-o", fromRecords.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains(records + ": 187 deaths in MINUSTAH\n");
        for (String file : List.of("index.html", "fatalities.svg")) {
            assertThat(read(fromRecords.resolve(file))).as(file).isEqualTo(read(fromCsv.resolve(file)));
        }
    }

    @Test
    void aBrokenFatalityRecordIsNamedWithItsLine() throws Exception {
        Path records = temporary.resolve("broken.jsonl");
        Files.writeString(records, "{\"casualtyId\":\"UNAMIR-1994-04-10880\",\"mission\":\"UNAMIR\",\"date\":\"1994-04-07\","
                + "\"category\":\"MILITARY\",\"incidentType\":\"MALICIOUS_ACT\"}\n{\"casualtyId\":\"x\"}\n");
        Cli.Result result = Cli.run("report", MINUSTAH.resolve("mission.json").toString(), "--fatalities",
                records.toString(), "-o", temporary.resolve("out").toString());
        assertThat(result.exitCode()).isEqualTo(ReportCommand.UNREADABLE);
        assertThat(result.err()).startsWith(records + ": ").contains("line 2").doesNotContain("Exception");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(temporary.resolve("out")).doesNotExist();
    }

    @Test
    void aRepeatedRecordIsLeftOutAndSaid() throws Exception {
        List<String> lines = Files.readAllLines(contributions, StandardCharsets.UTF_8);
        Path repeated = temporary.resolve("repeated.jsonl");
        Files.write(repeated, List.of(lines.get(0), lines.get(1), lines.get(0)), StandardCharsets.UTF_8);
        Path out = temporary.resolve("out");

        Cli.Result result = Cli.run("report", MINUSTAH.resolve("mission.json").toString(), "--contributions",
                repeated.toString(), "-o", out.toString());

        assertThat(result.exitCode()).isEqualTo(ReportCommand.RECORDS_LEFT_OUT);
        assertThat(result.err()).matches(repeated.toString().replace("\\", "\\\\")
                + ": line 3: left out: repeats the figure of [A-Z]{3} [A-Z_]+ on \\d{4}-\\d{2}-\\d{2} given before\n");
        assertThat(result.out()).startsWith(repeated + ": 2 records of MINUSTAH used, 0 of other missions skipped\n");
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void aChartWithoutDataIsLeftOutWithASentenceAndAnEarlierOneRemoved() throws Exception {
        Path out = temporary.resolve("unamir");
        Files.createDirectories(out);
        Files.writeString(out.resolve("women.svg"), "an earlier report's chart");

        Cli.Result result = Cli.run("report", resource("/validate/unamir.json"), "-o", out.toString());

        assertThat(result.exitCode()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("index.html", "strength.svg");
        }
        assertThat(read(out.resolve("index.html"))).contains("<p>No chart of women&#39;s share: no contribution file was "
                + "given, and the mission document has no figure split by sex.</p>",
                "<p>No chart of fatalities: no fatality file was given.</p>", "<img src=\"strength.svg\"")
                .doesNotContain("women.svg", "fatalities.svg");
    }

    @Test
    void aMissingMissionFileWritesNothing() {
        Path out = temporary.resolve("out");
        Cli.Result result = Cli.run("report", "no-such-mission.json", "-o", out.toString());
        assertThat(result.exitCode()).isEqualTo(ReportCommand.UNREADABLE);
        assertThat(result.err()).isEqualTo("no-such-mission.json: cannot read: no such file or directory\n");
        assertThat(result.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissionFileThatIsNotJsonIsNamedWithItsLine() throws Exception {
        String broken = resource("/validate/unamir-missing-comma.json");
        Cli.Result result = Cli.run("report", broken, "-o", temporary.resolve("out").toString());
        assertThat(result.exitCode()).isEqualTo(ReportCommand.UNREADABLE);
        assertThat(result.err()).startsWith(broken + ": ").contains("line 8").endsWith("\n").doesNotContain("Exception");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(temporary.resolve("out")).doesNotExist();
    }

    @Test
    void aContributionFileThatIsNotJsonLines() {
        String csv = MINUSTAH.resolve("data/gender_minustah.csv").toString();
        Cli.Result result = Cli.run("report", MINUSTAH.resolve("mission.json").toString(), "--contributions", csv,
                "-o", temporary.resolve("out").toString());
        assertThat(result.exitCode()).isEqualTo(ReportCommand.UNREADABLE);
        assertThat(result.err()).startsWith(csv + ": ").doesNotContain("Exception");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(temporary.resolve("out")).doesNotExist();
    }

    @Test
    void aFatalityFileThatIsNotTheUnsFile() {
        String notCsv = MINUSTAH.resolve("mission.json").toString();
        Cli.Result result = Cli.run("report", MINUSTAH.resolve("mission.json").toString(), "--fatalities", notCsv,
                "-o", temporary.resolve("out").toString());
        assertThat(result.exitCode()).isEqualTo(ReportCommand.UNREADABLE);
        assertThat(result.err()).startsWith(notCsv + ": ").doesNotContain("Exception");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(temporary.resolve("out")).doesNotExist();
    }

    @Test
    void anOutputThatIsAFileIsLeftAsItWas() throws Exception {
        Path file = temporary.resolve("taken");
        Files.writeString(file, "not a directory");
        Cli.Result result = Cli.run("report", MINUSTAH.resolve("mission.json").toString(), "-o", file.toString());
        assertThat(result.exitCode()).isEqualTo(ReportCommand.UNREADABLE);
        assertThat(result.err()).isEqualTo(file + ": cannot write the report: not a directory\n");
        assertThat(read(file)).isEqualTo("not a directory");
    }

    @Test
    void usage() {
        Cli.Result missing = Cli.run("report", MINUSTAH.resolve("mission.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("Missing required option: '--output=DIR'\n");

        Cli.Result help = Cli.run("report", "-h");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: peacekeeping-examples report [-hV] [--contributions=FILE]");
    }
}
