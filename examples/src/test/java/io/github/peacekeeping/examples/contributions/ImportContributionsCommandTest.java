package io.github.peacekeeping.examples.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.examples.Cli;
import io.github.peacekeeping.examples.PeacekeepingCli;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportContributionsCommandTest {

    /** The records of bad-rows.csv's two good rows, as JSON Lines. */
    private static final String BAD_ROWS_RECORDS =
            "{\"mission\":\"UNDOF\",\"contributor\":\"FJI\",\"category\":\"TROOPS\",\"date\":\"2014-01-31\",\"total\":509,\"female\":19}\n"
            + "{\"mission\":\"UNDOF\",\"contributor\":\"PHL\",\"category\":\"TROOPS\",\"date\":\"2014-01-31\",\"total\":344,\"female\":15}\n";

    @TempDir
    Path dir;

    @Test
    void importsTheSliceAndWritesJsonLines() throws IOException {
        Path csv = copy(ContributionsCsvTest.SLICE);
        Path jsonl = dir.resolve("records.jsonl");

        Cli.Result result = Cli.run("import-contributions", csv.toString(), "--output", jsonl.toString(), "--top", "3");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("rows read: 328\nrows refused: 0\n")
                .contains("  UNDOF        2  2014-01-31  2014-02-28     1243 (39)\n")
                .contains("top contributors on 2014-02-28:\n   1. ");
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(Integer.parseInt(result.out().replaceAll("(?s).*\nrecords: (\\d+)\n.*", "$1")));
        assertThat(lines).contains(
                "{\"mission\":\"UNMIL\",\"contributor\":\"BGD\",\"category\":\"TROOPS\",\"date\":\"2014-02-28\","
                        + "\"total\":515,\"female\":6}");
        assertThat(filesIn(dir)).containsExactlyInAnyOrder("gender-slice-2014.csv", "records.jsonl");
    }

    @Test
    void refusedRowsAreListedAndTheExitCodeIsOne() throws IOException {
        Cli.Result result = Cli.run("import-contributions", copy(ContributionsCsvTest.BAD_ROWS).toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains(
                "rows read: 8\n"
                + "rows refused: 6\n"
                + "  line 3: Contributor ISO-3 \"XXX\" is not an ISO 3166-1 alpha-3 code, XKX or a former ISO 3166-3 code\n"
                + "  line 4: Troops Male -113 is negative\n")
                .contains("records: 2\n")
                .endsWith("no --output given: records not written\n");
    }

    @Test
    void recordsToStandardOutputLeaveTheSummaryOnStandardError() throws IOException {
        Cli.Result result = Cli.run("import-contributions", copy(ContributionsCsvTest.BAD_ROWS).toString(), "-o", "-");

        assertThat(result.out()).isEqualTo(BAD_ROWS_RECORDS);
        assertThat(result.err()).startsWith("rows read: 8\n");
    }

    @Test
    void aDashReadsStandardInput() throws IOException {
        String csv = resource(ContributionsCsvTest.BAD_ROWS);

        Cli.Result result = Cli.runWithInput(csv, "import-contributions", "-", "-o", "-");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo(BAD_ROWS_RECORDS);
        assertThat(result.err()).startsWith("rows read: 8\nrows refused: 6\n");
    }

    @Test
    void standardInputIsReadButNotClosed() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(resource(ContributionsCsvTest.BAD_ROWS).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        int exitCode = PeacekeepingCli.run(new String[] {"import-contributions", "-"}, in,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

        assertThat(exitCode).isEqualTo(1);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void anUnbalancedQuoteRefusesItsRowAndTheImportGoesOn() throws IOException {
        // The slice's header and UNDOF rows of 31 January 2014 for Fiji, India and Ireland; India's row has
        // lost the closing quote of "UNDOF", so its line of 77 characters ends inside a quoted cell (the column given is the last).
        List<String> slice = Files.readAllLines(copy(ContributionsCsvTest.SLICE), StandardCharsets.UTF_8);
        Path csv = dir.resolve("unbalanced.csv");
        Files.writeString(csv, String.join("\n", slice.get(0), slice.get(44), slice.get(58).replace("\"UNDOF\"", "\"UNDOF"),
                slice.get(62)) + "\n", StandardCharsets.UTF_8);
        Path jsonl = dir.resolve("records.jsonl");

        Cli.Result result = Cli.run("import-contributions", csv.toString(), "-o", jsonl.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).startsWith("rows read: 3\nrows refused: 1\n"
                + "  line 3: not CSV at column 77: Missing closing quote for value\n");
        assertThat(Files.readString(jsonl)).isEqualTo(
                "{\"mission\":\"UNDOF\",\"contributor\":\"FJI\",\"category\":\"TROOPS\",\"date\":\"2014-01-31\",\"total\":509,\"female\":19}\n"
                + "{\"mission\":\"UNDOF\",\"contributor\":\"IRL\",\"category\":\"TROOPS\",\"date\":\"2014-01-31\",\"total\":116,\"female\":3}\n");
    }

    @Test
    void bytesThatAreNotUtf8RefuseTheirRowOnly() throws IOException {
        // Fiji's row with its mission written in ISO 8859-1, as a spreadsheet might save "UNDOF\u00e9".
        List<String> badRows = Files.readAllLines(copy(ContributionsCsvTest.BAD_ROWS), StandardCharsets.UTF_8);
        byte[] latin1 = (badRows.get(0) + "\n" + badRows.get(1).replace("\"UNDOF\"", "\"UNDOF\u00e9\"") + "\n"
                + badRows.get(6) + "\n").getBytes(StandardCharsets.ISO_8859_1);
        Path csv = dir.resolve("latin1.csv");
        Files.write(csv, latin1);

        Cli.Result result = Cli.run("import-contributions", csv.toString(), "-o", "-");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("rows refused: 1\n  line 2: column 39 holds U+FFFD: bytes that were not "
                + "UTF-8 text, or text lost in an earlier conversion\n");
        assertThat(result.out()).isEqualTo(BAD_ROWS_RECORDS.substring(BAD_ROWS_RECORDS.indexOf('\n') + 1));
    }

    @Test
    void aMissingInputNamesTheFileAndTheProblem() {
        Path missing = dir.resolve("nope.csv");

        Cli.Result result = Cli.run("import-contributions", missing.toString(), "-o", dir.resolve("out.jsonl").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo(missing + ": cannot read: no such file or directory\n");
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void anInputThatIsADirectoryIsRefused() {
        Cli.Result result = Cli.run("import-contributions", dir.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(dir + ": cannot read: is a directory\n");
    }

    @Test
    void anOutputInAMissingDirectoryNamesTheOutput() throws IOException {
        Path csv = copy(ContributionsCsvTest.BAD_ROWS);
        Path nowhere = dir.resolve("nowhere");

        Cli.Result result = Cli.run("import-contributions", csv.toString(), "-o", nowhere.resolve("out.jsonl").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(nowhere.resolve("out.jsonl") + ": cannot write: no such directory "
                + nowhere + "\n");
        assertThat(filesIn(dir)).containsExactly("bad-rows.csv");
    }

    @Test
    void anOutputThatIsADirectoryIsRefused() throws IOException {
        Path csv = copy(ContributionsCsvTest.BAD_ROWS);

        Cli.Result result = Cli.run("import-contributions", csv.toString(), "-o", dir.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(dir + ": cannot write: is a directory\n");
    }

    @Test
    void theInputIsNeverItsOwnOutput() throws IOException {
        Path csv = copy(ContributionsCsvTest.BAD_ROWS);
        String before = Files.readString(csv);

        Cli.Result result = Cli.run("import-contributions", csv.toString(), "-o", dir.resolve(".").resolve("bad-rows.csv").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(dir.resolve(".").resolve("bad-rows.csv") + ": cannot write: it is the input file\n");
        assertThat(Files.readString(csv)).isEqualTo(before);
    }

    @Test
    void anImportThatFailsHalfWayLeavesNoPartialOutputAndTheEarlierOneAsItWas() throws IOException {
        // Standard input breaks after the header and two good rows of bad-rows.csv.
        List<String> badRows = Files.readAllLines(copy(ContributionsCsvTest.BAD_ROWS), StandardCharsets.UTF_8);
        byte[] start = (badRows.get(0) + "\n" + badRows.get(1) + "\n" + badRows.get(6) + "\n").getBytes(StandardCharsets.UTF_8);
        InputStream breaking = new SequenceInputStream(new ByteArrayInputStream(start), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });
        Path jsonl = dir.resolve("records.jsonl");
        Files.writeString(jsonl, "an earlier import\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = PeacekeepingCli.run(new String[] {"import-contributions", "-", "-o", jsonl.toString()},
                breaking, new PrintWriter(out), new PrintWriter(err));

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("standard input: connection reset" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        assertThat(Files.readString(jsonl)).isEqualTo("an earlier import\n");
        assertThat(filesIn(dir)).containsExactlyInAnyOrder("bad-rows.csv", "records.jsonl");
    }

    @Test
    void aSuccessfulImportReplacesTheEarlierOutput() throws IOException {
        Path jsonl = dir.resolve("records.jsonl");
        Files.writeString(jsonl, "an earlier import, longer than the new one\n".repeat(100));

        Cli.Result result = Cli.run("import-contributions", copy(ContributionsCsvTest.BAD_ROWS).toString(), "-o",
                jsonl.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(Files.readString(jsonl)).isEqualTo(BAD_ROWS_RECORDS);
        assertThat(filesIn(dir)).containsExactlyInAnyOrder("bad-rows.csv", "records.jsonl");
    }

    @Test
    void aFileThatIsNotAContributionFileExitsWithTwo() throws IOException {
        Path csv = dir.resolve("other.csv");
        Files.writeString(csv, "Date,Mission,Troops\n2014-01-31,UNDOF,12\n");

        Cli.Result result = Cli.run("import-contributions", csv.toString(), "-o", dir.resolve("out.jsonl").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(csv + ": line 1, header: missing columns [Contributor ISO-3, "
                + "a Male/Female/Total triple for a personnel category]\n");
        assertThat(filesIn(dir)).containsExactly("other.csv");
    }

    @Test
    void anEmptyInputExitsWithTwo() {
        Cli.Result result = Cli.runWithInput("", "import-contributions", "-");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("standard input: line 1: no header: the file is empty\n");
    }

    @Test
    void aFileNameWithALineBreakIsPrintedOnOneLine() {
        Path missing = dir.resolve("two\nlines.csv");

        Cli.Result result = Cli.run("import-contributions", missing.toString());

        assertThat(result.err()).isEqualTo(dir.resolve("two") + "\\nlines.csv: cannot read: no such file or directory\n");
    }

    private Path copy(String resource) throws IOException {
        Path file = dir.resolve(Path.of(resource).getFileName().toString());
        if (!Files.exists(file)) {
            try (InputStream in = getClass().getResourceAsStream(resource)) {
                Files.copy(in, file);
            }
        }
        return file;
    }

    private static String resource(String resource) throws IOException {
        try (InputStream in = ImportContributionsCommandTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> filesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
