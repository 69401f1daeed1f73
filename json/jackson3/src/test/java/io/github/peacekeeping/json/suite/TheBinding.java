package io.github.peacekeeping.json.suite;

import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.MissionProfile;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.PoliceCategory;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.validation.ValidationReport;
import io.github.peacekeeping.json.jackson3.ContributionRecordReader;
import io.github.peacekeeping.json.jackson3.ContributionRecordWriter;
import io.github.peacekeeping.json.jackson3.FatalityRecordReader;
import io.github.peacekeeping.json.jackson3.FatalityRecordWriter;
import io.github.peacekeeping.json.jackson3.PeacekeepingJson;
import io.github.peacekeeping.json.jackson3.PeacekeepingJsonException;
import io.github.peacekeeping.json.jackson3.RecordReader;
import io.github.peacekeeping.json.jackson3.RecordWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 binding, {@code peacekeeping-json-jackson3}, for the shared tests. */
final class TheBinding implements Binding {

    static final Binding INSTANCE = new TheBinding();

    private TheBinding() {
    }

    @Override
    public String name() {
        return "Jackson 3";
    }

    @Override
    public Facade standard() {
        return new TheFacade(PeacekeepingJson.standard());
    }

    @Override
    public Mapper newMapper() {
        return new TheMapper(PeacekeepingJson.newObjectMapper());
    }

    @Override
    public Class<? extends Exception> errorType() {
        return PeacekeepingJsonException.class;
    }

    @Override
    public JsonError view(Throwable error) {
        PeacekeepingJsonException e = (PeacekeepingJsonException) error;
        return new JsonError(e, e.problem(), e.expected(), e.path(), e.pointer(), e.line(), e.column(), e.coreCause(),
                e.getLocation().getLineNr(), e.getLocation().getColumnNr());
    }

    private static final class TheMapper implements Mapper {

        private final JsonMapper mapper;

        TheMapper(JsonMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public <T> T readValue(String json, Class<T> type) throws IOException {
            return mapper.readValue(json, type);
        }

        @Override
        public <T> T readValue(byte[] json, Class<T> type) throws IOException {
            return mapper.readValue(json, type);
        }

        @Override
        public <T> T treeToValue(String json, Class<T> type) throws IOException {
            return mapper.treeToValue(mapper.readTree(json), type);
        }

        @Override
        public <T> T readValueInsideObject(String json, Class<T> type) throws IOException {
            try (var p = mapper.createParser(json)) {
                p.nextToken();
                p.nextToken();
                return mapper.readValue(p, type);
            }
        }

        @Override
        public List<Mission> readMissions(String json) throws IOException {
            return mapper.readValue(json, new TypeReference<List<Mission>>() { });
        }

        @Override
        public Map<String, Mission> readMissionMap(String json) throws IOException {
            return mapper.readValue(json, new TypeReference<Map<String, Mission>>() { });
        }

        @Override
        public Deployment<?> readDeployment(String json, Class<?> category) throws IOException {
            if (category == MilitaryCategory.class) {
                return mapper.readValue(json, new TypeReference<Deployment<MilitaryCategory>>() { });
            }
            if (category == PoliceCategory.class) {
                return mapper.readValue(json, new TypeReference<Deployment<PoliceCategory>>() { });
            }
            return mapper.readValue(json, new TypeReference<Deployment<PersonnelCategory>>() { });
        }

        @Override
        public String writeValueAsString(Object value) throws IOException {
            return mapper.writeValueAsString(value);
        }
    }

    private static final class TheFacade implements Facade {

        private final PeacekeepingJson json;

        TheFacade(PeacekeepingJson json) {
            this.json = json;
        }

        @Override
        public Facade withUnknownFieldsIgnored() {
            return new TheFacade(json.withUnknownFieldsIgnored());
        }

        @Override
        public Facade withPrettyPrinting() {
            return new TheFacade(json.withPrettyPrinting());
        }

        @Override
        public Mission readMission(String text) {
            try {
                return json.readMission(text);
            } catch (PeacekeepingJsonException e) {
                throw sneaky(e);
            }
        }

        // Mission profiles, one JSON Lines record each.

        @Override
        public List<MissionProfile> readProfiles(InputStream in) throws IOException {
            return json.readProfiles(in);
        }

        @Override
        public List<MissionProfile> readProfiles(Reader reader) throws IOException {
            return json.readProfiles(reader);
        }

        @Override
        public List<MissionProfile> readProfiles(Path path) throws IOException {
            return json.readProfiles(path);
        }

        @Override
        public String writeProfiles(List<MissionProfile> profiles) {
            return json.writeProfiles(profiles);
        }

        @Override
        public void writeProfiles(List<MissionProfile> profiles, OutputStream out) throws IOException {
            json.writeProfiles(profiles, out);
        }

        @Override
        public void writeProfiles(List<MissionProfile> profiles, Path path) throws IOException {
            json.writeProfiles(profiles, path);
        }

        @Override
        public Mission readMission(Reader reader) throws IOException {
            return json.readMission(reader);
        }

        @Override
        public Mission readMission(InputStream in) throws IOException {
            return json.readMission(in);
        }

        @Override
        public Mission readMission(Path path) throws IOException {
            return json.readMission(path);
        }

        @Override
        public String writeMission(Mission mission) {
            return json.writeMission(mission);
        }

        @Override
        public void writeMission(Mission mission, Writer writer) throws IOException {
            json.writeMission(mission, writer);
        }

