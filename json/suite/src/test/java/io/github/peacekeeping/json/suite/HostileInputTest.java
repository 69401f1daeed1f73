package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.peacekeeping.core.Mission;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input made to hurt: each is refused with the module's exception and its location, never with a
 * {@link StackOverflowError}, an {@link OutOfMemoryError} or another exception. Large inputs are
 * generated as they are read, so the test itself holds none of them.
 */
class HostileInputTest {

    private static final String MINIMAL = Wire.json(Samples.MINIMAL_MISSION);

    /** A stream of a prefix, a byte repeated, and a suffix, made as it is read. */
    static InputStream generated(String prefix, int fill, long count, String suffix) {
        InputStream repeated = new InputStream() {
            private long left = count;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                return fill;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) fill);
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(new SequenceInputStream(bytes(prefix), repeated), bytes(suffix));
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static JsonError refused(InputStream in) {
        Throwable thrown = catchThrowable(() -> Wire.JSON.readMission(in));
        assertThat(thrown).isInstanceOf(Wire.ERROR);
        return Wire.view(thrown);
    }

    static JsonError refused(String json) {
        Throwable thrown = catchThrowable(() -> Wire.JSON.readMission(json));
        assertThat(thrown).isInstanceOf(Wire.ERROR);
        return Wire.view(thrown);
    }

    @Test
    void hundredThousandNestedArraysAsTheDocument() {
        String nested = "[".repeat(100_000) + "]".repeat(100_000);

        assertThat(refused(nested)).hasMessage("Invalid value: [...] (expected an object) at $ (line 1, column 1)");
    }

    @Test
    void hundredThousandNestedArraysInAnIgnoredField() {
        JsonError e = Wire.error(() -> Wire.JSON.withUnknownFieldsIgnored().readMission(
                        generated("{\"notes\": ", '[', 100_000, "]".repeat(100_000) + "}")));

        assertThat(e.problem()).isEqualTo("Document nesting depth 33 exceeds the limit of 32");
        assertThat(e.path()).isEqualTo("notes" + "[0]".repeat(31));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(42);
    }

    @Test
    void hundredThousandNestedArraysInAKnownField() {
        String nested = MINIMAL.replace("[\"LBR\"]", "[".repeat(100_000) + "]".repeat(100_000));

        assertThat(refused(nested)).hasMessage("Invalid value for hosts: [...] (expected a country code such as"
                + " \"RWA\") at hosts[0] (line 1, column 72)");
    }

    @Test
    void fiftyMegabyteString() {
        JsonError e = refused(generated("{\"acronym\": \"", 'A', 50_000_000, "\"}"));

        assertThat(e.problem()).matches("String value length \\d+ exceeds the limit of 10000");
        assertThat(e.path()).isEqualTo("acronym");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(13);
    }

    @Test
    void fiftyMegabyteStringInMemory() {
        String json = "{\"acronym\": \"" + "A".repeat(50_000_000) + "\"}";

        JsonError e = refused(json);

        assertThat(e.problem()).matches("String value length \\d+ exceeds the limit of 10000");
        assertThat(e.path()).isEqualTo("acronym");
    }

    @Test
    void tenThousandDigitNumber() {
        String json = MINIMAL.replace("1509", "1".repeat(10_000));

        JsonError e = refused(json);

        // The parser reads a value as it reads its field's name: a value over a limit is found at the name.
        assertThat(e).hasMessage("Number value length 10000 exceeds the limit of 32 at mandates[0].resolution.number"
                + " (line 1, column 177)");
    }

    @Test
    void documentLongerThanTheLimit() {
        // Whitespace is the cheapest way to a long document: an ignored field can hold no more.
        JsonError e = Wire.error(() -> Wire.JSON.withUnknownFieldsIgnored().readMission(
                        generated("{\"notes\": ", ' ', Wire.MAX_DOCUMENT_LENGTH, "1}")));

        assertThat(e.problem()).matches("Document length \\d+ exceeds the limit of 67108864");
    }

    @Test
    void longFieldName() {
        JsonError e = refused("{\"" + "a".repeat(1000) + "\": 1}");

        assertThat(e.problem()).matches("Name length \\d+ exceeds the limit of 256");
    }

