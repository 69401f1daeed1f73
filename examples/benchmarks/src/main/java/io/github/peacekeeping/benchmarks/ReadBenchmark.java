package io.github.peacekeeping.benchmarks;

import com.dslplatform.json.DslJson;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.peacekeeping.benchmarks.immutables.MissionValue;
import io.github.peacekeeping.benchmarks.records.MissionRecord;
import io.github.peacekeeping.benchmarks.records.ReferenceMappers;
import io.github.peacekeeping.core.Mission;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 * Reading mission documents, in missions per second: the library's reader, in each {@link JsonBinding}
 * (it builds validated, immutable objects and checks every value), against its peers, which check no
 * value: Jackson databind reading the same text into plain records, Immutables' Jackson binding reading
 * it into Immutables value types, DSL-JSON reading it into the records with the codecs its annotation
 * processor generated, and a pass of Jackson's streaming parser that only reads every token (the floor
 * of any reader on Jackson). All read the same UTF-8 bytes, {@value #MISSIONS} documents of
 * {@link BenchmarkData}'s shape, each from its own input stream as from a file. A test checks that every
 * reader reads every field's value.
 */
@State(Scope.Benchmark)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 10, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReadBenchmark {

    /** Documents read by one invocation. */
    public static final int MISSIONS = 100;

    private final ObjectReader databind = ReferenceMappers.newMapper().readerFor(MissionRecord.class);
    private final ObjectReader immutables = ReferenceMappers.newMapper().readerFor(MissionValue.class);
    private final DslJson<Object> dslJson = ReferenceMappers.newDslJson();
    private final JsonFactory tokens = new JsonFactory();
    private List<byte[]> documents;

    /** Creates the benchmark; JMH calls {@link #setUp()}. */
    public ReadBenchmark() {
    }

    /** Writes the documents once, with the library's writer: every reader reads the same text. */
    @Setup
    public void setUp() {
        documents = BenchmarkData.documents(BenchmarkData.missions(MISSIONS, BenchmarkData.SEED));
    }

    /**
     * Reads each document into a {@code Mission} with the library.
     *
     * @param library    the binding
     * @param blackhole  receives each mission
     * @throws IOException never: the documents are valid
     */
    @Benchmark
    @OperationsPerInvocation(MISSIONS)
    public void peacekeepingJson(Library library, Blackhole blackhole) throws IOException {
        for (byte[] document : documents) {
            blackhole.consume(mission(library.binding, document));
        }
    }

    /**
     * Reads each document into a {@link MissionRecord} with Jackson databind.
     *
     * @param blackhole  receives each record
     * @throws IOException never: the documents are valid
     */
    @Benchmark
    @OperationsPerInvocation(MISSIONS)
    public void databindRecords(Blackhole blackhole) throws IOException {
        for (byte[] document : documents) {
            blackhole.consume(databindRecord(document));
        }
    }

    /**
     * Reads each document into a {@link MissionValue} with Immutables' Jackson binding.
     *
     * @param blackhole  receives each value
     * @throws IOException never: the documents are valid
     */
    @Benchmark
    @OperationsPerInvocation(MISSIONS)
    public void immutablesJackson(Blackhole blackhole) throws IOException {
        for (byte[] document : documents) {
            blackhole.consume(immutablesValue(document));
        }
    }

    /**
     * Reads each document into a {@link MissionRecord} with DSL-JSON.
     *
     * @param blackhole  receives each record
     * @throws IOException never: the documents are valid
     */
    @Benchmark
    @OperationsPerInvocation(MISSIONS)
    public void dslJsonRecords(Blackhole blackhole) throws IOException {
        for (byte[] document : documents) {
            blackhole.consume(dslJsonRecord(document));
        }
    }

    /**
     * Reads every token of each document with Jackson's streaming parser, and nothing more.
     *
     * @param blackhole  receives each document's count of tokens
     * @throws IOException never: the documents are valid
     */
    @Benchmark
    @OperationsPerInvocation(MISSIONS)
    public void tokenPass(Blackhole blackhole) throws IOException {
        for (byte[] document : documents) {
            blackhole.consume(countTokens(document));
        }
    }

    List<byte[]> documents() {
        return documents;
    }

    static Mission mission(JsonBinding binding, byte[] document) throws IOException {
        return binding.readMission(new ByteArrayInputStream(document));
    }

    MissionRecord databindRecord(byte[] document) throws IOException {
        return databind.readValue(new ByteArrayInputStream(document));
    }

    MissionValue immutablesValue(byte[] document) throws IOException {
        return immutables.readValue(new ByteArrayInputStream(document));
    }

    MissionRecord dslJsonRecord(byte[] document) throws IOException {
        return dslJson.deserialize(MissionRecord.class, new ByteArrayInputStream(document));
    }

    int countTokens(byte[] document) throws IOException {
        int count = 0;
        try (JsonParser parser = tokens.createParser(new ByteArrayInputStream(document))) {
            while (parser.nextToken() != null) {
                count++;
            }
        }
        return count;
    }
}
