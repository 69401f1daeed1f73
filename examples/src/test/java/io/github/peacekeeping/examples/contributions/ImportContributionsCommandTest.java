package io.github.peacekeeping.examples.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.examples.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportContributionsCommandTest {

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

        assertThat(result.out()).isEqualTo(
                "{\"mission\":\"UNDOF\",\"contributor\":\"FJI\",\"category\":\"TROOPS\",\"date\":\"2014-01-31\",\"total\":509,\"female\":19}\n"
                + "{\"mission\":\"UNDOF\",\"contributor\":\"PHL\",\"category\":\"TROOPS\",\"date\":\"2014-01-31\",\"total\":344,\"female\":15}\n");
        assertThat(result.err()).startsWith("rows read: 8\n");
    }

    @Test
    void aFileThatIsNotAContributionFileExitsWithTwo() throws IOException {
        Path csv = dir.resolve("other.csv");
        Files.writeString(csv, "Date,Mission,Troops\n2014-01-31,UNDOF,12\n");

        Cli.Result result = Cli.run("import-contributions", csv.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(csv + ": line 1, header: missing columns [Contributor ISO-3, "
                + "a Male/Female/Total triple for a personnel category]\n");
    }

    @Test
    void aMissingFileExitsWithTwo() {
        Cli.Result result = Cli.run("import-contributions", dir.resolve("nowhere.csv").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith(dir.resolve("nowhere.csv") + ": ");
    }

    private Path copy(String resource) throws IOException {
        Path file = dir.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }
}