    static List<Integer> cuts() {
        return IntStream.range(0, MINIMAL.length()).boxed().collect(java.util.stream.Collectors.toList());
    }

    @ParameterizedTest
    @MethodSource("cuts")
    void everyTruncationIsRefused(int length) {
        String truncated = MINIMAL.substring(0, length);

        JsonError e = refused(truncated);

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isBetween(1, length + 1);
    }

    @Test
    void truncatedDocument() {
        assertThat(refused(MINIMAL.substring(0, 100))).hasMessage(
                "Unexpected end of input at region (line 1, column 101)");
        assertThat(refused("")).hasMessage("Unexpected end of input: no document at $ (line 1, column 1)");
        assertThat(refused("  \n ")).hasMessage("Unexpected end of input: no document at $ (line 2, column 2)");
    }

    @Test
    void invalidUtf8() {
        byte[] json = MINIMAL.getBytes(StandardCharsets.UTF_8);
        json[MINIMAL.indexOf("UNMIL") + 2] = (byte) 0xFF;

        JsonError e = refused(new ByteArrayInputStream(json));

        assertThat(e).hasMessage("Invalid UTF-8 start byte 0xff at acronym (line 1, column 16)");
    }

    @Test
    void invalidUtf8ContinuationByte() {
        byte[] json = MINIMAL.getBytes(StandardCharsets.UTF_8);
        json[MINIMAL.indexOf("UNMIL") + 2] = (byte) 0xC3;
        json[MINIMAL.indexOf("UNMIL") + 3] = (byte) 0x28;

        JsonError e = refused(new ByteArrayInputStream(json));

        assertThat(e.problem()).startsWith("Invalid UTF-8 middle byte 0x28");
        assertThat(e.path()).isEqualTo("acronym");
    }

    /** Bug found by the fuzzer: Jackson's UTF-32 decoder threw java.io.CharConversionException past the facade. */
    @Test
    void invalidUtf32IsRefusedWithTheModulesExceptionNotCharConversionException() throws IOException {
        // {"acronym": "A, U+110000 and "}: UTF-32 big-endian by the zero bytes; the code point is above U+10FFFF.
        byte[] json = utf32("{\"acronym\": \"A", 0x110000, "\"}");

        JsonError e = refused(new ByteArrayInputStream(json));

        assertThat(e).hasMessage("Invalid UTF-32BE: a code point above U+10FFFF, or bytes left over at acronym"
                + " (line 1, column 15)");
        assertThat(e.getCause()).isInstanceOf(CharConversionException.class)
                .hasCauseInstanceOf(java.nio.charset.MalformedInputException.class);
        byte[] line = utf32("{\"mission\": \"A", 0x110000, "\"}\n");
        try (Facade.RecordReader records = Wire.JSON.recordReader(new ByteArrayInputStream(line))) {
            assertThat(catchThrowable(records::read)).isInstanceOf(Wire.ERROR)
                    .hasMessage("Invalid UTF-32BE: a code point above U+10FFFF, or bytes left over at mission"
                            + " (line 1, column 15)");
        }
        // An ObjectMapper decodes with Jackson's UTF-32 decoder, which gives no location; past the mapper's
        // first buffer, the error arises inside the module's deserializer, at the parser's location.
        byte[] later = utf32("{\"acronym\":" + " ".repeat(20_000) + "\"A", 0x110000, "\"}");
        assertThat(catchThrowable(() -> Wire.MAPPER.readValue(later, Mission.class)))
                .isInstanceOf(Wire.ERROR).hasCauseInstanceOf(CharConversionException.class)
                .hasMessageStartingWith("Invalid UTF-32 character 0x");
    }

    @Test
    void utf32CutInTheMiddleOfACharacter() {
        byte[] json = java.util.Arrays.copyOf(utf32("{\"acronym\": \"UNMIL\"}", -1, ""), 4 * 14 + 3);

        JsonError e = refused(new ByteArrayInputStream(json));

        assertThat(e).hasMessage("Invalid UTF-32BE: a code point above U+10FFFF, or bytes left over at acronym"
                + " (line 1, column 15)");
    }

