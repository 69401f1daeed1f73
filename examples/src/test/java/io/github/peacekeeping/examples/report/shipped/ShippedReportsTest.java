package io.github.peacekeeping.examples.report.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped reports are those their data make today: drawn again from copies of the slices, the pages
 * (which hold every figure of every chart) and the mission documents are the committed bytes. The
 * SVG files are not compared: their layout follows the fonts of the machine that draws them.
 */
class ShippedReportsTest {

    private static final Path REPORTS = Path.of("reports");

    @TempDir
    Path temporary;

    private Path copyOf(String mission) throws IOException {
        Path data = temporary.resolve(mission).resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(REPORTS.resolve(mission).resolve("data"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, data.resolve(file.getFileName().toString()));
            }
        }
        return temporary.resolve(mission);
    }

    @Test
    void unamirsPageAndMissionDocumentAreTheShippedOnes() throws IOException {
        Path directory = copyOf("UNAMIR");
        StringWriter err = new StringWriter();
        assertThat(ShippedReports.unamir(directory, new PrintWriter(new StringWriter()), new PrintWriter(err))).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(Files.readString(directory.resolve("mission.json")))
                .isEqualTo(Files.readString(REPORTS.resolve("UNAMIR/mission.json")));
        assertThat(Files.readString(directory.resolve("index.html")))
                .isEqualTo(Files.readString(REPORTS.resolve("UNAMIR/index.html")));
        try (Stream<Path> files = Files.list(REPORTS.resolve("UNAMIR"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("data", "mission.json", "index.html", "strength.svg", "fatalities.svg");
        }
    }

    @Test
    void minustahsPageAndMissionDocumentAreTheShippedOnes() throws IOException {
        Path directory = copyOf("MINUSTAH");
        StringWriter err = new StringWriter();
        assertThat(ShippedReports.minustah(directory, new PrintWriter(new StringWriter()), new PrintWriter(err))).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(Files.readString(directory.resolve("mission.json")))
                .isEqualTo(Files.readString(REPORTS.resolve("MINUSTAH/mission.json")));
        assertThat(Files.readString(directory.resolve("index.html")))
                .isEqualTo(Files.readString(REPORTS.resolve("MINUSTAH/index.html")));
        try (Stream<Path> files = Files.list(REPORTS.resolve("MINUSTAH"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("data", "mission.json",
                    "index.html", "strength.svg", "women.svg", "fatalities.svg");
        }
    }
}
