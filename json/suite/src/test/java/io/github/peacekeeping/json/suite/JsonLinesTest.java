package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.peacekeeping.core.ContributionRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

    private static final String LINE_1 = "{\"mission\":\"UNMIL\",\"contributor\":\"BGD\",\"category\":\"TROOPS\","
            + "\"date\":\"2011-06-30\",\"total\":1442,\"female\":6}";
    private static final String LINE_2 = "{\"mission\":\"UNMIL\",\"contributor\":\"IND\","
            + "\"category\":\"FORMED_POLICE_UNITS\",\"date\":\"2011-06-30\",\"total\":125}";

    private static List<ContributionRecord> records() {
        return List.of(ContributionRecord.of("UNMIL", Samples.troops()), ContributionRecord.of("UNMIL", Samples.police()));
    }

    @Test
    void writesOneCompactRecordALine() throws IOException {
        StringWriter text = new StringWriter();
        try (Facade.RecordWriter writer = Wire.JSON.withPrettyPrinting().recordWriter(text)) {
            for (ContributionRecord record : records()) {
                writer.write(record);
            }
            assertThat(writer.count()).isEqualTo(2);
        }

        assertThat(text.toString()).isEqualTo(LINE_1 + "\n" + LINE_2 + "\n");
        for (String line : text.toString().split("\n")) {
            Wire.assertValid(line, "contributionRecord");
        }
    }

    @Test
    void writesAStreamToAnOutputStream() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        long count = Wire.JSON.writeRecords(records().stream(), bytes);

        assertThat(count).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(LINE_1 + "\n" + LINE_2 + "\n");
    }

    @Test
    void readsWhatItWrites(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("records.jsonl");
        assertThat(Wire.JSON.writeRecords(LongStream.range(0, 1000).mapToObj(Records::record), file)).isEqualTo(1000);

        try (Stream<ContributionRecord> read = Wire.JSON.readRecords(file)) {
            assertThat(read.collect(Collectors.toList()))
                    .isEqualTo(LongStream.range(0, 1000).mapToObj(Records::record).collect(Collectors.toList()));
        }
        assertThat(Files.readString(file)).isEqualTo(
                LongStream.range(0, 1000).mapToObj(Records::line).collect(Collectors.joining()));
    }

    @Test
    void readsFromEverySource() throws IOException {
        String text = LINE_1 + "\n" + LINE_2;

        try (Stream<ContributionRecord> read = Wire.JSON.readRecords(new StringReader(text))) {
            assertThat(read).containsExactlyElementsOf(records());
        }
        try (Stream<ContributionRecord> read =
                Wire.JSON.readRecords(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(read).containsExactlyElementsOf(records());
        }
    }

    @Test
    void skipsBlankLines() throws IOException {
        String text = "\n" + LINE_1 + "\r\n\n  \n" + LINE_2 + "\n\n";

        try (Facade.RecordReader reader = Wire.JSON.recordReader(new StringReader(text))) {
            assertThat(reader.read()).isEqualTo(records().get(0));
            assertThat(reader.lineNumber()).isEqualTo(2);
            assertThat(reader.read()).isEqualTo(records().get(1));
            assertThat(reader.lineNumber()).isEqualTo(5);
            assertThat(reader.read()).isNull();
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void aBadLineGivesItsLineNumberAfterTheLinesBeforeIt() throws IOException {
        String text = LINE_1 + "\n" + LINE_2 + "\n" + LINE_1.replace("\"female\":6", "\"female\":1443") + "\n" + LINE_2;
        List<ContributionRecord> delivered = new ArrayList<>();

        JsonError e;
        try (Stream<ContributionRecord> read = Wire.JSON.readRecords(new StringReader(text))) {
            e = Wire.streamError(catchThrowable(() -> read.forEach(delivered::add)));
        }

        assertThat(delivered).isEqualTo(records());
        assertThat(e).hasMessage("Invalid value for female: 1443 (must not exceed total 1442) at female (line 3, column 102)");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void aMalformedLineGivesItsLineNumber() throws IOException {
        String text = LINE_1 + "\n" + LINE_2 + "\n{\"mission\":\"UNMIL\",\n" + LINE_2;

        try (Facade.RecordReader reader = Wire.JSON.recordReader(new StringReader(text))) {
            assertThat(reader.read()).isEqualTo(records().get(0));
            assertThat(reader.read()).isEqualTo(records().get(1));
            JsonError e = Wire.error(reader::read);
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.getMessage()).startsWith("Unexpected character ('{' (code 123)): was expecting double-quote"
                    + " to start field name at mission (line 4, column 1)");
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void refusesTwoRecordsOnOneLine() throws IOException {
        try (Facade.RecordReader reader = Wire.JSON.recordReader(new StringReader(LINE_1 + LINE_2))) {
            assertThat(reader.read()).isEqualTo(records().get(0));
            assertThat(Wire.error(reader::read))
                    .hasMessage("Expected a line break before the next record at $ (line 1, column 104)");
        }
    }

    @Test
    void refusesARecordOverSeveralLines() throws IOException {
        try (Facade.RecordReader reader =
                Wire.JSON.recordReader(new StringReader(LINE_1.replace(",\"date\"", ",\n\"date\"")))) {
            assertThat(Wire.error(reader::read))
                    .hasMessage("Record spans lines 1 to 2 (JSON Lines hold one record a line) at $ (line 1, column 1)");
        }
    }

    @Test
    void refusesUnknownFieldsUnlessIgnored() throws IOException {
        String later = LINE_1.replace("}", ",\"source\":\"ipi-pkdb\"}");

        try (Facade.RecordReader reader = Wire.JSON.recordReader(new StringReader(later))) {
            assertThat(Wire.error(reader::read))
                    .hasMessage("Unknown field \"source\" at $ (line 1, column 104); expected one of: mission,"
                            + " contributor, category, date, total, female");
        }
        try (Facade.RecordReader reader = Wire.JSON.withUnknownFieldsIgnored().recordReader(new StringReader(later))) {
            assertThat(reader.read()).isEqualTo(records().get(0));
        }
    }

    @Test
    void hasNextReadsAheadForReadAndNext() throws IOException {
        try (Facade.RecordReader reader = Wire.JSON.recordReader(new StringReader(LINE_1 + "\n" + LINE_2 + "\n"))) {
            assertThat(reader.hasNext()).isTrue();
            assertThat(reader.hasNext()).isTrue();
            assertThat(reader.read()).isEqualTo(records().get(0));
            assertThat(reader.next()).isEqualTo(records().get(1));
            assertThat(reader.lineNumber()).isEqualTo(2);
            assertThat(reader.hasNext()).isFalse();
            assertThat(reader.read()).isNull();
            assertThat(org.assertj.core.api.Assertions.catchThrowable(reader::next))
                    .isInstanceOf(java.util.NoSuchElementException.class).hasMessage("no more contribution records");
        }
    }

    @Test
    void theMissingFieldsOfARecord() throws IOException {
        try (Facade.RecordReader reader = Wire.JSON.recordReader(new StringReader(
                LINE_1 + "\n" + LINE_2.replace("\"mission\":\"UNMIL\",", "").replace(",\"total\":125", "") + "\n"))) {
            assertThat(reader.read()).isEqualTo(records().get(0));
            assertThat(Wire.error(reader::read))
                    .hasMessage("Missing value for mission, total (required) at $ (line 2, column 1)");
        }
    }

    @Test
    void flushWritesTheRecordsSoFar() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Facade.RecordWriter writer = Wire.JSON.recordWriter(bytes)) {
            writer.write(records().get(0));
            assertThat(bytes.size()).as("buffered").isZero();

            writer.flush();

            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(LINE_1 + "\n");
        }
    }

    @Test
    void readingToTheEndClosesTheInput() throws IOException {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream((LINE_1 + "\n").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Facade.RecordReader reader = Wire.JSON.recordReader(in);

        assertThat(reader.read()).isEqualTo(records().get(0));
        assertThat(closed[0]).isFalse();
        assertThat(reader.read()).isNull();
        assertThat(closed[0]).isTrue();
    }

    @Test
    void closingTheStreamClosesTheInput() throws IOException {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream((LINE_1 + "\n" + LINE_2).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        try (Stream<ContributionRecord> read = Wire.JSON.readRecords(in)) {
            assertThat(read.findFirst()).contains(records().get(0));
            assertThat(closed[0]).isFalse();
        }

        assertThat(closed[0]).isTrue();
    }
}