    /** Bug found by the fuzzer: Jackson's detection of the encoding threw java.io.CharConversionException. */
    @Test
    void ucs4InAnUnusualByteOrderIsRefusedWithTheModulesExceptionNotCharConversionException() throws IOException {
        // A UTF-16 byte order mark, then a NUL character: the byte order 3412 of UCS-4, which no JSON has.
        byte[] json = {(byte) 0xFE, (byte) 0xFF, 0, 0, 0, '{', 0, '}'};

        JsonError e = refused(new ByteArrayInputStream(json));

        assertThat(e).hasMessage("Unsupported UCS-4 endianness (3412) detected at $ (line 1, column 1)");
        assertThat(e.getCause()).isInstanceOf(CharConversionException.class);
        assertThat(catchThrowable(() -> Wire.JSON.recordReader(new ByteArrayInputStream(json))))
                .isInstanceOf(Wire.ERROR)
                .hasMessage("Unsupported UCS-4 endianness (3412) detected at $ (line 1, column 1)");
    }

    /**
     * Bug found while fuzzing: Jackson decoded UTF-16 leniently, so a surrogate without its pair read
     * as U+FFFD and swallowed the next character, and "UNMIL" with a broken "I" read as "UNM\ufffd".
     */
    @Test
    void brokenUtf16IsRefusedNotReadAsAnotherName() throws IOException {
        int i = MINIMAL.indexOf("UNMIL") + 3;

        JsonError e = refused(new ByteArrayInputStream(highSurrogateAt(MINIMAL, i, false)));

        assertThat(e).hasMessage("Invalid UTF-16BE: a surrogate without its pair, or a byte left over at acronym"
                + " (line 1, column 16)");
        assertThat(e.getCause()).isInstanceOf(CharConversionException.class)
                .hasCauseInstanceOf(java.nio.charset.MalformedInputException.class);
        byte[] lines = highSurrogateAt(Records.line(0), 20, true);
        try (Facade.RecordReader records = Wire.JSON.recordReader(new ByteArrayInputStream(lines))) {
            assertThat(catchThrowable(records::read)).isInstanceOf(Wire.ERROR)
                    .hasMessageStartingWith("Invalid UTF-16LE: a surrogate without its pair, or a byte left over at");
        }
    }

    /** Text in UTF-16 with the character at an index replaced by a high surrogate, which no encoder writes. */
    private static byte[] highSurrogateAt(String text, int index, boolean littleEndian) {
        byte[] bytes = text.getBytes(littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        bytes[2 * index + (littleEndian ? 1 : 0)] = (byte) 0xD8;
        bytes[2 * index + (littleEndian ? 0 : 1)] = 0;
        return bytes;
    }

    @Test
    void utf16WithAByteLeftOverIsRefused() {
        byte[] json = java.util.Arrays.copyOf(MINIMAL.getBytes(StandardCharsets.UTF_16LE), 2 * MINIMAL.length() + 1);

        assertThat(refused(new ByteArrayInputStream(json)).problem())
                .isEqualTo("Invalid UTF-16LE: a surrogate without its pair, or a byte left over");
    }

    @Test
    void utf16ReadsInEitherByteOrderWithOrWithoutAByteOrderMark() throws IOException {
        Mission minimal = Wire.JSON.readMission(MINIMAL);
        String marked = "\ufeff" + MINIMAL;

        for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            assertThat(Wire.JSON.readMission(new ByteArrayInputStream(MINIMAL.getBytes(charset)))).isEqualTo(minimal);
            assertThat(Wire.JSON.readMission(new ByteArrayInputStream(marked.getBytes(charset)))).isEqualTo(minimal);
        }
        // Two bytes: too short for a byte order mark, as Jackson detects it, but UTF-16 by its zero byte.
        assertThat(refused(new ByteArrayInputStream(new byte[] {0, '{'})))
                .hasMessage("Unexpected end of input at $ (line 1, column 2)");
    }

    @Test
    void aByteOrderMarkIsNotAColumn() {
        String text = "{\"acronym\": 1}";
        String expected = "Invalid value for acronym: 1 (expected a string) at acronym (line 1, column 13)";

        // UTF-8 columns count bytes, the three of the mark too; UTF-16 and UTF-32 columns count the characters of the text.
        assertThat(refused(new ByteArrayInputStream(("\ufeff" + text).getBytes(StandardCharsets.UTF_8))))
                .hasMessage(expected.replace("13", "16"));
        for (String name : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
            byte[] json = ("\ufeff" + text).getBytes(java.nio.charset.Charset.forName(name));
            assertThat(refused(new ByteArrayInputStream(json))).as(name).hasMessage(expected);
        }
    }

