package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PeacekeepingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers that meet a value the format cannot hold refuse it before they write it, leave no partial
 * document, refuse further records after a failure, and replace a file only with a complete one. Each
 * of these failed before the redesign: the record writer nested the next record inside a broken one and
 * counted it, and a file was left truncated.
 */
class WriterFailureTest {

    private static final ContributionRecord GOOD = Records.record(1);
    /** A record dated after the year 9999: the model holds it, yyyy-mm-dd cannot. */
    private static final ContributionRecord FAR_FUTURE = ContributionRecord.of("UNMIL",
            Deployment.of(Samples.BGD, MilitaryCategory.TROOPS, LocalDate.of(10_000, 1, 31), 1));
    private static final String FAR_FUTURE_MESSAGE =
            "Invalid value for date: +10000-01-31 (the wire format holds years 0 to 9999)";

    private static Mission named(String name) {
        return Mission.builder().from(Samples.minimalMission()).name(name).build();
    }

    /** A mission the format cannot hold: the model refuses such a year for its own dates, not for an expiry. */
    private static Mission farFuture() {
        Mission minimal = Samples.minimalMission();
        return Mission.builder().from(minimal).mandates(List.of(Mandate.builder().from(minimal.mandates().get(0))
                .expires(LocalDate.of(10_000, 1, 1)).build())).build();
    }

    @Test
    void theRecordWriterRefusesARecordBeforeAnyOfItIsWrittenThenRefusesMore() throws IOException {
        StringWriter out = new StringWriter();
        try (Facade.RecordWriter writer = Wire.JSON.recordWriter(out)) {
            writer.write(GOOD);

            assertThatThrownBy(() -> writer.write(FAR_FUTURE))
                    .isInstanceOf(PeacekeepingException.class).hasMessage(FAR_FUTURE_MESSAGE);
            assertThat(writer.count()).isEqualTo(1);
            assertThatThrownBy(() -> writer.write(GOOD))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("The writer failed before and writes no more records: " + FAR_FUTURE_MESSAGE);
            assertThat(writer.count()).isEqualTo(1);
        }
        assertThat(out.toString()).isEqualTo(Records.line(1));
    }

    @Test
    void writingRecordsToAStreamKeepsTheCompleteLinesBeforeAFailure() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> Wire.JSON.writeRecords(Stream.of(GOOD, FAR_FUTURE, GOOD), out))
                .isInstanceOf(PeacekeepingException.class).hasMessage(FAR_FUTURE_MESSAGE);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Records.line(1));
    }

    @Test
    void writingRecordsToAFileLeavesTheOldFileWhenARecordFails(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("records.jsonl");
        Files.writeString(file, "old\n");

        assertThatThrownBy(() -> Wire.JSON.writeRecords(Stream.of(GOOD, FAR_FUTURE), file))
                .isInstanceOf(PeacekeepingException.class).hasMessage(FAR_FUTURE_MESSAGE);
        assertThat(Files.readString(file)).isEqualTo("old\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(Wire.JSON.writeRecords(Stream.of(GOOD), file)).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo(Records.line(1));
    }

    @Test
    void writingAMissionToAFileLeavesTheOldFileWhenItFails(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("unmil.json");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> Wire.JSON.writeMission(farFuture(), file))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for mandates[0].expires: +10000-01-01 (the wire format holds years 0 to 9999)");
        assertThat(Files.readString(file)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        Wire.JSON.writeMission(Samples.minimalMission(), file);
        assertThat(Wire.JSON.readMission(file)).isEqualTo(Samples.minimalMission());
    }

    @Test
    void writingAMissionToAStreamOrAWriterWritesNothingWhenItFails() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter text = new StringWriter();

        assertThatThrownBy(() -> Wire.JSON.writeMission(farFuture(), bytes)).isInstanceOf(PeacekeepingException.class);
        assertThatThrownBy(() -> Wire.JSON.withPrettyPrinting().writeMission(farFuture(), text))
                .isInstanceOf(PeacekeepingException.class);
        assertThat(bytes.size()).isZero();
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void theErrorNamesThePathOfTheValue() {
        Mission late = Mission.builder().from(Samples.fullMission())
                .addMandate(io.github.peacekeeping.core.Mandate.builder().from(Samples.minimalMandate())
                        .effective(LocalDate.of(10_001, 2, 3)).build())
                .build();

        assertThatThrownBy(() -> Wire.JSON.writeMission(late))
                .hasMessage("Invalid value for mandates[2].effective: +10001-02-03 (the wire format holds years 0 to 9999)");
        assertThat(Wire.modelError(catchThrowable(() -> Wire.MAPPER.writeValueAsString(late))))
                .hasMessage("Invalid value for mandates[2].effective: +10001-02-03 (the wire format holds years 0 to 9999)");
    }

    @Test
    void stringsOverTheReadersLimitAreRefusedWhenWritten() {
        Mission longest = named("N".repeat(Wire.MAX_STRING_LENGTH));

        assertThat(Wire.JSON.readMission(Wire.JSON.writeMission(longest))).isEqualTo(longest);
        assertThatThrownBy(() -> Wire.JSON.writeMission(named("N".repeat(Wire.MAX_STRING_LENGTH + 1))))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for name: \"" + "N".repeat(60) + "...\" (longer than the readers' limit of"
                        + " 10000 characters)");
    }

    @Test
    void aSurrogateWithoutItsPairIsRefusedWhenWritten() {
        assertThatThrownBy(() -> Wire.JSON.writeMission(named("Mission \ud800 in Liberia")))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for name: \"Mission \\ud800 in Liberia\" (a surrogate without its pair is"
                        + " not Unicode text)");
        Mission paired = named("Mission \ud83c\udf0d in Liberia");
        assertThat(Wire.JSON.readMission(Wire.JSON.writeMission(paired))).isEqualTo(paired);
    }
}
