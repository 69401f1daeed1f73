package io.github.peacekeeping.examples.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.examples.Cli;
import io.github.peacekeeping.examples.tour.Unamir;
import io.github.peacekeeping.json.PeacekeepingJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    /** PK112 once, where 918 (1994) tasks the protection of civilians; 965 (1994) keeps it so. */
    private static final String PK112_918 =
            "WARNING PK112 /mandates/3/tasks: S/RES/918 (1994) tasks PROTECTION_OF_CIVILIANS without Chapter VII\n";

    private static final String PK104_FORGED = "WARNING PK104 /mandates/0/expires: no mandate period covers "
            + "1994-04-06 to 1996-03-08 (703 days): the period set by S/RES/872 (1993) expired on 1994-04-05\n";
    private static final String PK113_FORGED =
            "ERROR PK113 /mandates/1/expires: S/RES/909 (1994) does EXTEND but gives no expiry date\n";
    private static final String PK116_FORGED = "WARNING PK116 /leadership/4/nationality: CSK (Czechoslovakia) is the "
            + "nationality of Old Soldier\\nERROR PK101 /mandates/0/effective: forged on 1994-01-01, outside the days "
            + "the code names its state: 1918-10-28/1992-12-31\n";

    @TempDir
    Path dir;

    private Path unamir;
    private Path outOfOrder;
    private Path missingComma;
    private Path unknownHost;
    private Path forgedName;

    @BeforeEach
    void copyDocuments() throws IOException {
        unamir = copy("unamir.json");
        outOfOrder = copy("unamir-out-of-order.json");
        missingComma = copy("unamir-missing-comma.json");
        unknownHost = copy("unamir-unknown-host.json");
        forgedName = copy("unamir-forged-name.json");
    }

    @Test
    void theReferenceDocumentHasNoErrorAndExitsWithZero() {
        Cli.Result result = Cli.run("validate", unamir.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(PK112_918);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theReferenceDocumentIsTheTourUnamirWithoutResolution893() throws IOException {
        Mission read = PeacekeepingJson.standard().readMission(unamir);

        assertThat(read).isEqualTo(Unamir.asInReferenceDocument());
    }

    @Test
    void decisionsOutOfOrderAreAnErrorAndExitWithOne() {
        Cli.Result result = Cli.run("validate", outOfOrder.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("ERROR PK109 /mandates/2/effective: S/RES/909 (1994) takes effect on "
                + "1994-04-05, before the decision recorded ahead of it, S/RES/912 (1994), on 1994-04-21\n"
                + PK112_918);
    }

    @Test
    void aDocumentThatIsNotJsonExitsWithTwoAndItsLocationOnStandardError() {
        Cli.Result result = Cli.run("validate", missingComma.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEqualTo("not a valid mission document: see standard error\n");
        assertThat(result.err()).startsWith(missingComma + ": Unexpected character ('\"' (code 34)): "
                + "was expecting comma to separate Object entries")
                .endsWith(" at region (line 8, column 3)\n");
    }

    @Test
    void aValueTheModelRefusesExitsWithTwoAndItsPathOnStandardError() {
        Cli.Result result = Cli.run("validate", unknownHost.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(unknownHost + ": Invalid value for hosts: \"RWX\" (not an ISO 3166-1 "
                + "alpha-3 code, XKX or a former ISO 3166-3 code) at hosts[0] (line 5, column 5)\n");
    }

    @Test
    void severalFilesAreEachNamedAndTheWorstExitCodeWins() {
        Path missing = dir.resolve("missing.json");

        Cli.Result result = Cli.run("validate", unamir.toString(), outOfOrder.toString(), missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).startsWith("== " + unamir + " ==\n" + PK112_918
                + "== " + outOfOrder + " ==\nERROR PK109 /mandates/2/effective: ")
                .endsWith("== " + missing + " ==\ncannot be read: see standard error\n");
        assertThat(result.err()).isEqualTo(missing + ": cannot read: no such file or directory\n");
        assertThat(Cli.run("validate", unamir.toString(), outOfOrder.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void aMissionWithoutFindingsSaysSo() throws IOException {
        Path untag = dir.resolve("untag.json");
        PeacekeepingJson.standard().writeMission(io.github.peacekeeping.examples.tour.Untag.mission(), untag);

        Cli.Result result = Cli.run("validate", untag.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("no findings\n");
    }

    @Test
    void aNameWithALineBreakCannotForgeAFindingLine() {
        Cli.Result result = Cli.run("validate", forgedName.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo(PK104_FORGED + PK113_FORGED + PK116_FORGED);
        assertThat(result.out().lines()).hasSize(3).filteredOn(l -> l.startsWith("ERROR PK101")).isEmpty();
    }

    @Test
    void theJsonFormatGivesOneObjectALinePerFindingWithItsLineAndColumn() {
        Cli.Result result = Cli.run("validate", "--format", "json", forgedName.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEmpty();
        String file = "{\"file\":" + quoted(forgedName);
        assertThat(result.out()).isEqualTo(
                // "expires": "1994-04-05" of the first decision: its value starts at column 18 of line 26.
                file + ",\"severity\":\"WARNING\",\"code\":\"PK104\",\"path\":\"/mandates/0/expires\",\"line\":26,"
                        + "\"column\":18,\"message\":\"" + message(PK104_FORGED) + "\"}\n"
                // The second decision has no "expires": its object starts at column 5 of line 41.
                + file + ",\"severity\":\"ERROR\",\"code\":\"PK113\",\"path\":\"/mandates/1/expires\",\"line\":41,"
                        + "\"column\":5,\"message\":\"" + message(PK113_FORGED) + "\"}\n"
                + file + ",\"severity\":\"WARNING\",\"code\":\"PK116\",\"path\":\"/leadership/4/nationality\","
                        + "\"line\":97,\"column\":22,\"message\":\"" + message(PK116_FORGED).replace("\\", "\\\\")
                        + "\"}\n");
    }

    @Test
    void theReadmesExampleOfTheJsonFormatIsWhatTheCommandPrints() throws IOException {
        String first = Cli.run("validate", "--format", "json", unamir.toString()).out().lines().findFirst().orElseThrow();

        assertThat(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8))
                .contains("\n  " + first.replace(quoted(unamir), "\"unamir.json\"") + "\n");
    }

    @Test
    void theJsonFormatReportsFilesThatCannotBeReadAsObjectsToo() {
        Path missing = dir.resolve("missing.json");

        Cli.Result result = Cli.run("validate", "--format", "JSON", unamir.toString(), missingComma.toString(),
                missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        List<String> lines = result.out().lines().collect(Collectors.toList());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith(
                "{\"file\":" + quoted(unamir) + ",\"severity\":\"WARNING\",\"code\":\"PK112\",\"path\":\"/mandates/3/tasks\",");
        assertThat(lines.subList(1, 3)).containsExactly(
                "{\"file\":" + quoted(missingComma) + ",\"severity\":\"ERROR\",\"path\":\"/region\",\"line\":8,\"column\":3,"
                        + "\"message\":\"Unexpected character ('\\\"' (code 34)): was expecting comma to separate Object "
                        + "entries at region (line 8, column 3)\"}",
                "{\"file\":" + quoted(missing) + ",\"severity\":\"ERROR\",\"message\":\"cannot read: no such file or "
                        + "directory\"}");
        // The same problems as in the text format, for a person reading the log.
        assertThat(result.err().lines()).hasSize(2);
    }

    @Test
    void aFileNameWithALineBreakIsPrintedOnOneLine() throws IOException {
        Path twoLines = Files.copy(unamir, dir.resolve("two\nlines.json"));
        Path missing = dir.resolve("missing\u2028file.json");

        Cli.Result result = Cli.run("validate", twoLines.toString(), missing.toString());

        assertThat(result.out()).startsWith("== " + dir + "/two\\nlines.json ==\n" + PK112_918)
                .endsWith("== " + dir + "/missing\\u2028file.json ==\ncannot be read: see standard error\n");
        assertThat(result.err()).isEqualTo(dir + "/missing\\u2028file.json: cannot read: no such file or directory\n");
        String json = Cli.run("validate", "--format", "json", missing.toString()).out();
        assertThat(json).isEqualTo("{\"file\":\"" + dir + "/missing\\u2028file.json\",\"severity\":\"ERROR\","
                + "\"message\":\"cannot read: no such file or directory\"}\n");
    }

    @Test
    void theJsonFormatEscapesWhatSomeReadersTakeForALineEnd() {
        // NEL, DEL, U+2028 and U+2029 are valid in a JSON string, but would split a line for some readers.
        Path missing = dir.resolve("a\u0085b\u007fc\u2028d\u2029e.json");

        String json = Cli.run("validate", "--format", "json", missing.toString()).out();

        assertThat(json).isEqualTo("{\"file\":\"" + dir + "/a\\u0085b\\u007Fc\\u2028d\\u2029e.json\",\"severity\":\"ERROR\","
                + "\"message\":\"cannot read: no such file or directory\"}\n");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Result result = Cli.run("validate", "--format", "xml", unamir.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("Invalid value for option '--format': expected one of [TEXT, JSON] "
                + "(case-insensitive) but was 'xml'\n");
    }

    @Test
    void withoutAFileItIsAUsageError() {
        assertThat(Cli.run("validate").exitCode()).isEqualTo(2);
    }

    /** The finding's message: what follows its path. */
    private static String message(String finding) {
        return finding.substring(finding.indexOf(": ") + 2, finding.length() - 1);
    }

    /** A path as a JSON string, for the file names of this test's directory (no character to escape). */
    private static String quoted(Path file) {
        return "\"" + file + "\"";
    }

    private Path copy(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/validate/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