        @Override
        public void writeMission(Mission mission, OutputStream out) throws IOException {
            json.writeMission(mission, out);
        }

        @Override
        public void writeMission(Mission mission, Path path) throws IOException {
            json.writeMission(mission, path);
        }

        @Override
        public String writeReport(ValidationReport report) {
            return json.writeReport(report);
        }

        @Override
        public void writeReport(ValidationReport report, Writer writer) throws IOException {
            json.writeReport(report, writer);
        }

        @Override
        public String missionSchema() {
            return PeacekeepingJson.missionSchema();
        }

        @Override
        public RecordReader recordReader(InputStream in) throws IOException {
            return new TheRecordReader(json.recordReader(in));
        }

        @Override
        public RecordReader recordReader(Reader reader) throws IOException {
            return new TheRecordReader(json.recordReader(reader));
        }

        @Override
        public RecordReader recordReader(Path path) throws IOException {
            return new TheRecordReader(json.recordReader(path));
        }

        @Override
        public Stream<ContributionRecord> readRecords(InputStream in) throws IOException {
            return json.readRecords(in);
        }

        @Override
        public Stream<ContributionRecord> readRecords(Reader reader) throws IOException {
            return json.readRecords(reader);
        }

        @Override
        public Stream<ContributionRecord> readRecords(Path path) throws IOException {
            return json.readRecords(path);
        }

        @Override
        public RecordWriter recordWriter(OutputStream out) throws IOException {
            return new TheRecordWriter(json.recordWriter(out));
        }

        @Override
        public RecordWriter recordWriter(Writer writer) throws IOException {
            return new TheRecordWriter(json.recordWriter(writer));
        }

        @Override
        public long writeRecords(Stream<? extends ContributionRecord> records, Path path) throws IOException {
            return json.writeRecords(records, path);
        }

        @Override
        public long writeRecords(Stream<? extends ContributionRecord> records, OutputStream out) throws IOException {
            return json.writeRecords(records, out);
        }

        @Override
        public FatalityReader fatalityReader(InputStream in) throws IOException {
            return new TheFatalityReader(json.fatalityReader(in));
        }

        @Override
        public FatalityReader fatalityReader(Reader reader) throws IOException {
            return new TheFatalityReader(json.fatalityReader(reader));
        }

        @Override
        public FatalityReader fatalityReader(Path path) throws IOException {
            return new TheFatalityReader(json.fatalityReader(path));
        }

        @Override
        public Stream<Fatality> readFatalities(InputStream in) throws IOException {
            return json.readFatalities(in);
        }

        @Override
        public Stream<Fatality> readFatalities(Reader reader) throws IOException {
            return json.readFatalities(reader);
        }

        @Override
        public Stream<Fatality> readFatalities(Path path) throws IOException {
            return json.readFatalities(path);
        }

        @Override
        public FatalityWriter fatalityWriter(OutputStream out) throws IOException {
            return new TheFatalityWriter(json.fatalityWriter(out));
        }

        @Override
        public FatalityWriter fatalityWriter(Writer writer) throws IOException {
            return new TheFatalityWriter(json.fatalityWriter(writer));
        }

        @Override
        public long writeFatalities(Stream<? extends Fatality> records, Path path) throws IOException {
            return json.writeFatalities(records, path);
        }

        @Override
        public long writeFatalities(Stream<? extends Fatality> records, OutputStream out) throws IOException {
            return json.writeFatalities(records, out);
        }
    }

    /** Throws a checked exception as it is, where the facade's method declares it and the interface cannot. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable e) throws E {
        throw (E) e;
    }

    private static class TheLineReader<T> implements Facade.LineReader<T> {

        private final RecordReader<T> reader;

        TheLineReader(RecordReader<T> reader) {
            this.reader = reader;
        }

        @Override
        public T read() throws IOException {
            return reader.read();
        }

        @Override
        public int lineNumber() {
            return reader.lineNumber();
        }

        @Override
        public Stream<T> stream() {
            return reader.stream();
        }

        @Override
        public boolean hasNext() {
            return reader.hasNext();
        }

        @Override
        public T next() {
            return reader.next();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    private static final class TheRecordReader extends TheLineReader<ContributionRecord> implements Facade.RecordReader {

        TheRecordReader(ContributionRecordReader reader) {
            super(reader);
        }
    }

    private static final class TheFatalityReader extends TheLineReader<Fatality> implements Facade.FatalityReader {

        TheFatalityReader(FatalityRecordReader reader) {
            super(reader);
        }
    }

    private static class TheLineWriter<T> implements Facade.LineWriter<T> {

        private final RecordWriter<T> writer;

        TheLineWriter(RecordWriter<T> writer) {
            this.writer = writer;
        }

        @Override
        public void write(T record) throws IOException {
            writer.write(record);
        }

        @Override
        public long count() {
            return writer.count();
        }

        @Override
        public void flush() throws IOException {
            writer.flush();
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    private static final class TheRecordWriter extends TheLineWriter<ContributionRecord> implements Facade.RecordWriter {

        TheRecordWriter(ContributionRecordWriter writer) {
            super(writer);
        }
    }

    private static final class TheFatalityWriter extends TheLineWriter<Fatality> implements Facade.FatalityWriter {

        TheFatalityWriter(FatalityRecordWriter writer) {
            super(writer);
        }
    }
}
