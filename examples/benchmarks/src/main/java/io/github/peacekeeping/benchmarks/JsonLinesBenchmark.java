package io.github.peacekeeping.benchmarks;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.ParsingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.peacekeeping.benchmarks.immutables.ContributionLineValue;
import io.github.peacekeeping.benchmarks.records.ContributionLineRecord;
import io.github.peacekeeping.benchmarks.records.ReferenceMappers;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
 * Reading JSON Lines of flat contribution records, in records per second: the library's record reader, in
 * each {@link JsonBinding} (one validated {@code ContributionRecord} at a time), against Jackson databind's
 * {@link MappingIterator} over plain records, the same over Immutables value types, and DSL-JSON's generated
 * codec over the records, one after the other from its {@code JsonReader}. All read the same
 * {@value #RECORDS} lines of UTF-8, one record at a time. A test checks that every reader reads every
 * field's value.
 */
@State(Scope.Benchmark)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 10, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonLinesBenchmark {

    /** Records read by one invocation. */
    public static final int RECORDS = 10_000;

    private final ObjectReader databind = ReferenceMappers.newMapper().readerFor(ContributionLineRecord.class);
    private final ObjectReader immutables = ReferenceMappers.newMapper().readerFor(ContributionLineValue.class);
    private final DslJson<Object> dslJson = ReferenceMappers.newDslJson();
    private final JsonReader.ReadObject<ContributionLineRecord> dslJsonLine =
            dslJson.tryFindReader(ContributionLineRecord.class);
    private byte[] lines;

    /** Creates the benchmark; JMH calls {@link #setUp()}. */
    public JsonLinesBenchmark() {
    }

    /** Writes the lines once, with the library's writer. */
    @Setup
    public void setUp() {
        lines = BenchmarkData.jsonLines(BenchmarkData.contributionRecords(RECORDS, BenchmarkData.SEED));
    }

    /**
     * Reads every record with the library.
     *
     * @param library    the binding
     * @param blackhole  receives each record
     * @return the number of records read
     * @throws IOException never: the lines are valid
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public int peacekeepingJson(Library library, Blackhole blackhole) throws IOException {
        return library.binding.readRecords(new ByteArrayInputStream(lines), blackhole::consume);
    }

    /**
     * Reads every record with Jackson databind.
     *
     * @param blackhole  receives each record
     * @return the number of records read
     * @throws IOException never: the lines are valid
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public int databindRecords(Blackhole blackhole) throws IOException {
        return readDatabind(blackhole::consume);
    }

    /**
     * Reads every record into a value type with Immutables' Jackson binding.
     *
     * @param blackhole  receives each value
     * @return the number of records read
     * @throws IOException never: the lines are valid
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public int immutablesJackson(Blackhole blackhole) throws IOException {
        return readImmutables(blackhole::consume);
    }

    /**
     * Reads every record with DSL-JSON.
     *
     * @param blackhole  receives each record
     * @return the number of records read
     * @throws IOException never: the lines are valid
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public int dslJsonRecords(Blackhole blackhole) throws IOException {
        return readDslJson(blackhole::consume);
    }

    byte[] lines() {
        return lines;
    }

    int readDatabind(Consumer<ContributionLineRecord> each) throws IOException {
        return readAll(databind.readValues(new ByteArrayInputStream(lines)), each);
    }

    int readImmutables(Consumer<ContributionLineValue> each) throws IOException {
        return readAll(immutables.readValues(new ByteArrayInputStream(lines)), each);
    }

    int readDslJson(Consumer<ContributionLineRecord> each) throws IOException {
        JsonReader<Object> reader = dslJson.newReader(new ByteArrayInputStream(lines), new byte[4096]);
        int count = 0;
        while (toNextValue(reader)) {
            each.accept(dslJsonLine.read(reader));
            count++;
        }
        return count;
    }

    /**
     * Moves the reader past the whitespace to the first byte of the next record, as its codec expects; false
     * at the end of the input. DSL-JSON reads a stream of values only inside a JSON array
     * ({@code DslJson.iterateOver}) and has no public test for the end of a stream (its
     * {@code JsonReader.isEndOfStream} is package-private); reading past the end throws its
     * {@code ParsingException} caused by an {@code EOFException}, once a stream, which is the end here.
     */
    private static boolean toNextValue(JsonReader<?> reader) throws IOException {
        try {
            reader.getNextToken();
            return true;
        } catch (ParsingException e) {
            if (e.getCause() instanceof EOFException) {
                return false;
            }
            throw e;
        }
    }

    private static <T> int readAll(MappingIterator<T> values, Consumer<T> each) throws IOException {
        int count = 0;
        try (values) {
            while (values.hasNextValue()) {
                each.accept(values.nextValue());
                count++;
            }
        }
        return count;
    }
}
