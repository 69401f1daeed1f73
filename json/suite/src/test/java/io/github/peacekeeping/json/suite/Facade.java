package io.github.peacekeeping.json.suite;

import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.MissionProfile;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.validation.ValidationReport;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A binding's {@code PeacekeepingJson}, method for method, so that the shared tests call either
 * binding's facade as they would call it. Its exceptions pass through as the binding throws them.
 */
interface Facade {

    Facade withUnknownFieldsIgnored();

    Facade withPrettyPrinting();

    Mission readMission(String json);

    Mission readMission(Reader reader) throws IOException;

    Mission readMission(InputStream in) throws IOException;

    Mission readMission(Path path) throws IOException;

    String writeMission(Mission mission);

    void writeMission(Mission mission, Writer writer) throws IOException;

    void writeMission(Mission mission, OutputStream out) throws IOException;

    void writeMission(Mission mission, Path path) throws IOException;

    String writeReport(ValidationReport report);

    void writeReport(ValidationReport report, Writer writer) throws IOException;

    String missionSchema();

    RecordReader recordReader(InputStream in) throws IOException;

    RecordReader recordReader(Reader reader) throws IOException;

    RecordReader recordReader(Path path) throws IOException;

    Stream<ContributionRecord> readRecords(InputStream in) throws IOException;

    Stream<ContributionRecord> readRecords(Reader reader) throws IOException;

    Stream<ContributionRecord> readRecords(Path path) throws IOException;

    RecordWriter recordWriter(OutputStream out) throws IOException;

    RecordWriter recordWriter(Writer writer) throws IOException;

    long writeRecords(Stream<? extends ContributionRecord> records, Path path) throws IOException;

    long writeRecords(Stream<? extends ContributionRecord> records, OutputStream out) throws IOException;

    // Mission profiles, one JSON Lines record each.

    List<MissionProfile> readProfiles(InputStream in) throws IOException;

    List<MissionProfile> readProfiles(Reader reader) throws IOException;

    List<MissionProfile> readProfiles(Path path) throws IOException;

    String writeProfiles(List<MissionProfile> profiles);

    void writeProfiles(List<MissionProfile> profiles, OutputStream out) throws IOException;

    void writeProfiles(List<MissionProfile> profiles, Path path) throws IOException;

    FatalityReader fatalityReader(InputStream in) throws IOException;

    FatalityReader fatalityReader(Reader reader) throws IOException;

    FatalityReader fatalityReader(Path path) throws IOException;

    Stream<Fatality> readFatalities(InputStream in) throws IOException;

    Stream<Fatality> readFatalities(Reader reader) throws IOException;

    Stream<Fatality> readFatalities(Path path) throws IOException;

    FatalityWriter fatalityWriter(OutputStream out) throws IOException;

    FatalityWriter fatalityWriter(Writer writer) throws IOException;

    long writeFatalities(Stream<? extends Fatality> records, Path path) throws IOException;

    long writeFatalities(Stream<? extends Fatality> records, OutputStream out) throws IOException;

    /** A binding's {@code RecordReader<T>}. */
    interface LineReader<T> extends Iterator<T>, Closeable {

        T read() throws IOException;

        int lineNumber();

        Stream<T> stream();
    }

    /** A binding's {@code RecordWriter<T>}. */
    interface LineWriter<T> extends Closeable, Flushable {

        void write(T record) throws IOException;

        long count();
    }

    /** A binding's {@code ContributionRecordReader}. */
    interface RecordReader extends LineReader<ContributionRecord> {
    }

    /** A binding's {@code ContributionRecordWriter}. */
    interface RecordWriter extends LineWriter<ContributionRecord> {
    }

    /** A binding's {@code FatalityRecordReader}. */
    interface FatalityReader extends LineReader<Fatality> {
    }

    /** A binding's {@code FatalityRecordWriter}. */
    interface FatalityWriter extends LineWriter<Fatality> {
    }
}
