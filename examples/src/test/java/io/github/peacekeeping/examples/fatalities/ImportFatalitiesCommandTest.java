package io.github.peacekeeping.examples.fatalities;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.examples.Cli;
import io.github.peacekeeping.json.PeacekeepingJson;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: what a user sees for the real slice, broken rows and a missing file, and the exit codes. */
class ImportFatalitiesCommandTest {

    private static String path(String resource) throws URISyntaxException {
        return Path.of(ImportFatalitiesCommandTest.class.getResource("/fatalities/" + resource).toURI()).toString();
    }

    @Test
    void theSlice() throws URISyntaxException {
        Cli.Result result = Cli.run("import-fatalities", path("fatalities-slice.csv"));
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains(
                "rows read: 66\nrows refused: 0\nfatalities: 66\n",
                "aliases resolved by the incident date:\n  IPTF -> UNMIBH 1\n  UNAVEM -> UNAVEM II 1, UNAVEM III 1\n"
                        + "  UNEF -> UNEF I 2, UNEF II 1\n  UNOSOM -> UNOSOM I 1, UNOSOM II 2\n  UNPSG -> UNCPSG 1\n",
                "names kept as the file writes them (not operations of the catalogue): UNAMA 1, UNPF 1, UNSecretariat 1\n",
                "nationalities read from their name (no isocode3): \"Côte dIvoire\" -> CIV 1, \"Mauritius\" -> MUS 1, "
                        + "\"Türkiye\" -> TUR 1, \"Viet Nam\" -> VNM 1\n",
                "no nationality: \"\" 1, \"ZZ [Undetermined]\" 1\n",
                "casualty identifiers recorded more than once: 1\n",
                "per mission: total (military, military observers, police, international civilians, local, other); per year\n",
                "  UNAMIR          27 (22, 3, 1, 0, 1, 0)  1994: 18, 1995: 9\n",
                "  UNTAG           19 (11, 0, 4, 3, 1, 0)  1989: 14, 1990: 5\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void refusedRows() throws URISyntaxException {
        Cli.Result result = Cli.run("import-fatalities", path("bad-rows.csv"));
        assertThat(result.exitCode()).isEqualTo(ImportFatalitiesCommand.REFUSED_ROWS);
        assertThat(result.out()).contains("rows read: 13\nrows refused: 10\n  line 3: incident_date \"1994-05-32\" is not an "
                + "ISO-8601 date\n", "  UNAMIR-1994-04-10880 at lines [2, 14]\n", "  UNAMIR           3 (2, 0, 0, 0, 1, 0)  1994: 2, 1995: 1\n");
    }

    @Test
    void writesTheRecordsToAFileThatReadsBack(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("fatalities.jsonl");

        Cli.Result result = Cli.run("import-fatalities", path("fatalities-slice.csv"), "-o", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("rows read: 66\nrows refused: 0\nfatalities: 66\n");
        try (Stream<Fatality> records = PeacekeepingJson.standard().readFatalities(out)) {
            List<Fatality> unamir = records.filter(f -> f.mission().equals("UNAMIR")).toList();
            assertThat(unamir).hasSize(27);
            assertThat(unamir.get(0)).hasToString("UNAMIR-1994-04-10880 UNAMIR 1994-04-07 BEL MILITARY MALICIOUS_ACT MALE");
        }
        assertThat(Files.readAllLines(out)).hasSize(66);
    }

    @Test
    void writesTheRecordsToStandardOutputAndTheSummaryToStandardError() throws Exception {
        Cli.Result result = Cli.run("import-fatalities", path("fatalities-slice.csv"), "-o", "-");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().split("\n")).hasSize(66);
        assertThat(result.out()).startsWith("{\"casualtyId\":");
        assertThat(result.err()).contains("rows read: 66\nrows refused: 0\nfatalities: 66\n");
    }

    @Test
    void aFailedImportLeavesTheEarlierOutputAsItWas(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("fatalities.jsonl");
        Files.writeString(out, "earlier\n");

        Cli.Result result = Cli.run("import-fatalities", dir.resolve("no-such-file.csv").toString(), "-o",
                out.toString());

        assertThat(result.exitCode()).isEqualTo(ImportFatalitiesCommand.UNREADABLE);
        assertThat(Files.readString(out)).isEqualTo("earlier\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void refusesToReplaceItsInput(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("fatalities.csv");
        Files.copy(Path.of(path("fatalities-slice.csv")), input);

        Cli.Result result = Cli.run("import-fatalities", input.toString(), "-o", input.toString());

        assertThat(result.exitCode()).isEqualTo(ImportFatalitiesCommand.UNREADABLE);
        assertThat(result.err()).isEqualTo(input + ": cannot write: it is the input file\n");
        assertThat(Files.readString(input)).isEqualTo(Files.readString(Path.of(path("fatalities-slice.csv"))));
    }

    @Test
    void aMissingFile() {
        Cli.Result result = Cli.run("import-fatalities", "no-such-file.csv");
        assertThat(result.exitCode()).isEqualTo(ImportFatalitiesCommand.UNREADABLE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("no-such-file.csv: ");
    }
}
