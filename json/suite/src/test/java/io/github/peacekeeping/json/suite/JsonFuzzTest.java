package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.testing.Theories;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feeds the readers valid documents broken at random: flipped bytes and bits, truncation, inserted
 * bytes and JSON fragments, deletions, swapped tokens and values, duplicated fields, deep nesting,
 * extreme numbers, strange strings, invalid UTF-8 and other encodings. Every input must read, and
 * then write back to the same data, or fail with {@link JsonError} at a line and
 * column from 1; any other throwable, a {@link StackOverflowError} or an {@link OutOfMemoryError}
 * included, fails the test, as does an input that takes longer than the time bound.
 *
 * <p>Deterministic: input {@code i} is made from the seed and {@code i} alone. System properties:
 * {@code fuzz.inputs} (documents, and as many JSON Lines files; 5,000 by default, 100,000 with
 * {@code -Pfuzz}), {@code fuzz.seed}, {@code fuzz.first} (the index of the first input, to replay
 * one: {@code -Dfuzz.first=1234 -Dfuzz.inputs=1}) and {@code fuzz.timeoutMillis} (2,000). A failing
 * input is written to {@code target/fuzz-failures/} and reported with its seed and index.
 */
class JsonFuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 19931005L);
    static final int INPUTS = Integer.getInteger("fuzz.inputs", 5_000);
    static final int FIRST = Integer.getInteger("fuzz.first", 0);
    static final long TIMEOUT_MILLIS = Long.getLong("fuzz.timeoutMillis", 2_000L);
    static final Path FAILURES = Path.of("target", "fuzz-failures");
    private static final int MAX_REPORTED = 10;

    private static final ObjectMapper TREES = new ObjectMapper();
    private static ExecutorService executor;

    @BeforeAll
    static void startWorker() {
        executor = newWorker();
        System.out.printf("JsonFuzzTest: seed %d, inputs %d from index %d, time bound %d ms%n",
                SEED, INPUTS, FIRST, TIMEOUT_MILLIS);
    }

    @AfterAll
    static void stopWorker() {
        executor.shutdownNow();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            // The default stack size, as a user's thread has; a daemon, so that a hung input cannot keep
            // the JVM alive.
            Thread thread = new Thread(task, "fuzz-input");
            thread.setDaemon(true);
            return thread;
        });
    }

    // ---- seeds

    static List<byte[]> documentSeeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        try (InputStream in = JsonFuzzTest.class.getResourceAsStream("/unamir.json")) {
            seeds.add(in.readAllBytes());
        }
        seeds.add(utf8(Wire.json(Samples.FULL_MISSION)));
        seeds.add(utf8(Wire.json(Samples.MINIMAL_MISSION)));
        seeds.add(utf8(ErrorsTest.DOCUMENT));
        for (Mission mission : Theories.sample(RoundTripProperties.missions(), 24, SEED)) {
            Facade json = seeds.size() % 2 == 0 ? Wire.JSON : Wire.JSON.withPrettyPrinting();
            seeds.add(utf8(json.writeMission(mission)));
        }
        return seeds;
    }

    static List<byte[]> recordSeeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (int n : new int[] {1, 2, 5, 12}) {
            StringBuilder lines = new StringBuilder();
            for (long i = 0; i < n; i++) {
                lines.append(Records.line(i * 7 + n));
            }
            seeds.add(utf8(lines.toString()));
        }
        for (List<ContributionRecord> records : Theories.sample(RoundTripProperties.records(), 12, SEED)) {
            StringWriter text = new StringWriter();
            try (Facade.RecordWriter writer = Wire.JSON.recordWriter(text)) {
                for (ContributionRecord record : records) {
                    writer.write(record);
                }
            }
            seeds.add(utf8(text.toString()));
        }
        return seeds;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ---- the runs

    /** How an input is read: by which entry point and with which reader. */
    enum Mode { STRING, BYTES, READER, LENIENT_BYTES, MAPPER }

    @Test
    void mutatedDocumentsReadOrFailWithALocation() throws Exception {
        run("document", documentSeeds(), JsonFuzzTest::readDocument);
    }

    @Test
    void mutatedJsonLinesReadOrFailWithALocation() throws Exception {
        run("records", recordSeeds(), JsonFuzzTest::readRecords);
    }

    /** Reads one input: returns whether it read, or throws an AssertionError for a broken contract. */
    interface Check {
        boolean read(byte[] input, Mode mode) throws Exception;
    }

    private void run(String kind, List<byte[]> seeds, Check check) throws Exception {
        long started = System.nanoTime();
        List<String> failures = new ArrayList<>();
        int read = 0;
        int refused = 0;
        for (int index = FIRST; index < FIRST + INPUTS && failures.size() < MAX_REPORTED; index++) {
            Random random = new Random(SEED * 0x9E3779B97F4A7C15L + index);
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            List<String> applied = new ArrayList<>();
            byte[] input = Mutator.mutate(seed, random, applied);
            Mode mode = Mode.values()[random.nextInt(Mode.values().length)];
            Future<Boolean> future = executor.submit(() -> check.read(input, mode));
            Throwable failure;
            try {
                if (future.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                    read++;
                } else {
                    refused++;
                }
                continue;
            } catch (ExecutionException e) {
                failure = e.getCause();
            } catch (TimeoutException e) {
                future.cancel(true);
                failure = new AssertionError("no result within " + TIMEOUT_MILLIS + " ms (hang)");
                // The hung thread cannot be stopped; later inputs run on a fresh one.
                executor.shutdownNow();
                executor = newWorker();
            }
            failures.add(report(kind, index, mode, applied, input, failure));
        }
        System.out.printf("JsonFuzzTest: %s: %d inputs in %d ms: %d read, %d refused as documented%n", kind,
                INPUTS, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), read, refused);
        assertThat(failures).as("failing inputs (seed %d)", SEED).isEmpty();
    }

    private static String report(String kind, int index, Mode mode, List<String> applied, byte[] input,
            Throwable failure) throws IOException {
        Files.createDirectories(FAILURES);
        Path file = FAILURES.resolve(kind + "-seed-" + SEED + "-input-" + index + ".json");
        Files.write(file, input);
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String report = String.format("%s seed %d input %d (-Dfuzz.seed=%d -Dfuzz.first=%d -Dfuzz.inputs=1),"
                        + " read as %s, mutations %s, written to %s:%n%s", kind, SEED, index, SEED, index, mode,
                applied, file, trace.toString().lines().limit(12).collect(Collectors.joining("\n")));
        System.out.println(report);
        return report;
    }

    // ---- the contract

    private static boolean readDocument(byte[] input, Mode mode) throws Exception {
        Mission mission;
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            switch (mode) {
                case STRING: mission = Wire.JSON.readMission(text); break;
                case READER: mission = Wire.JSON.readMission(new StringReader(text)); break;
                case BYTES: mission = Wire.JSON.readMission(new ByteArrayInputStream(input)); break;
                case LENIENT_BYTES:
                    mission = Wire.JSON.withUnknownFieldsIgnored().readMission(new ByteArrayInputStream(input));
                    break;
                default: mission = Wire.MAPPER.readValue(input, Mission.class);
            }
        } catch (Exception e) {
            if (Wire.ERROR.isInstance(e)) {
                assertLocated(Wire.view(e), mode == Mode.STRING || mode == Mode.READER ? utf8(text) : input);
                assertRefusedAsText(input, mode, e);
                return false;
            }
            if (!Wire.isJackson(e) && !(e instanceof CharConversionException)) {
                throw e;
            }
            // The mapper leaves errors outside the model's values to Jackson: empty input, a malformed
            // or undecodable start, content after the document.
            assertThat(mode).as("mode that threw %s", e).isEqualTo(Mode.MAPPER);
            return false;
        }
        if (mission == null) {
            // An ObjectMapper reads the JSON null as a null value of any type, without a deserializer.
            assertThat(mode).isEqualTo(Mode.MAPPER);
            assertThat(TREES.readTree(input).isNull()).as("the input is null").isTrue();
            return true;
        }
        assertReadAsText(input, mode, mission);
        // What reads writes back and reads again the same, and holds the data of the input.
        String written = Wire.JSON.writeMission(mission);
        assertThat(Wire.JSON.readMission(written)).isEqualTo(mission);
        try (com.fasterxml.jackson.core.JsonParser given = given(input, text, mode)) {
            if (mode != Mode.LENIENT_BYTES) {
                RoundTripProperties.assertNothingLostOrInvented(TREES.readTree(given), TREES.readTree(written));
            }
        }
        return true;
    }

    /**
     * Bytes go through the library's own parser where it can (and Jackson's where it gives up), text
     * through Jackson's: bytes that read must read as their text does, to the same mission.
     */
    private static void assertReadAsText(byte[] input, Mode mode, Mission mission) {
        if (mode == Mode.BYTES || mode == Mode.LENIENT_BYTES) {
            String decoded = strictlyDecoded(input);
            assertThat(decoded).as("text of the bytes read, decoded strictly").isNotNull();
            assertThat(facade(mode).readMission(decoded)).as("the text read").isEqualTo(mission);
        }
    }

    /**
     * Bytes that are refused must be refused as their text is, when they are text. (Not always in the same
     * words: Jackson's parsers of bytes and of characters word some errors differently.)
     */
    private static void assertRefusedAsText(byte[] input, Mode mode, Exception refused) {
        String decoded = strictlyDecoded(input);
        if ((mode == Mode.BYTES || mode == Mode.LENIENT_BYTES) && decoded != null && !markAlone(input)) {
            Throwable thrown = catchThrowable(() -> facade(mode).readMission(decoded));
            assertThat(thrown).as("the text read, refused from bytes with: %s", refused.getMessage())
                    .isInstanceOf(Wire.ERROR);
        }
    }

    /**
     * Whether the input is a byte order mark in fewer than four bytes: Jackson sees a mark in four bytes
     * or more only, and refuses it as a character, where text is read without it (a known difference of
     * bytes and text, older than the library's own parser).
     */
    private static boolean markAlone(byte[] input) {
        return input.length < 4 && input.length >= 3 && (input[0] & 0xff) == 0xEF;
    }

    private static Facade facade(Mode mode) {
        return mode == Mode.LENIENT_BYTES ? Wire.JSON.withUnknownFieldsIgnored() : Wire.JSON;
    }

    /** Reads records from text, through Jackson's parser: returns the error that ends them, or null. */
    private static JsonError recordsOfText(Facade json, String text, List<ContributionRecord> records)
            throws IOException {
        try (Facade.RecordReader reader = json.recordReader(new StringReader(text))) {
            for (ContributionRecord record = reader.read(); record != null; record = reader.read()) {
                records.add(record);
            }
            return null;
        } catch (Exception e) {
            return e instanceof JsonError ? (JsonError) e : Wire.view(e);
        }
    }

    private static boolean readRecords(byte[] input, Mode mode) throws Exception {
        List<ContributionRecord> records = new ArrayList<>();
        String text = new String(input, StandardCharsets.UTF_8);
        Facade json = mode == Mode.LENIENT_BYTES ? Wire.JSON.withUnknownFieldsIgnored() : Wire.JSON;
        try {
            if (mode == Mode.STRING || mode == Mode.READER) {
                try (Stream<ContributionRecord> stream = json.readRecords(new StringReader(text))) {
                    stream.forEach(records::add);
                } catch (RuntimeException e) {
                    throw Wire.streamError(e);
                }
            } else {
                try (Facade.RecordReader reader = json.recordReader(new ByteArrayInputStream(input))) {
                    for (ContributionRecord record = reader.read(); record != null; record = reader.read()) {
                        records.add(record);
                        assertThat(reader.lineNumber()).isPositive();
                    }
                }
            }
        } catch (Exception e) {
            JsonError error = e instanceof JsonError ? (JsonError) e : Wire.view(e);
            assertLocated(error, mode == Mode.STRING || mode == Mode.READER ? utf8(text) : input);
            String decoded = strictlyDecoded(input);
            if ((mode == Mode.BYTES || mode == Mode.LENIENT_BYTES) && decoded != null && !markAlone(input)) {
                // Bytes go through the library's own parser of lines where it can: refused as their text is,
                // after the same records, at the same line.
                List<ContributionRecord> fromText = new ArrayList<>();
                JsonError textError = recordsOfText(json, decoded, fromText);
                assertThat(textError).as("the text read, refused from bytes with: %s", error.getMessage()).isNotNull();
                assertThat(fromText).isEqualTo(records);
                assertThat(textError.line()).isEqualTo(error.line());
            }
            return false;
        }
        if (mode == Mode.BYTES || mode == Mode.LENIENT_BYTES) {
            List<ContributionRecord> fromText = new ArrayList<>();
            assertThat(recordsOfText(json, strictlyDecoded(input), fromText)).as("error reading the text").isNull();
            assertThat(fromText).as("the records of the text").isEqualTo(records);
        }
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        json.writeRecords(records.stream(), written);
        try (Stream<ContributionRecord> again = Wire.JSON.readRecords(new ByteArrayInputStream(written.toByteArray()))) {
            assertThat(again.collect(Collectors.toList())).isEqualTo(records);
        }
        // Records have no mapper mode: that input was read as bytes.
        List<JsonNode> given;
        try (MappingIterator<JsonNode> trees = TREES.readerFor(JsonNode.class)
                .readValues(given(input, text, mode == Mode.MAPPER ? Mode.BYTES : mode))) {
            given = trees.readAll();
        }
        if (mode != Mode.LENIENT_BYTES) {
            assertThat(given).hasSameSizeAs(records);
            for (int i = 0; i < records.size(); i++) {
                RoundTripProperties.assertNothingLostOrInvented(given.get(i),
                        TREES.readTree(Wire.MAPPER.writeValueAsString(records.get(i))));
            }
        }
        return true;
    }

    /**
     * A parser of the text that was read: the string given, or the bytes decoded strictly, which they
     * must be if they read; an ObjectMapper decodes with Jackson's own decoders, which replace invalid
     * UTF-16, and its input is parsed as it parsed it.
     */
    private static com.fasterxml.jackson.core.JsonParser given(byte[] input, String text, Mode mode)
            throws IOException {
        if (mode == Mode.STRING || mode == Mode.READER) {
            // A byte order mark at the start of text is left out, as the readers leave it out.
            return TREES.createParser(text.startsWith("\ufeff") ? text.substring(1) : text);
        }
        String decoded = strictlyDecoded(input);
        if (mode == Mode.MAPPER && decoded == null) {
            return TREES.createParser(input);
        }
        assertThat(decoded).as("text of the bytes read, decoded strictly").isNotNull();
        return TREES.createParser(decoded);
    }

    /**
     * The input decoded strictly in the encoding that its first bytes show (RFC 4627, section 3, and
     * the byte order marks that Jackson knows), independently of the module's detection; null if the
     * bytes are invalid in that encoding or in no encoding that JSON can have.
     */
    static String strictlyDecoded(byte[] b) {
        int[] first = new int[4];
        for (int i = 0; i < 4; i++) {
            first[i] = i < b.length ? b[i] & 0xff : -1;
        }
        boolean four = b.length >= 4;
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (four && first[0] == 0 && first[1] == 0 && first[2] == 0xFE && first[3] == 0xFF) {
            charset = Charset.forName("UTF-32BE");
            skip = 4;
        } else if (four && first[0] == 0xFF && first[1] == 0xFE && first[2] == 0 && first[3] == 0) {
            charset = Charset.forName("UTF-32LE");
            skip = 4;
        } else if (four && (first[0] == 0 && first[1] == 0 && first[2] == 0xFF && first[3] == 0xFE
                || first[0] == 0xFE && first[1] == 0xFF && first[2] == 0 && first[3] == 0)) {
            return null;
        } else if (four && first[0] == 0xFE && first[1] == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (four && first[0] == 0xFF && first[1] == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (four && first[0] == 0xEF && first[1] == 0xBB && first[2] == 0xBF) {
            skip = 3;
        } else if (four && first[0] == 0 && first[1] == 0 && first[2] == 0) {
            charset = Charset.forName("UTF-32BE");
        } else if (four && first[1] == 0 && first[2] == 0 && first[3] == 0) {
            charset = Charset.forName("UTF-32LE");
        } else if (four && (first[0] == 0 && first[2] == 0 && first[3] == 0 || first[0] == 0 && first[1] == 0
                && first[3] == 0)) {
            return null;
        } else if (b.length >= 2 && first[0] == 0) {
            charset = StandardCharsets.UTF_16BE;
        } else if (b.length >= 2 && first[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(b, skip, b.length - skip)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The error has a problem, a path, and a line and column inside the input. */
    private static void assertLocated(JsonError e, byte[] input) {
        assertThat(e.problem()).isNotBlank();
        assertThat(e.getMessage()).startsWith(e.problem());
        assertThat(e.path()).isNotEmpty();
        int lineBreaks = 0;
        for (byte b : input) {
            if (b == '\n' || b == '\r') {
                lineBreaks++;
            }
        }
        assertThat(e.line()).as("line of %s", e).isBetween(1, lineBreaks + 1);
        assertThat(e.column()).as("column of %s", e).isBetween(1, input.length + 1);
    }

    // ---- the mutations

    /** A token of an input: its bytes from start to end (exclusive), and its kind. */
    record Token(int start, int end, char kind) {
        static final char STRING = '"';
        static final char NUMBER = '0';
        static final char LITERAL = 'a';

        boolean opens() {
            return kind == '{' || kind == '[';
        }

        boolean startsValue() {
            return kind == STRING || kind == NUMBER || kind == LITERAL || opens();
        }
    }

    /**
     * The tokens of an input, found by a lexer that never fails, and the brackets that match: enough
     * structure to swap values, duplicate fields and wrap values, in inputs already broken.
     */
    static final class Structure {
        final List<Token> tokens = new ArrayList<>();
        /** For each opening bracket, the index of its closing bracket, or -1. */
        final int[] match;

        Structure(byte[] b) {
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xff;
                int j = i + 1;
                if (c == '"') {
                    while (j < b.length && b[j] != '"') {
                        j += b[j] == '\\' ? 2 : 1;
                    }
                    j = Math.min(j + 1, b.length);
                    tokens.add(new Token(i, j, Token.STRING));
                } else if (c == '-' || c >= '0' && c <= '9') {
                    while (j < b.length && "0123456789+-.eE".indexOf(b[j]) >= 0) {
                        j++;
                    }
                    tokens.add(new Token(i, j, Token.NUMBER));
                } else if (c >= 'a' && c <= 'z') {
                    while (j < b.length && b[j] >= 'a' && b[j] <= 'z') {
                        j++;
                    }
                    tokens.add(new Token(i, j, Token.LITERAL));
                } else if ("{}[]:,".indexOf(c) >= 0) {
                    tokens.add(new Token(i, j, (char) c));
                }
                i = j;
            }
            match = new int[tokens.size()];
            Deque<Integer> open = new ArrayDeque<>();
            for (int t = 0; t < tokens.size(); t++) {
                match[t] = -1;
                char kind = tokens.get(t).kind();
                if (kind == '{' || kind == '[') {
                    open.push(t);
                } else if ((kind == '}' || kind == ']') && !open.isEmpty()) {
                    match[open.pop()] = t;
                }
            }
        }

        private boolean isName(int t) {
            return tokens.get(t).kind() == Token.STRING && t + 1 < tokens.size() && tokens.get(t + 1).kind() == ':';
        }

        /** The end of the value that starts at token t, or -1 if it does not end. */
        private int valueEnd(int t) {
            Token token = tokens.get(t);
            if (token.opens()) {
                return match[t] < 0 ? -1 : tokens.get(match[t]).end();
            }
            return token.end();
        }

        /** The values: {start, end} of each scalar, object and array that is not a field name. */
        List<int[]> values() {
            List<int[]> values = new ArrayList<>();
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.get(t).startsValue() && !isName(t) && valueEnd(t) > 0) {
                    values.add(new int[] {tokens.get(t).start(), valueEnd(t)});
                }
            }
            return values;
        }

        /** The fields: {start, end} from the name to the end of the value. */
        List<int[]> fields() {
            List<int[]> fields = new ArrayList<>();
            for (int t = 0; t + 2 < tokens.size(); t++) {
                if (isName(t) && tokens.get(t + 2).startsValue() && valueEnd(t + 2) > 0) {
                    fields.add(new int[] {tokens.get(t).start(), valueEnd(t + 2)});
                }
            }
            return fields;
        }

        List<Token> ofKind(char kind) {
            return tokens.stream().filter(t -> t.kind() == kind).collect(Collectors.toList());
        }
    }

    /** The mutations, each a function of the input and the random source. */
    static final class Mutator {

        static final String[] FRAGMENTS = {
            "{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "0", "-", "1e999", "\"\\u0000\"", "{}",
            "[]", "{\"a\":1}", "[[[[", "]]]]", "\"\\uD800\"", "\"\\uDC00\\uD800\"", "NaN", "Infinity", "/*", "//",
            "'", "\n", "\r", "\t", "\u00a0", "\ufeff", "\u2028", "\"acronym\":\"X\",", "\"type\":\"civilian\",",
            "\"type\":\"police\",", "\"deployments\":[],", "\"staffing\":[],", "\"notes\":{\"a\":[1,{}]},",
            ",\"x\":1", "\"\\", "\"\\u12", "\\", "0x10", "01", ".5", "1.", "-0", "+1", "\"closed\":null,",
            "\"female\":null,", "\"tasks\":[],", "\"ceilings\":{},", "\"vote\":{\"yes\":1,\"no\":1,\"abstain\":0,"
                    + "\"against\":[\"RUS\"]},", "\"acting\":false,", "\"session\":\"ES-I\",", "\n\n", " ",
        };
        static final String[] NUMBERS = {
            "-1", "0", "-0", "1", "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775808",
            "1e10", "1E-400", "1e-999999999", "1e999999999", "1.5", "1442.0", "1.442e3", "0.0", "-0.0", "1e2147483648",
            "1" + "0".repeat(31), "1" + "0".repeat(32), "123456789012345678901234567890.5", "0.1e1", "00", "1e", "-",
            "1.e3", "2e0", "1E+2",
        };
        static final String[] STRINGS = {
            "\"AFRICA\"", "\"OCEANIA\"", "\"TROOPS\"", "\"FORMED_POLICE_UNITS\"", "\"INDIVIDUAL_POLICE\"", "\"military\"",
            "\"police\"", "\"civilian\"", "\"SECURITY_COUNCIL\"", "\"GENERAL_ASSEMBLY\"", "\"ESTABLISH\"", "\"TERMINATE\"",
            "\"XYZ\"", "\"rwa\"", "\"RWA\"", "\"SUN\"", "\"TWN\"", "\"XKX\"", "\"\"", "\" \"", "\"2003-02-30\"",
            "\"0000-01-01\"", "\"9999-12-31\"", "\"2003-9-19\"", "\"1993-10-05T00:00\"", "\"ES-I\"", "\"contributor\"",
            "\"type\"", "\"deployments\"", "\"mandates\"", "\"acronym\"", "\"female\"", "\"total\"", "\"\\u0000\"",
            "\"a\\\"b\"", "\"\\uD83C\\uDF0D\"", "\"\\ud800\"", "\"" + "A".repeat(10_001) + "\"", "\"HEAD_OF_MISSION\"",
            "\"PROTECTION_OF_CIVILIANS\"",
        };
        static final byte[][] BAD_UTF8 = {
            {(byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xFE},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {0}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
        };
        static final int[] DEPTHS = {1, 2, 5, 31, 32, 33, 100, 1_000, 10_000};
        static final Charset[] ENCODINGS = {
            StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16, Charset.forName("UTF-32BE"),
            Charset.forName("UTF-32LE"),
        };

        private Mutator() {
        }

        /** Applies one mutation, or more with falling probability, naming each in {@code applied}. */
        static byte[] mutate(byte[] seed, Random random, List<String> applied) {
            byte[] input = seed;
            do {
                input = mutateOnce(input, random, applied);
            } while (random.nextInt(3) == 0);
            return input;
        }

        private static byte[] mutateOnce(byte[] b, Random random, List<String> applied) {
            int kind = random.nextInt(19);
            Structure structure = kind >= 7 && kind != 16 && kind != 17 ? new Structure(b) : null;
            switch (kind) {
                case 0: {
                    if (b.length == 0) {
                        break;
                    }
                    int at = random.nextInt(b.length);
                    applied.add("flip byte " + at);
                    byte[] copy = b.clone();
                    copy[at] = (byte) random.nextInt(256);
                    return copy;
                }
                case 1: {
                    if (b.length == 0) {
                        break;
                    }
                    int at = random.nextInt(b.length);
                    int bit = random.nextInt(8);
                    applied.add("flip bit " + bit + " of byte " + at);
                    byte[] copy = b.clone();
                    copy[at] ^= (byte) (1 << bit);
                    return copy;
                }
                case 2: {
                    int at = random.nextInt(b.length + 1);
                    applied.add("truncate at " + at);
                    return java.util.Arrays.copyOf(b, at);
                }
                case 3: {
                    byte[] bytes = new byte[1 + random.nextInt(8)];
                    random.nextBytes(bytes);
                    int at = random.nextInt(b.length + 1);
                    applied.add("insert " + bytes.length + " random bytes at " + at);
                    return splice(b, at, at, bytes);
                }
                case 4: {
                    String fragment = pick(FRAGMENTS, random);
                    int at = random.nextInt(b.length + 1);
                    applied.add("insert " + quote(fragment) + " at " + at);
                    return splice(b, at, at, utf8(fragment));
                }
                case 5: {
                    int from = random.nextInt(b.length + 1);
                    int to = Math.min(b.length, from + 1 + random.nextInt(16));
                    applied.add("delete " + from + " to " + to);
                    return splice(b, from, to, new byte[0]);
                }
                case 6: {
                    byte[] bytes = BAD_UTF8[random.nextInt(BAD_UTF8.length)];
                    int at = random.nextInt(b.length + 1);
                    boolean replace = random.nextBoolean() && at + bytes.length <= b.length;
                    applied.add((replace ? "overwrite" : "insert") + " invalid UTF-8 at " + at);
                    return splice(b, at, replace ? at + bytes.length : at, bytes);
                }
                case 7: {
                    List<Token> tokens = structure.tokens;
                    if (tokens.size() < 2) {
                        break;
                    }
                    Token first = tokens.get(random.nextInt(tokens.size()));
                    Token second = tokens.get(random.nextInt(tokens.size()));
                    applied.add("swap tokens at " + first.start() + " and " + second.start());
                    return swap(b, first.start(), first.end(), second.start(), second.end());
                }
                case 8: {
                    List<int[]> values = structure.values();
                    if (values.size() < 2) {
                        break;
                    }
                    int[] first = values.get(random.nextInt(values.size()));
                    int[] second = values.get(random.nextInt(values.size()));
                    if (first[1] > second[0] && second[1] > first[0]) {
                        break;
                    }
                    applied.add("swap values at " + first[0] + " and " + second[0]);
                    return swap(b, first[0], first[1], second[0], second[1]);
                }
                case 9: {
                    List<int[]> fields = structure.fields();
                    if (fields.isEmpty()) {
                        break;
                    }
                    int[] field = fields.get(random.nextInt(fields.size()));
                    applied.add("duplicate the field at " + field[0]);
                    byte[] copy = new byte[field[1] - field[0] + 1];
                    copy[0] = ',';
                    System.arraycopy(b, field[0], copy, 1, field[1] - field[0]);
                    return splice(b, field[1], field[1], copy);
                }
                case 10: {
                    List<int[]> values = structure.values();
                    if (values.isEmpty()) {
                        break;
                    }
                    int[] value = values.get(random.nextInt(values.size()));
                    int depth = DEPTHS[random.nextInt(DEPTHS.length)];
                    boolean arrays = random.nextBoolean();
                    applied.add("nest the value at " + value[0] + " in " + depth + (arrays ? " arrays" : " objects"));
                    byte[] open = utf8((arrays ? "[" : "{\"a\":").repeat(depth));
                    byte[] close = utf8((arrays ? "]" : "}").repeat(depth));
                    return splice(splice(b, value[1], value[1], close), value[0], value[0], open);
                }
                case 11: {
                    List<Token> numbers = structure.ofKind(Token.NUMBER);
                    if (numbers.isEmpty()) {
                        break;
                    }
                    Token number = numbers.get(random.nextInt(numbers.size()));
                    String replacement = pick(NUMBERS, random);
                    applied.add("replace the number at " + number.start() + " by " + replacement);
                    return splice(b, number.start(), number.end(), utf8(replacement));
                }
                case 12: {
                    List<Token> strings = structure.ofKind(Token.STRING);
                    if (strings.isEmpty()) {
                        break;
                    }
                    Token string = strings.get(random.nextInt(strings.size()));
                    String replacement = pick(STRINGS, random);
                    applied.add("replace the string at " + string.start() + " by " + quote(replacement));
                    return splice(b, string.start(), string.end(), utf8(replacement));
                }
                case 13: {
                    List<int[]> values = structure.values();
                    if (values.isEmpty()) {
                        break;
                    }
                    int[] value = values.get(random.nextInt(values.size()));
                    String replacement = pick(new String[] {"null", "true", "false", "{}", "[]", "\"x\"", "0", "-1",
                        "[null]", "{\"a\":null}"}, random);
                    applied.add("replace the value at " + value[0] + " by " + replacement);
                    return splice(b, value[0], value[1], utf8(replacement));
                }
                case 14: {
                    List<int[]> fields = structure.fields();
                    if (fields.isEmpty()) {
                        break;
                    }
                    int[] field = fields.get(random.nextInt(fields.size()));
                    int end = field[1] < b.length && b[field[1]] == ',' ? field[1] + 1 : field[1];
                    applied.add("remove the field at " + field[0]);
                    return splice(b, field[0], end, new byte[0]);
                }
                case 15: {
                    List<int[]> values = structure.values();
                    if (values.isEmpty()) {
                        break;
                    }
                    int[] value = values.get(random.nextInt(values.size()));
                    int at = random.nextInt(b.length + 1);
                    applied.add("copy the value at " + value[0] + " to " + at);
                    return splice(b, at, at, java.util.Arrays.copyOfRange(b, value[0], value[1]));
                }
                case 16: {
                    Charset encoding = ENCODINGS[random.nextInt(ENCODINGS.length)];
                    applied.add("encode in " + encoding);
                    return new String(b, StandardCharsets.UTF_8).getBytes(encoding);
                }
                case 17: {
                    // A surrogate without its pair, after a quote: no encoder writes one, so write it by hand.
                    String text = new String(b, StandardCharsets.UTF_8);
                    int quote = text.indexOf('"', random.nextInt(text.length() + 1));
                    int at = quote < 0 ? text.length() : quote + 1;
                    boolean bigEndian = random.nextBoolean();
                    byte[] unit = {(byte) (0xD8 + random.nextInt(8)), (byte) random.nextInt(256)};
                    byte[] surrogate = bigEndian ? unit : new byte[] {unit[1], unit[0]};
                    Charset encoding = bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
                    applied.add("encode in " + encoding + " with a lone surrogate at character " + at);
                    return splice(text.getBytes(encoding), 2 * at, 2 * at, surrogate);
                }
                default: {
                    List<int[]> fields = structure.fields();
                    if (fields.size() < 2) {
                        break;
                    }
                    int[] first = fields.get(random.nextInt(fields.size()));
                    int[] second = fields.get(random.nextInt(fields.size()));
                    if (first[1] > second[0] && second[1] > first[0]) {
                        break;
                    }
                    applied.add("swap fields at " + first[0] + " and " + second[0]);
                    return swap(b, first[0], first[1], second[0], second[1]);
                }
            }
            // Nothing to mutate of that kind: flip a byte instead, so that no input is the seed itself.
            byte[] copy = java.util.Arrays.copyOf(b, Math.max(1, b.length));
            int at = random.nextInt(copy.length);
            copy[at] = (byte) random.nextInt(256);
            applied.add("flip byte " + at);
            return copy;
        }

        private static String pick(String[] values, Random random) {
            return values[random.nextInt(values.length)];
        }

        private static String quote(String text) {
            return text.length() > 40 ? text.substring(0, 40) + "..." : text;
        }

        static byte[] splice(byte[] b, int from, int to, byte[] insert) {
            byte[] result = new byte[b.length - (to - from) + insert.length];
            System.arraycopy(b, 0, result, 0, from);
            System.arraycopy(insert, 0, result, from, insert.length);
            System.arraycopy(b, to, result, from + insert.length, b.length - to);
            return result;
        }

        /** Swaps two ranges that do not overlap. */
        static byte[] swap(byte[] b, int start1, int end1, int start2, int end2) {
            if (start1 > start2) {
                return swap(b, start2, end2, start1, end1);
            }
            if (end1 > start2) {
                return b.clone();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
            out.write(b, 0, start1);
            out.write(b, start2, end2 - start2);
            out.write(b, end1, start2 - end1);
            out.write(b, start1, end1 - start1);
            out.write(b, end2, b.length - end2);
            return out.toByteArray();
        }
    }
}
