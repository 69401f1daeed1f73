package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.Mission;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A document read from its bytes (a stream or a file) goes through the library's own parser of UTF-8
 * where it can, and through Jackson's where that parser gives up or the readers refuse the document: either
 * way it reads as its text read by Jackson's parser, to the same mission or to the same error, with the
 * same message, path, line and column.
 */
class BytesAndTextTest {

    /** Longer than the megabyte that the library reads into memory: such a document streams through Jackson. */
    private static final int LONGER_THAN_BUFFERED = (1 << 20) + 1;

    static List<String> documents() throws IOException {
        List<String> documents = new ArrayList<>();
        for (String resource : new String[] {"/unamir.json", "/unamir-v2.json"}) {
            try (InputStream in = BytesAndTextTest.class.getResourceAsStream(resource)) {
                documents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        documents.add(Wire.json(Samples.FULL_MISSION));
        documents.add(Wire.json(Samples.MINIMAL_MISSION));
        documents.add(ErrorsTest.DOCUMENT);
        documents.add(Wire.JSON.withPrettyPrinting().writeMission(Samples.fullMission()));
        // Text outside ASCII, as it is and escaped, a character outside the BMP, and CR LF line ends.
        documents.add(ErrorsTest.DOCUMENT.replace("United Nations Mission in Liberia",
                "Mission des Nations Unies en C\\u00f4te d\\u2019Ivoire \\\"ONUCI\\\" — Côte d’Ivoire 😀 \\ud83d\\ude00")
                .replace("\n", "\r\n"));
        return documents;
    }

    private static InputStream bytes(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void documentsReadFromTheirBytesAsFromTheirText(String json, @TempDir Path directory) throws IOException {
        Mission expected = Wire.JSON.readMission(new StringReader(json));

        assertThat(Wire.JSON.readMission(bytes(json))).isEqualTo(expected);
        Path file = Files.writeString(directory.resolve("mission.json"), json);
        assertThat(Wire.JSON.readMission(file)).isEqualTo(expected);
        assertThat(Wire.JSON.readMission(bytes("\ufeff" + json))).isEqualTo(expected);
        assertThat(Wire.JSON.readMission(bytes(json + " ".repeat(LONGER_THAN_BUFFERED)))).isEqualTo(expected);
    }

    @Test
    void refusedDocumentsGiveTheSameErrorFromTheirBytesAsFromTheirText() {
        List<String> refused = new ArrayList<>();
        for (Object[] refusal : ErrorsTest.CASES) {
            refused.add((String) refusal[0]);
        }
        // Malformed JSON, and a document that the library's parser reads but the readers refuse.
        refused.add(ErrorsTest.DOCUMENT.replace("\"region\": \"AFRICA\",", "\"region\": \"AFRICA\",,"));
        refused.add(ErrorsTest.DOCUMENT.replace("1442", "01442"));
        refused.add(ErrorsTest.DOCUMENT.replace("\"acronym\"", "'acronym'"));
        refused.add(ErrorsTest.DOCUMENT + "{}");
        refused.add(ErrorsTest.DOCUMENT.substring(0, 300));
        refused.add(ErrorsTest.DOCUMENT.replace("\"UNMIL\"", "\"UNMIL\", \"unknown\": {\"a\": [1, 2]}"));
        for (String json : refused) {
            JsonError fromText = Wire.error(() -> Wire.JSON.readMission(new StringReader(json)));
            JsonError fromBytes = Wire.error(() -> Wire.JSON.readMission(bytes(json)));
            assertThat(fromBytes).as(json).hasMessage(fromText.getMessage());
            assertThat(fromBytes.path()).as(json).isEqualTo(fromText.path());
            assertThat(fromBytes.line()).as(json).isEqualTo(fromText.line());
            assertThat(fromBytes.column()).as(json).isEqualTo(fromText.column());
        }
    }

    @Test
    void unknownFieldsIgnoredReadFromTheirBytesAsFromTheirText() throws IOException {
        String json = ErrorsTest.DOCUMENT.replace("\"UNMIL\",",
                "\"UNMIL\", \"unknown\": {\"a\": [1, 2.5e3, \"x\\ty\", {\"b\": null}], \"c\": true},");
        Mission expected = Wire.JSON.withUnknownFieldsIgnored().readMission(new StringReader(json));

        assertThat(Wire.JSON.withUnknownFieldsIgnored().readMission(bytes(json))).isEqualTo(expected)
                .isEqualTo(Wire.JSON.readMission(ErrorsTest.DOCUMENT));
    }

    /** JSON Lines of many records over several of the buffers the library reads them in, with blank lines. */
    private static String manyLines(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(Records.line(i));
            if (i % 97 == 0) {
                text.append(i % 2 == 0 ? "\n" : "  \r\n");
            }
        }
        return text.toString();
    }

    /** Every record of a reader with its line, then the error that ended it, if any. */
    private static List<String> read(Facade.RecordReader reader) {
        List<String> read = new ArrayList<>();
        try (reader) {
            for (var record = reader.read(); record != null; record = reader.read()) {
                read.add(reader.lineNumber() + ": " + record);
            }
        } catch (Exception e) {
            JsonError error = e instanceof JsonError ? (JsonError) e : Wire.view(e);
            read.add("error: " + error.getMessage() + " at line " + error.line() + ", column " + error.column()
                    + ", path " + error.path());
        }
        return read;
    }

    @Test
    void jsonLinesReadFromTheirBytesAsFromTheirText() throws IOException {
        String text = manyLines(20_000);

        List<String> fromBytes = read(Wire.JSON.recordReader(bytes(text)));

        assertThat(fromBytes).hasSize(20_000).isEqualTo(read(Wire.JSON.recordReader(new StringReader(text))));
    }

    /** ASCII lines: Jackson counts the columns of bytes in bytes, and of text in characters. */
    @Test
    void errorsInJsonLinesHaveTheSameMessageAndLineFromBytesAsFromText() throws IOException {
        String record = Records.line(7_000).strip();
        String[] wrongs = {
            record.replace("}", ", \"unknown\": 1}"),
            record.replace("}", ",}"),
            record + " " + record,
            record.replace(",", ",\n"),
            record.replace(",", ",\r"),
            record.replace("\"date\"", "\"d\\u0061te\"") + "\n" + record.replace("1", "-1"),
            record.substring(0, 20)};
        for (String wrong : wrongs) {
            String lines = manyLines(7_000) + wrong + "\n" + Records.line(7_001);

            List<String> fromBytes = read(Wire.JSON.recordReader(bytes(lines)));

            assertThat(fromBytes).as(wrong).isEqualTo(read(Wire.JSON.recordReader(new StringReader(lines))));
            assertThat(fromBytes.get(fromBytes.size() - 1)).as(wrong).startsWith("error: ");
        }
    }
}
