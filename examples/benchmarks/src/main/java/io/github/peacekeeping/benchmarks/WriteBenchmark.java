package io.github.peacekeeping.benchmarks;

import com.dslplatform.json.DslJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.peacekeeping.benchmarks.immutables.MissionValue;
import io.github.peacekeeping.benchmarks.records.MissionRecord;
import io.github.peacekeeping.benchmarks.records.ReferenceMappers;
import io.github.peacekeeping.core.Mission;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Writing mission documents, in missions per second: the library's writer, in each {@link JsonBinding},
 * against Jackson databind writing plain records of the same content, Immutables' Jackson binding writing
 * Immutables value types, and DSL-JSON writing the records. All write UTF-8 bytes to a reused in-memory
 * stream, and all produce the same text (a test checks it).
 */
@State(Scope.Benchmark)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 10, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WriteBenchmark {

    /** Documents written by one invocation. */
    public static final int MISSIONS = 100;

    private final ObjectMapper mapper = ReferenceMappers.newMapper();
    private final ObjectWriter databind = mapper.writerFor(MissionRecord.class);
    private final ObjectWriter immutables = mapper.writerFor(MissionValue.class);
    private final DslJson<Object> dslJson = ReferenceMappers.newDslJson();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    private List<Mission> missions;
    private List<MissionRecord> records;
    private List<MissionValue> values;

    /** Creates the benchmark; JMH calls {@link #setUp()}. */
    public WriteBenchmark() {
    }

    /**
     * Makes the missions, and the records and value types by reading the missions' text with databind.
     *
     * @throws IOException never: the text is valid
     */
    @Setup
    public void setUp() throws IOException {
        missions = BenchmarkData.missions(MISSIONS, BenchmarkData.SEED);
        records = new ArrayList<>(MISSIONS);
        values = new ArrayList<>(MISSIONS);
        for (byte[] document : BenchmarkData.documents(missions)) {
            records.add(mapper.readValue(document, MissionRecord.class));
            values.add(mapper.readValue(document, MissionValue.class));
        }
    }

    /**
     * Writes each mission with the library.
     *
     * @param library    the binding
     * @param blackhole  receives each document's length
     * @throws IOException never: the stream is in memory
     */
    @Benchmark
    @OperationsPerInvocation(MISSIONS)
    public void peacekeepingJson(Library library, Blackhole blackhole) throws IOException {
        for (Mission mission : missions) {
            out.reset();
            library.binding.writeMission(mission, out);
            blackhole.consume(out.size());
        }
    }

    /**
     * Writes each record with Jackson databind.
     *
     * @param blackhole  receives each document's length
     * @throws IOException never: the stream is in memory
     */
    @Benchmark
    @OperationsPerInvocation(MISSIONS)
    public void databindRecords(Blackhole blackhole) throws IOException {
        for (MissionRecord record : records) {
            out.reset();
            databind.writeValue(out, record);
            blackhole.consume(out.size());
        }
    }

    /**
     * Writes each value type with Immutables' Jackson binding.
     *
     * @param blackhole  receives each document's length
     * @throws IOException never: the stream is in memory
     */
    @Benchmark
    @OperationsPerInvocation(MISSIONS)
    public void immutablesJackson(Blackhole blackhole) throws IOException {
        for (MissionValue value : values) {
            out.reset();
            immutables.writeValue(out, value);
            blackhole.consume(out.size());
        }
    }

    /**
     * Writes each record with DSL-JSON.
     *
     * @param blackhole  receives each document's length
     * @throws IOException never: the stream is in memory
     */
    @Benchmark
    @OperationsPerInvocation(MISSIONS)
    public void dslJsonRecords(Blackhole blackhole) throws IOException {
        for (MissionRecord record : records) {
            out.reset();
            dslJson.serialize(record, out);
            blackhole.consume(out.size());
        }
    }

    byte[] written() {
        return out.toByteArray();
    }
}
