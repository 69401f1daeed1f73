package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.fatality.FatalityCategory;
import io.github.peacekeeping.core.fatality.Gender;
import io.github.peacekeeping.core.fatality.IncidentType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fatality records as JSON Lines, the second record type: the exact lines, reading from every source, errors
 * with their lines, and the writers' guarantees (a record checked whole before any of it is written, no
 * more records after a failure, a file replaced only by a complete one). The records are rows 1207, 1367
 * and 3479 of the UN's fatality file of 2025 (DPPADPOSS-FATALITIES.csv, last_update 2025-04-04): a Belgian
 * soldier of UNAMIR killed on 7 April 1994, a Rwandan local staff member of UNAMIR killed in an accident on
 * 20 March 1995, and a death at UNOCI on 13 March 2016 for which the file gives no nationality and no gender.
 */
class FatalityLinesTest {

    static final Fatality BELGIAN = Fatality.builder().casualtyId("UNAMIR-1994-04-10880").mission("UNAMIR")
            .date(LocalDate.of(1994, 4, 7)).nationality(CountryCode.of("BEL")).category(FatalityCategory.MILITARY)
            .incidentType(IncidentType.MALICIOUS_ACT).gender(Gender.MALE).build();
    static final Fatality RWANDAN = Fatality.builder().casualtyId("UNAMIR-1995-03-02994").mission("UNAMIR")
            .date(LocalDate.of(1995, 3, 20)).nationality(CountryCode.of("RWA")).category(FatalityCategory.LOCAL)
            .incidentType(IncidentType.ACCIDENT).gender(Gender.MALE).build();
    static final Fatality UNRECORDED = Fatality.builder().casualtyId("UNOCI-2016-03-09647").mission("UNOCI")
            .date(LocalDate.of(2016, 3, 13)).category(FatalityCategory.OTHER).incidentType(IncidentType.MALICIOUS_ACT)
            .build();

    static final String LINE_1 = "{\"casualtyId\":\"UNAMIR-1994-04-10880\",\"mission\":\"UNAMIR\",\"date\":\"1994-04-07\","
            + "\"nationality\":\"BEL\",\"category\":\"MILITARY\",\"incidentType\":\"MALICIOUS_ACT\",\"gender\":\"MALE\"}";
    static final String LINE_2 = "{\"casualtyId\":\"UNAMIR-1995-03-02994\",\"mission\":\"UNAMIR\",\"date\":\"1995-03-20\","
            + "\"nationality\":\"RWA\",\"category\":\"LOCAL\",\"incidentType\":\"ACCIDENT\",\"gender\":\"MALE\"}";
    static final String LINE_3 = "{\"casualtyId\":\"UNOCI-2016-03-09647\",\"mission\":\"UNOCI\",\"date\":\"2016-03-13\","
            + "\"category\":\"OTHER\",\"incidentType\":\"MALICIOUS_ACT\"}";
    static final String TEXT = LINE_1 + "\n" + LINE_2 + "\n" + LINE_3 + "\n";

    /** A record the format cannot hold: a date after the year 9999. */
    private static final Fatality FAR_FUTURE = Fatality.builder().from(BELGIAN).date(LocalDate.of(10_000, 1, 1)).build();
    private static final String FAR_FUTURE_MESSAGE =
            "Invalid value for date: +10000-01-01 (the wire format holds years 0 to 9999)";

    private static List<Fatality> records() {
        return List.of(BELGIAN, RWANDAN, UNRECORDED);
    }

    @Test
    void writesOneCompactRecordALineValidByTheSchema() throws IOException {
        StringWriter text = new StringWriter();
        try (Facade.FatalityWriter writer = Wire.JSON.withPrettyPrinting().fatalityWriter(text)) {
            for (Fatality record : records()) {
                writer.write(record);
            }
            assertThat(writer.count()).isEqualTo(3);
        }

        assertThat(text.toString()).isEqualTo(TEXT);
        for (String line : TEXT.split("\n")) {
            Wire.assertValid(line, "fatalityRecord");
        }
        assertThat(Wire.schemaErrors(LINE_3.replace("OTHER", "CIVILIAN"), "fatalityRecord")).isNotEmpty();
        assertThat(Wire.schemaErrors(LINE_3.replace("}", ",\"gender\":\"M\"}"), "fatalityRecord")).isNotEmpty();
    }