    @Test
    void utf32ReadsInEitherByteOrderWithOrWithoutAByteOrderMark() throws IOException {
        Mission minimal = Wire.JSON.readMission(MINIMAL);

        for (String name : List.of("UTF-32BE", "UTF-32LE")) {
            java.nio.charset.Charset charset = java.nio.charset.Charset.forName(name);
            assertThat(Wire.JSON.readMission(new ByteArrayInputStream(MINIMAL.getBytes(charset)))).isEqualTo(minimal);
            assertThat(Wire.JSON.readMission(new ByteArrayInputStream(("\ufeff" + MINIMAL).getBytes(charset))))
                    .isEqualTo(minimal);
        }
    }

    @Test
    void invalidUtf16IsLocatedAfterLineBreaksOfEveryKind() {
        // Lines end with LF, CR LF, CR and LF; the invalid character is the fourth of line 5.
        String text = "{\n\r\n\r\"acronym\":\n\"UNMIL\"}";

        JsonError e = refused(new ByteArrayInputStream(highSurrogateAt(text, text.indexOf("MIL"), false)));

        assertThat(e).hasMessage("Invalid UTF-16BE: a surrogate without its pair, or a byte left over at acronym"
                + " (line 5, column 4)");
        // The same place as the parser gives for the first character it refuses there.
        assertThat(refused(text.replace("MIL", "\u0001IL"))).hasMessageEndingWith("(line 5, column 4)");
    }

    @Test
    void closingARecordReaderOfUtf16ClosesTheStream() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(Records.line(0).getBytes(StandardCharsets.UTF_16LE)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        try (Facade.RecordReader records = Wire.JSON.recordReader(in)) {
            assertThat(records.read()).isEqualTo(Records.record(0));
            assertThat(closed[0]).isFalse();
        }

        assertThat(closed[0]).isTrue();
    }

    /** Text in UTF-32 big-endian, with one code point (any int, or -1 for none) between prefix and suffix. */
    private static byte[] utf32(String prefix, int codePoint, String suffix) {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(4 * (prefix.length() + 1 + suffix.length()));
        prefix.chars().forEach(bytes::putInt);
        if (codePoint >= 0) {
            bytes.putInt(codePoint);
        }
        suffix.chars().forEach(bytes::putInt);
        return java.util.Arrays.copyOf(bytes.array(), bytes.position());
    }

    @Test
    void duplicateKeysAtEveryLevel() {
        assertThat(refused(MINIMAL.replace("\"number\":1509", "\"number\":1509,\"number\":1509")))
                .hasMessage("Duplicate field \"number\" at mandates[0].resolution (line 1, column 191)");
        assertThat(refused(MINIMAL.replace("\"chapterVII\":false", "\"chapterVII\":false,\"chapterVII\":true")))
                .hasMessage("Duplicate field \"chapterVII\" at mandates[0] (line 1, column 280)");
    }

    @ParameterizedTest
    @ValueSource(strings = {" x", "{}", " ]", " }", " \"\"", " 1", ",", " {\"acronym\": 1}"})
    void trailingGarbage(String garbage) {
        JsonError e = refused(MINIMAL + garbage);

        assertThat(e.problem()).isEqualTo("Unexpected content after the end of the document");
        assertThat(e.path()).isEqualTo("$");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isBetween(MINIMAL.length() + 1, MINIMAL.length() + 3);
    }

    @Test
    void malformedJson() {
        assertThat(refused(MINIMAL.replace("\"region\":", "\"region\"")).getMessage())
                .startsWith("Unexpected character ('\"' (code 34)): was expecting a colon to separate field name and"
                        + " value at region (line 1, column 87)");
        assertThat(refused(MINIMAL.replace("\"AFRICA\"", "AFRICA")).getMessage())
                .startsWith("Unrecognized token 'AFRICA': was expecting");
    }
}
