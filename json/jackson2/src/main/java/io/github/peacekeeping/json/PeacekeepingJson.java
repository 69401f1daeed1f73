package io.github.peacekeeping.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.MissionProfile;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.validation.ValidationReport;
import io.github.peacekeeping.json.internal.AtomicFiles;
import io.github.peacekeeping.json.internal.BoundedBytes;
import io.github.peacekeeping.json.internal.BoundedChars;
import io.github.peacekeeping.json.internal.Documents;
import io.github.peacekeeping.json.internal.Encodings;
import io.github.peacekeeping.json.internal.Format;
import io.github.peacekeeping.json.internal.Limits;
import io.github.peacekeeping.json.internal.Problems;
import io.github.peacekeeping.json.internal.ReadFailure;
import io.github.peacekeeping.json.internal.Reading;
import io.github.peacekeeping.json.internal.RecordLines;
import io.github.peacekeeping.json.internal.RecordSource;
import io.github.peacekeeping.json.internal.Schema;
import io.github.peacekeeping.json.internal.Utf8Documents;
import io.github.peacekeeping.json.internal.Utf8Lines;
import io.github.peacekeeping.json.internal.Utf8Tokens;
import io.github.peacekeeping.json.internal.Value;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads and writes the peacekeeping wire format with no Jackson setup: missions as JSON documents,
 * contribution records, fatality records and mission profiles (a list of operations without their decisions)
 * as JSON Lines.
 * <pre>{@code
 * PeacekeepingJson json = PeacekeepingJson.standard();
 * Mission unamir = json.readMission(Path.of("unamir.json"));
 * String text = json.withPrettyPrinting().writeMission(unamir);
 * try (Stream<ContributionRecord> records = json.readRecords(Path.of("contributions.jsonl"))) {
 *     long troops = records.filter(r -> r.category() == PersonnelCategory.TROOPS).count();
 * }
 * }</pre>
 *
 * <p>Reading goes through the model's builders and checks, so nothing is read that the Java API would
 * refuse; a document that reads may still have validation findings, which
 * {@code MissionValidator.validate(mission)} reports. Every error in the input is a
 * {@link PeacekeepingJsonException} naming the problem, the JSON path, the line and the column.
 * Unknown fields are refused, unless {@link #withUnknownFieldsIgnored()}; duplicate fields (known or
 * not), content after the document and JSON beyond the limits below are always refused, with the same
 * exception. A string that is not Unicode text (a surrogate without its pair, {@code "\ud800"}) is
 * refused too. A byte order mark at the start of the input is left out, from bytes and text alike.
 *
 * <p>The writers check every value before they write it and refuse, with the model's
 * {@link PeacekeepingException} naming its path, what their readers would refuse: dates outside the
 * years 0 to 9999, strings over {@link #MAX_STRING_LENGTH} characters or with a surrogate without its
 * pair, documents over {@link #MAX_DOCUMENT_LENGTH}. A document is written in memory and reaches its
 * destination only complete: a failure leaves nothing in a stream or writer, and a file as it was.
 *
 * <p>The limits guard against hostile input and are tuned to the format, whose values are nested at most
 * 6 levels but for forces led by forces (the writers refuse more than 8 such forces, 30 levels deep), and
 * whose longest text is a mission's name:
 * {@link #MAX_NESTING_DEPTH}, {@link #MAX_DOCUMENT_LENGTH}, {@link #MAX_STRING_LENGTH},
 * {@link #MAX_NUMBER_LENGTH} and {@link #MAX_NAME_LENGTH}. JSON Lines have no limit on their length
 * (they are read in constant memory, one record at a time); each record has the other limits.
 *
 * <p>The facade does not close streams and readers it is given, except those it hands back as
 * {@link RecordReader}, {@link RecordWriter} or {@link Stream}, which own them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PeacekeepingJson {

    /**
     * The deepest nesting of arrays and objects read: 32. The format needs 6 (mission, mandates, a
     * mandate, its resolution, its vote, the members against); the rest leaves room for unknown fields
     * that are ignored.
     */
    public static final int MAX_NESTING_DEPTH = Limits.MAX_NESTING_DEPTH;
    /**
     * The longest document read, in bytes or characters as given: 64 MiB. The largest mission with
     * monthly deployments of every contributor since 1978 (UNIFIL) takes about 10 MB.
     */
    public static final long MAX_DOCUMENT_LENGTH = Limits.MAX_DOCUMENT_LENGTH;
    /** The longest string read, in characters: 10,000, fifty times the longest name of a mission. */
    public static final int MAX_STRING_LENGTH = Limits.MAX_STRING_LENGTH;
    /** The longest number read, in characters: 32. An {@code int} needs at most 11. */
    public static final int MAX_NUMBER_LENGTH = Limits.MAX_NUMBER_LENGTH;
    /** The longest field name read, in characters: 256. The longest in the format has 13. */
    public static final int MAX_NAME_LENGTH = Limits.MAX_NAME_LENGTH;

    // The facade's readers refuse a repeated field of every object of the format themselves, at the
    // start of its name, and refuse unknown fields or skip them whole: Jackson's own duplicate detection
    // would only check the same thing twice, at a fifth of the reading speed.
    private static final JsonFactory DOCUMENTS = factory(MAX_DOCUMENT_LENGTH, false, false);
    private static final JsonFactory LINES = factory(0L, false, false);
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    private static final PeacekeepingJson STANDARD = new PeacekeepingJson(true, false);

    /** Whether unknown fields are refused. */
    private final boolean strict;
    /** Whether documents are written indented. */
    private final boolean pretty;

    private PeacekeepingJson(boolean strict, boolean pretty) {
        this.strict = strict;
        this.pretty = pretty;
    }

    private static JsonFactory factory(long maxDocumentLength, boolean closes, boolean detectDuplicates) {
        return new JsonFactoryBuilder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxDocumentLength(maxDocumentLength)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build())
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, detectDuplicates)
                .configure(StreamReadFeature.AUTO_CLOSE_SOURCE, closes)
                .configure(StreamWriteFeature.AUTO_CLOSE_TARGET, closes)
                .rootValueSeparator((String) null)
                .build();
    }

    /**
     * Obtains the standard instance: unknown fields refused, documents written compact.
     *
     * @return the instance, not null
     */
    public static PeacekeepingJson standard() {
        return STANDARD;
    }

    /**
     * Returns a copy that ignores unknown fields when reading, for documents from a later version of
     * the format. Duplicate fields and invalid values of known fields are still refused.
     *
     * @return the copy, not null
     */
    public PeacekeepingJson withUnknownFieldsIgnored() {
        return new PeacekeepingJson(false, pretty);
    }

    /**
     * Returns a copy that writes missions indented by two spaces, one value a line, as the reference
     * document {@code unamir.json} is written. JSON Lines stay one record a line.
     *
     * @return the copy, not null
     */
    public PeacekeepingJson withPrettyPrinting() {
        return new PeacekeepingJson(strict, true);
    }

    /**
     * Obtains a new {@code ObjectMapper} configured as this facade reads: the {@link PeacekeepingModule},
     * the limits of this class, duplicate fields refused
     * ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}) and content after the document refused
     * ({@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS}). Unknown fields fail, as by Jackson's
     * default. Errors inside values of the model are {@link PeacekeepingJsonException}s; errors outside
     * them, such as empty input, stay Jackson's own.
     *
     * @return a new mapper, not null
     */
    public static ObjectMapper newObjectMapper() {
        // A mapper may read the user's own objects around ours: Jackson checks those for duplicates.
        return JsonMapper.builder(factory(MAX_DOCUMENT_LENGTH, true, true))
                .addModule(new PeacekeepingModule())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    // ---- missions

    /**
     * Reads a mission from a JSON document. A byte order mark at the start is left out, as it is from bytes.
     *
     * @param json  the document, not null
     * @return the mission, not null
     * @throws PeacekeepingJsonException if the text is not a valid mission of the wire format
     */
    public Mission readMission(String json) throws PeacekeepingJsonException {
        Objects.requireNonNull(json, "json");
        try {
            return read(DOCUMENTS.createParser(Encodings.withoutByteOrderMark(json)));
        } catch (PeacekeepingJsonException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    /**
     * Reads a mission from a reader, to its end. The reader is not closed. A byte order mark at the
     * start is left out, as it is from bytes.
     *
     * @param reader  the reader, not null
     * @return the mission, not null
     * @throws PeacekeepingJsonException if the text is not a valid mission of the wire format
     * @throws IOException if the reader fails
     */
    public Mission readMission(Reader reader) throws IOException {
        return read(DOCUMENTS.createParser(Encodings.withoutByteOrderMark(Objects.requireNonNull(reader, "reader"))));
    }

    /**
     * Reads a mission from a stream of JSON in UTF-8 (or UTF-16 or UTF-32, as detected), to its end.
     * The stream is not closed.
     *
     * <p>A document of up to 1 MiB of UTF-8 is read into memory and parsed by the library's own strict
     * parser, which is faster for this than going through Jackson's; a document it does not read exactly
     * as Jackson would (malformed JSON, a limit reached, unusual UTF-8), and every document that is refused,
     * is read again from the same bytes by Jackson's parser, so that the mission, or the error with its
     * message and position, is the same as through Jackson alone. A longer document, or one in UTF-16 or
     * UTF-32, streams through Jackson's parser.
     *
     * @param in  the stream, not null
     * @return the mission, not null
     * @throws PeacekeepingJsonException if the bytes are not a valid mission of the wire format, or not
     *         valid in their encoding (invalid UTF-8, a UTF-16 surrogate without its pair, a UTF-32
     *         code point above U+10FFFF, or first bytes in no encoding that JSON can have)
     * @throws IOException if the stream fails
     */
    public Mission readMission(InputStream in) throws IOException {
        Encodings.Source source = source(Objects.requireNonNull(in, "in"));
        if (source.utf8() == null) {
            return read(DOCUMENTS.createParser(source.decoded()));
        }
        return Utf8Documents.read(Format.MISSION, source.utf8(), strict, utf8 -> read(DOCUMENTS.createParser(utf8)));
    }

    /**
     * Reads a mission from a file of JSON in UTF-8 (or UTF-16 or UTF-32, as detected).
     *
     * @param path  the file, not null
     * @return the mission, not null
     * @throws PeacekeepingJsonException if the file is not a valid mission of the wire format
     * @throws IOException if the file cannot be read
     */
    public Mission readMission(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return readMission(in);
        }
    }

    private Mission read(JsonParser p) throws IOException {
        try (p) {
            return Documents.read(Format.MISSION, new ParserTokens(p), new Reading(strict, null));
        } catch (ReadFailure e) {
            throw PeacekeepingJsonException.from(e);
        }
    }

    /** A parser of bytes in the encoding that their first bytes show. */
    private static JsonParser parser(JsonFactory factory, InputStream in) throws IOException {
        Encodings.Source source = source(in);
        return source.utf8() != null ? factory.createParser(source.utf8()) : factory.createParser(source.decoded());
    }

    /** Bytes in the encoding that their first bytes show. */
    private static Encodings.Source source(InputStream in) throws IOException {
        try {
            return Encodings.detect(in);
        } catch (CharConversionException e) {
            // Bytes in an encoding that JSON cannot have, such as UCS-4 in an unusual byte order.
            throw PeacekeepingJsonException.from(Problems.undetectable(e));
        }
    }

    /**
     * Writes a mission as a JSON document, compact or {@linkplain #withPrettyPrinting() pretty}.
     *
     * @param mission  the mission, not null
     * @return the document, not null
     * @throws PeacekeepingException if the format cannot hold a value of the mission: a date outside the
     *         years 0 to 9999, a string over {@link #MAX_STRING_LENGTH} characters or with a surrogate
     *         without its pair, a document over {@link #MAX_DOCUMENT_LENGTH}; the message gives its path
     */
    public String writeMission(Mission mission) {
        try {
            return document(Format.MISSION, Objects.requireNonNull(mission, "mission")).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /**
     * Writes a mission as a JSON document to a writer, which is flushed, not closed. The document reaches
     * the writer only when it is complete: a mission the format cannot hold leaves nothing in it.
     *
     * @param mission  the mission, not null
     * @param writer   the writer, not null
     * @throws IOException if the writer fails
     * @throws PeacekeepingException if the format cannot hold a value of the mission, as
     *         {@link #writeMission(Mission)} says
     */
    public void writeMission(Mission mission, Writer writer) throws IOException {
        Objects.requireNonNull(writer, "writer");
        document(Format.MISSION, Objects.requireNonNull(mission, "mission")).writeTo(writer);
        writer.flush();
    }

    /**
     * Writes a mission as a JSON document in UTF-8 to a stream, which is flushed, not closed. The
     * document reaches the stream only when it is complete: a mission the format cannot hold leaves
     * nothing in it.
     *
     * @param mission  the mission, not null
     * @param out      the stream, not null
     * @throws IOException if the stream fails
     * @throws PeacekeepingException if the format cannot hold a value of the mission, as
     *         {@link #writeMission(Mission)} says
     */
    public void writeMission(Mission mission, OutputStream out) throws IOException {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(out, "out");
        BoundedBytes bytes = new BoundedBytes();
        if (pretty) {
            try (JsonGenerator g = generator(DOCUMENTS.createGenerator(bytes))) {
                Format.MISSION.writeValue(mission, new GeneratorTokens(g));
            }
        } else {
            // Compact UTF-8 needs no generator: the same bytes, written straight into the buffer.
            Utf8Tokens.write(Format.MISSION, mission, bytes);
        }
        bytes.writeTo(out);
        out.flush();
    }

    /**
     * Writes a mission as a JSON document in UTF-8 to a file, replacing it only once the document is
     * complete: if writing fails, the file is as it was.
     *
     * @param mission  the mission, not null
     * @param path     the file, not null
     * @throws IOException if the file cannot be written
     * @throws PeacekeepingException if the format cannot hold a value of the mission, as
     *         {@link #writeMission(Mission)} says
     */
    public void writeMission(Mission mission, Path path) throws IOException {
        Objects.requireNonNull(mission, "mission");
        AtomicFiles.write(path, out -> {
            writeMission(mission, out);
            return null;
        });
    }

    /** Writes a document into memory, whole or not at all. */
    private <T> BoundedChars document(Value<T> value, T object) throws IOException {
        BoundedChars text = new BoundedChars();
        try (JsonGenerator g = generator(DOCUMENTS.createGenerator(text))) {
            value.writeValue(object, new GeneratorTokens(g));
        }
        return text;
    }

    private JsonGenerator generator(JsonGenerator g) {
        return pretty ? g.setPrettyPrinter(PRETTY.createInstance()) : g;
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of a mission document of the wire format. It is in this
     * library's jars, and this method reads it on the class path and the module path alike.
     *
     * @return the schema's text, not null
     */
    public static String missionSchema() {
        return Schema.mission();
    }

    // ---- mission profiles: a list of operations, one JSON Lines record each

    /**
     * Reads mission profiles, one JSON object a line ({@code MissionProfile}: a mission's identity and
     * lifecycle without its decisions, as a list of operations gives them), from a stream in UTF-8 (or UTF-16
     * or UTF-32, as detected), to its end. The stream is not closed. Blank lines are skipped. A list of
     * operations is short (the UN's own lists 71 since 1948) and is read whole, into a list, with the limits
     * of a document ({@link #MAX_DOCUMENT_LENGTH}); read long files of records as contribution records are
     * read, one at a time.
     *
     * @param in  the stream, not null
     * @return the profiles in the order of the lines, unmodifiable
     * @throws PeacekeepingJsonException if a line is not a valid profile, or the records are not one a line;
     *         the exception gives the line and column
     * @throws IOException if the stream fails
     */
    public List<MissionProfile> readProfiles(InputStream in) throws IOException {
        return profiles(parser(DOCUMENTS, Objects.requireNonNull(in, "in")));
    }

    /**
     * Reads mission profiles, one JSON object a line, from a reader, to its end; as
     * {@link #readProfiles(InputStream)}. The reader is not closed; a byte order mark at the start is left out.
     *
     * @param reader  the reader, not null
     * @return the profiles in the order of the lines, unmodifiable
     * @throws PeacekeepingJsonException if a line is not a valid profile, or the records are not one a line
     * @throws IOException if the reader fails
     */
    public List<MissionProfile> readProfiles(Reader reader) throws IOException {
        return profiles(DOCUMENTS.createParser(Encodings.withoutByteOrderMark(Objects.requireNonNull(reader, "reader"))));
    }

    /**
     * Reads mission profiles, one JSON object a line, from a file in UTF-8 (or UTF-16 or UTF-32, as
     * detected); as {@link #readProfiles(InputStream)}.
     *
     * @param path  the file, not null
     * @return the profiles in the order of the lines, unmodifiable
     * @throws PeacekeepingJsonException if a line is not a valid profile, or the records are not one a line
     * @throws IOException if the file cannot be read
     */
    public List<MissionProfile> readProfiles(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return readProfiles(in);
        }
    }

    private List<MissionProfile> profiles(JsonParser p) throws IOException {
        try (p) {
            RecordLines<MissionProfile> lines = new RecordLines<>(Format.MISSION_PROFILE, new ParserTokens(p),
                    new Reading(strict, null), p);
            List<MissionProfile> profiles = new ArrayList<>();
            for (MissionProfile profile = lines.read(); profile != null; profile = lines.read()) {
                profiles.add(profile);
            }
            return List.copyOf(profiles);
        } catch (ReadFailure e) {
            throw PeacekeepingJsonException.from(e);
        }
    }

    /**
     * Writes mission profiles as JSON Lines: one compact JSON object a line, each line ended by {@code \n}, in
     * the order given (pretty printing does not apply: a record is one line). Each profile is checked before
     * it is written, and the text is made whole before it is returned.
     *
     * @param profiles  the profiles, not null, no null element
     * @return the text, not null; empty for no profile
     * @throws PeacekeepingException if the format cannot hold a value of a profile (a date outside the years 0
     *         to 9999, a string over {@link #MAX_STRING_LENGTH} characters or with a surrogate without its
     *         pair, more than {@link #MAX_DOCUMENT_LENGTH} in all); the message gives its path
     */
    public String writeProfiles(List<MissionProfile> profiles) {
        Objects.requireNonNull(profiles, "profiles");
        BoundedChars text = new BoundedChars();
        try {
            try (JsonGenerator g = DOCUMENTS.createGenerator(text)) {
                profileLines(profiles, g);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return text.toString();
    }

    /**
     * Writes mission profiles as JSON Lines in UTF-8 to a stream, which is flushed, not closed; as
     * {@link #writeProfiles(List)}. The lines reach the stream only when all of them are complete: a profile
     * the format cannot hold leaves nothing in it.
     *
     * @param profiles  the profiles, not null, no null element
     * @param out       the stream, not null
     * @throws IOException if the stream fails
     * @throws PeacekeepingException if the format cannot hold a value of a profile, as
     *         {@link #writeProfiles(List)} says
     */
    public void writeProfiles(List<MissionProfile> profiles, OutputStream out) throws IOException {
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(out, "out");
        BoundedBytes bytes = new BoundedBytes();
        try (JsonGenerator g = DOCUMENTS.createGenerator(bytes)) {
            profileLines(profiles, g);
        }
        bytes.writeTo(out);
        out.flush();
    }

    /**
     * Writes mission profiles as JSON Lines in UTF-8 to a file, replacing it only once every line is
     * written: if writing fails, the file is as it was.
     *
     * @param profiles  the profiles, not null, no null element
     * @param path      the file, not null
     * @throws IOException if the file cannot be written
     * @throws PeacekeepingException if the format cannot hold a value of a profile, as
     *         {@link #writeProfiles(List)} says
     */
    public void writeProfiles(List<MissionProfile> profiles, Path path) throws IOException {
        Objects.requireNonNull(profiles, "profiles");
        AtomicFiles.write(path, out -> {
            writeProfiles(profiles, out);
            return null;
        });
    }

    private static void profileLines(List<MissionProfile> profiles, JsonGenerator g) throws IOException {
        GeneratorTokens tokens = new GeneratorTokens(g);
        for (MissionProfile profile : profiles) {
            Format.MISSION_PROFILE.writeValue(Objects.requireNonNull(profile, "profile"), tokens);
            g.writeRaw('\n');
        }
    }

    // ---- validation reports

    /**
     * Writes a validation report as JSON, compact or {@linkplain #withPrettyPrinting() pretty}:
     * {@code {"valid": true|false, "findings": [{"severity", "code", "path", "message"}...]}}, the findings
     * in the report's order, {@code valid} true when no finding is an ERROR. Reports are written, not
     * read: to check a mission again, validate it.
     *
     * @param report  the report, not null
     * @return the JSON, not null
     */
    public String writeReport(ValidationReport report) {
        try {
            return document(Format.REPORT, Objects.requireNonNull(report, "report")).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /**
     * Writes a validation report as JSON, as {@link #writeReport(ValidationReport)}, to a writer, which
     * is flushed, not closed.
     *
     * @param report  the report, not null
     * @param writer  the writer, not null
     * @throws IOException if the writer fails
     */
    public void writeReport(ValidationReport report, Writer writer) throws IOException {
        Objects.requireNonNull(writer, "writer");
        document(Format.REPORT, Objects.requireNonNull(report, "report")).writeTo(writer);
        writer.flush();
    }

    // ---- JSON Lines

    /**
     * Opens a reader of contribution records, one JSON object a line, from a stream in UTF-8 (or UTF-16
     * or UTF-32, as detected). It reads one record at a time, in constant memory; closing it closes the
     * stream.
     *
     * <p>Lines of UTF-8 are read by the library's own strict parser, in a buffer of 64 KiB (larger for a
     * line longer than that, up to 1 MiB); from the first line that it does not read exactly as Jackson
     * would, or that is refused, Jackson's parser reads the rest of the stream, so that records, errors and
     * line numbers are the same as through Jackson alone.
     *
     * @param in  the stream, not null
     * @return the reader, not null
     * @throws PeacekeepingJsonException if the first bytes are in no encoding that JSON can have
     * @throws IOException if the stream fails
     */
    public ContributionRecordReader recordReader(InputStream in) throws IOException {
        return new ContributionRecordReader(lines(Format.CONTRIBUTION_RECORD, Objects.requireNonNull(in, "in")));
    }

    /**
     * Opens a reader of contribution records, one JSON object a line. It reads one record at a time,
     * in constant memory; closing it closes the reader given. A byte order mark at the start is left out.
     *
     * @param reader  the reader, not null
     * @return the record reader, not null
     * @throws IOException if the reader fails
     */
    public ContributionRecordReader recordReader(Reader reader) throws IOException {
        return new ContributionRecordReader(lines(Format.CONTRIBUTION_RECORD, owning(LINES.createParser(
                Encodings.withoutByteOrderMark(Objects.requireNonNull(reader, "reader"))))));
    }

    /**
     * Opens a reader of contribution records, one JSON object a line, from a file in UTF-8 (or UTF-16
     * or UTF-32, as detected). It reads one record at a time, in constant memory; closing it closes the
     * file.
     *
     * @param path  the file, not null
     * @return the reader, not null
     * @throws PeacekeepingJsonException if the first bytes are in no encoding that JSON can have
     * @throws IOException if the file cannot be opened
     */
    public ContributionRecordReader recordReader(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        try {
            return recordReader(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Streams the contribution records of a stream in UTF-8, one JSON object a line, lazily and in
     * constant memory. Close the returned stream to close the input. An error in the input ends the
     * stream with an {@link UncheckedIOException} whose cause is the {@link PeacekeepingJsonException},
     * after the records of the lines before it. The stream does not split: under {@code parallel()} it
     * is read in one thread, in constant memory (a split would hold a growing batch of records).
     *
     * @param in  the stream, not null
     * @return the records, in the order of the lines, not null
     * @throws PeacekeepingJsonException if the first bytes are in no encoding that JSON can have
     * @throws IOException if the stream fails
     */
    public Stream<ContributionRecord> readRecords(InputStream in) throws IOException {
        return recordReader(in).stream();
    }

    /**
     * Streams the contribution records of a reader, one JSON object a line, lazily and in constant
     * memory; as {@link #readRecords(InputStream)}.
     *
     * @param reader  the reader, not null
     * @return the records, in the order of the lines, not null
     * @throws IOException if the reader fails
     */
    public Stream<ContributionRecord> readRecords(Reader reader) throws IOException {
        return recordReader(reader).stream();
    }

    /**
     * Streams the contribution records of a file, one JSON object a line, lazily and in constant
     * memory; as {@link #readRecords(InputStream)}. Close the stream to close the file.
     *
     * @param path  the file, not null
     * @return the records, in the order of the lines, not null
     * @throws PeacekeepingJsonException if the first bytes are in no encoding that JSON can have
     * @throws IOException if the file cannot be opened
     */
    public Stream<ContributionRecord> readRecords(Path path) throws IOException {
        return recordReader(path).stream();
    }

    /**
     * Opens a writer of contribution records, one compact JSON object a line, in UTF-8; closing it
     * closes the stream.
     *
     * @param out  the stream, not null
     * @return the writer, not null
     * @throws IOException if the stream fails
     */
    public ContributionRecordWriter recordWriter(OutputStream out) throws IOException {
        return new ContributionRecordWriter(owning(LINES.createGenerator(Objects.requireNonNull(out, "out"))));
    }

    /**
     * Opens a writer of contribution records, one compact JSON object a line; closing it closes the
     * writer given.
     *
     * @param writer  the writer, not null
     * @return the record writer, not null
     * @throws IOException if the writer fails
     */
    public ContributionRecordWriter recordWriter(Writer writer) throws IOException {
        return new ContributionRecordWriter(owning(LINES.createGenerator(Objects.requireNonNull(writer, "writer"))));
    }

    /**
     * Writes contribution records to a file in UTF-8, one compact JSON object a line, replacing it only
     * once every record is written: if a record cannot be written, the file is as it was. The records
     * are consumed one at a time: the stream may be longer than memory.
     *
     * @param records  the records, not null, no null element
     * @param path     the file, not null
     * @return the number of records written
     * @throws IOException if the file cannot be written
     * @throws PeacekeepingException if the format cannot hold a value of a record, as
     *         {@link ContributionRecordWriter#write} says
     */
    public long writeRecords(Stream<? extends ContributionRecord> records, Path path) throws IOException {
        Objects.requireNonNull(records, "records");
        return AtomicFiles.write(path, out -> writeRecords(records, out));
    }

    /**
     * Writes contribution records to a stream in UTF-8, one compact JSON object a line; the stream is
     * flushed, not closed. The records are consumed one at a time. A record that cannot be written
     * ends the writing, after the complete lines of the records before it.
     *
     * @param records  the records, not null, no null element
     * @param out      the stream, not null
     * @return the number of records written
     * @throws IOException if the stream fails
     * @throws PeacekeepingException if the format cannot hold a value of a record, as
     *         {@link ContributionRecordWriter#write} says
     */
    public long writeRecords(Stream<? extends ContributionRecord> records, OutputStream out) throws IOException {
        Objects.requireNonNull(records, "records");
        try (ContributionRecordWriter writer =
                new ContributionRecordWriter(LINES.createGenerator(Objects.requireNonNull(out, "out")))) {
            return writeAll(records, writer);
        }
    }

    // ---- fatality records: JSON Lines, as the contribution records

    /**
     * Opens a reader of fatality records, one JSON object a line, from a stream in UTF-8 (or UTF-16 or
     * UTF-32, as detected). It reads one record at a time, in constant memory; closing it closes the
     * stream.
     *
     * <p>Lines of UTF-8 are read as {@link #recordReader(InputStream)} reads them.
     *
     * @param in  the stream, not null
     * @return the reader, not null
     * @throws PeacekeepingJsonException if the first bytes are in no encoding that JSON can have
     * @throws IOException if the stream fails
     */
    public FatalityRecordReader fatalityReader(InputStream in) throws IOException {
        return new FatalityRecordReader(lines(Format.FATALITY_RECORD, Objects.requireNonNull(in, "in")));
    }

    /**
     * Opens a reader of fatality records, one JSON object a line. It reads one record at a time, in
     * constant memory; closing it closes the reader given. A byte order mark at the start is left out.
     *
     * @param reader  the reader, not null
     * @return the record reader, not null
     * @throws IOException if the reader fails
     */
    public FatalityRecordReader fatalityReader(Reader reader) throws IOException {
        return new FatalityRecordReader(lines(Format.FATALITY_RECORD, owning(LINES.createParser(
                Encodings.withoutByteOrderMark(Objects.requireNonNull(reader, "reader"))))));
    }

    /**
     * Opens a reader of fatality records, one JSON object a line, from a file in UTF-8 (or UTF-16 or
     * UTF-32, as detected). It reads one record at a time, in constant memory; closing it closes the file.
     *
     * @param path  the file, not null
     * @return the reader, not null
     * @throws PeacekeepingJsonException if the first bytes are in no encoding that JSON can have
     * @throws IOException if the file cannot be opened
     */
    public FatalityRecordReader fatalityReader(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        try {
            return fatalityReader(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Streams the fatality records of a stream in UTF-8, one JSON object a line, lazily and in constant
     * memory; errors and {@code parallel()} as {@link #readRecords(InputStream)}. Close the returned
     * stream to close the input.
     *
     * @param in  the stream, not null
     * @return the records, in the order of the lines, not null
     * @throws PeacekeepingJsonException if the first bytes are in no encoding that JSON can have
     * @throws IOException if the stream fails
     */
    public Stream<Fatality> readFatalities(InputStream in) throws IOException {
        return fatalityReader(in).stream();
    }

    /**
     * Streams the fatality records of a reader, one JSON object a line, lazily and in constant memory; as
     * {@link #readFatalities(InputStream)}.
     *
     * @param reader  the reader, not null
     * @return the records, in the order of the lines, not null
     * @throws IOException if the reader fails
     */
    public Stream<Fatality> readFatalities(Reader reader) throws IOException {
        return fatalityReader(reader).stream();
    }

    /**
     * Streams the fatality records of a file, one JSON object a line, lazily and in constant memory; as
     * {@link #readFatalities(InputStream)}. Close the stream to close the file.
     *
     * @param path  the file, not null
     * @return the records, in the order of the lines, not null
     * @throws PeacekeepingJsonException if the first bytes are in no encoding that JSON can have
     * @throws IOException if the file cannot be opened
     */
    public Stream<Fatality> readFatalities(Path path) throws IOException {
        return fatalityReader(path).stream();
    }

    /**
     * Opens a writer of fatality records, one compact JSON object a line, in UTF-8; closing it closes
     * the stream.
     *
     * @param out  the stream, not null
     * @return the writer, not null
     * @throws IOException if the stream fails
     */
    public FatalityRecordWriter fatalityWriter(OutputStream out) throws IOException {
        return new FatalityRecordWriter(owning(LINES.createGenerator(Objects.requireNonNull(out, "out"))));
    }

    /**
     * Opens a writer of fatality records, one compact JSON object a line; closing it closes the writer
     * given.
     *
     * @param writer  the writer, not null
     * @return the record writer, not null
     * @throws IOException if the writer fails
     */
    public FatalityRecordWriter fatalityWriter(Writer writer) throws IOException {
        return new FatalityRecordWriter(owning(LINES.createGenerator(Objects.requireNonNull(writer, "writer"))));
    }

    /**
     * Writes fatality records to a file in UTF-8, one compact JSON object a line, replacing it only once
     * every record is written: if a record cannot be written, the file is as it was. The records are
     * consumed one at a time: the stream may be longer than memory.
     *
     * @param records  the records, not null, no null element
     * @param path     the file, not null
     * @return the number of records written
     * @throws IOException if the file cannot be written
     * @throws PeacekeepingException if the format cannot hold a value of a record, as
     *         {@link RecordWriter#write} says
     */
    public long writeFatalities(Stream<? extends Fatality> records, Path path) throws IOException {
        Objects.requireNonNull(records, "records");
        return AtomicFiles.write(path, out -> writeFatalities(records, out));
    }

    /**
     * Writes fatality records to a stream in UTF-8, one compact JSON object a line; the stream is
     * flushed, not closed. The records are consumed one at a time. A record that cannot be written ends
     * the writing, after the complete lines of the records before it.
     *
     * @param records  the records, not null, no null element
     * @param out      the stream, not null
     * @return the number of records written
     * @throws IOException if the stream fails
     * @throws PeacekeepingException if the format cannot hold a value of a record, as
     *         {@link RecordWriter#write} says
     */
    public long writeFatalities(Stream<? extends Fatality> records, OutputStream out) throws IOException {
        Objects.requireNonNull(records, "records");
        try (FatalityRecordWriter writer =
                new FatalityRecordWriter(LINES.createGenerator(Objects.requireNonNull(out, "out")))) {
            return writeAll(records, writer);
        }
    }

    private static <T> long writeAll(Stream<? extends T> records, RecordWriter<T> writer) throws IOException {
        Iterator<? extends T> iterator = records.iterator();
        while (iterator.hasNext()) {
            writer.write(iterator.next());
        }
        return writer.count();
    }

    /** The records of a parser's input; closing them closes the parser. */
    private <T> RecordSource<T> lines(Value<T> records, JsonParser p) {
        return new RecordLines<>(records, new ParserTokens(p), new Reading(strict, null), p);
    }

    /**
     * The records of bytes, read by the library's own parser of UTF-8 lines, and by Jackson's from the first
     * line it leaves to it ({@link Utf8Lines}); closing them closes the stream.
     */
    private <T> RecordSource<T> lines(Value<T> records, InputStream in) throws IOException {
        Encodings.Source source = source(in);
        if (source.utf8() == null) {
            return lines(records, owning(LINES.createParser(source.decoded())));
        }
        return new Utf8Lines<>(records, source.utf8(), strict, rest -> lines(records, owning(LINES.createParser(rest))));
    }

    private static JsonParser owning(JsonParser p) {
        return p.enable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    }

    private static JsonGenerator owning(JsonGenerator g) {
        return g.enable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
}