    @Test
    void writesAStreamToAnOutputStreamAndReadsItFromEverySource(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        assertThat(Wire.JSON.writeFatalities(records().stream(), bytes)).isEqualTo(3);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(TEXT);

        Path file = dir.resolve("fatalities.jsonl");
        assertThat(Wire.JSON.writeFatalities(records().stream(), file)).isEqualTo(3);
        try (Stream<Fatality> read = Wire.JSON.readFatalities(file)) {
            assertThat(read).containsExactlyElementsOf(records());
        }
        try (Stream<Fatality> read = Wire.JSON.readFatalities(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(read).containsExactlyElementsOf(records());
        }
        try (Stream<Fatality> read = Wire.JSON.readFatalities(new StringReader("\n" + TEXT + "\n"))) {
            assertThat(read).containsExactlyElementsOf(records());
        }
        try (Facade.FatalityReader reader = Wire.JSON.fatalityReader(file)) {
            assertThat(reader.read()).isEqualTo(BELGIAN);
            assertThat(reader.hasNext()).isTrue();
            assertThat(reader.next()).isEqualTo(RWANDAN);
            assertThat(reader.read()).isEqualTo(UNRECORDED);
            assertThat(reader.lineNumber()).isEqualTo(3);
            assertThat(reader.read()).isNull();
            assertThat(catchThrowable(reader::next)).hasMessage("no more fatality records");
        }
    }

    @Test
    void writesToAnOutputStreamInUtf8AndFlushes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Facade.FatalityWriter writer = Wire.JSON.fatalityWriter(bytes)) {
            writer.write(BELGIAN);
            writer.flush();
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(LINE_1 + "\n");
            writer.write(UNRECORDED);
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(LINE_1 + "\n" + LINE_3 + "\n");
    }

    @Test
    void aBadLineGivesItsLineNumberAfterTheLinesBeforeIt() throws IOException {
        String text = LINE_1 + "\n" + LINE_2 + "\n" + LINE_3.replace("OTHER", "CIVILIAN") + "\n" + LINE_1;
        List<Fatality> delivered = new ArrayList<>();

        JsonError e;
        try (Stream<Fatality> read = Wire.JSON.readFatalities(new StringReader(text))) {
            e = Wire.streamError(catchThrowable(() -> read.forEach(delivered::add)));
        }

        assertThat(delivered).containsExactly(BELGIAN, RWANDAN);
        assertThat(e).hasMessage("Unknown value \"CIVILIAN\" for category at category (line 3, column 86); expected one"
                + " of: MILITARY, MILITARY_OBSERVER, POLICE, INTERNATIONAL_CIVILIAN, LOCAL, OTHER");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void aFileInNoEncodingThatJsonCanHaveIsRefused(@TempDir Path dir) throws IOException {
        // A UTF-16 byte order mark, then a NUL character: the byte order 3412 of UCS-4, which no JSON has.
        Path file = dir.resolve("fatalities.jsonl");
        Files.write(file, new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 0, 0, '{', 0, '}'});

        assertThat(catchThrowable(() -> Wire.JSON.fatalityReader(file))).isInstanceOf(Wire.ERROR)
                .hasMessage("Unsupported UCS-4 endianness (3412) detected at $ (line 1, column 1)");
    }

    @Test
    void theMissingFieldsOfARecordAreNamed() throws IOException {
        try (Facade.FatalityReader reader = Wire.JSON.fatalityReader(new StringReader("{\"mission\":\"UNAMIR\"}\n"))) {
            JsonError e = Wire.error(reader::read);

            assertThat(e).hasMessage("Missing value for casualtyId, date, category, incidentType (required) at $"
                    + " (line 1, column 1)");
        }
    }

    @Test
    void refusesUnknownFieldsUnlessIgnored() throws IOException {
        String later = LINE_1.replace("}", ",\"m49\":56}");

        try (Facade.FatalityReader reader = Wire.JSON.fatalityReader(new StringReader(later))) {
            assertThat(Wire.error(reader::read).expected()).containsExactly("casualtyId", "mission", "date",
                    "nationality", "category", "incidentType", "gender");
        }
        try (Facade.FatalityReader reader = Wire.JSON.withUnknownFieldsIgnored().fatalityReader(new StringReader(later))) {
            assertThat(reader.read()).isEqualTo(BELGIAN);
        }
    }

    @Test
    void theWriterRefusesARecordBeforeAnyOfItIsWrittenThenRefusesMore() throws IOException {
        StringWriter out = new StringWriter();
        try (Facade.FatalityWriter writer = Wire.JSON.fatalityWriter(out)) {
            writer.write(BELGIAN);

            assertThatThrownBy(() -> writer.write(FAR_FUTURE))
                    .isInstanceOf(PeacekeepingException.class).hasMessage(FAR_FUTURE_MESSAGE);
            assertThatThrownBy(() -> writer.write(RWANDAN))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("The writer failed before and writes no more records: " + FAR_FUTURE_MESSAGE);
            assertThat(writer.count()).isEqualTo(1);
        }
        assertThat(out.toString()).isEqualTo(LINE_1 + "\n");
    }

    @Test
    void writingToAFileLeavesTheOldFileWhenARecordFails(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("fatalities.jsonl");
        Files.writeString(file, "old\n");

        assertThatThrownBy(() -> Wire.JSON.writeFatalities(Stream.of(BELGIAN, FAR_FUTURE), file))
                .isInstanceOf(PeacekeepingException.class).hasMessage(FAR_FUTURE_MESSAGE);
        assertThat(Files.readString(file)).isEqualTo("old\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
