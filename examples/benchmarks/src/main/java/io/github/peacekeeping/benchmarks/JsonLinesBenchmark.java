package io.github.peacekeeping.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.benchmarks.records.ContributionLineRecord;
import io.github.peacekeeping.benchmarks.records.ReferenceMappers;
import io.github.peacekeeping.json.ContributionRecordReader;
import io.github.peacekeeping.json.PeacekeepingJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 * Reading JSON Lines of flat contribution records, in records per second: the library's record reader
 * (one validated {@code ContributionRecord} at a time) against Jackson databind's {@link MappingIterator}
 * over plain records. Both read the same {@value #RECORDS} lines of UTF-8.
 */
@State(Scope.Benchmark)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonLinesBenchmark {

    /** Records read by one invocation. */
    public static final int RECORDS = 10_000;

    private final PeacekeepingJson json = PeacekeepingJson.standard();
    private final ObjectReader databind = ReferenceMappers.newMapper().readerFor(ContributionLineRecord.class);
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
     * @param blackhole  receives each record
     * @return the number of records read
     * @throws IOException never: the lines are valid
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public int peacekeepingJson(Blackhole blackhole) throws IOException {
        int count = 0;
        try (ContributionRecordReader reader = json.recordReader(new ByteArrayInputStream(lines))) {
            for (ContributionRecord record = reader.read(); record != null; record = reader.read()) {
                blackhole.consume(record);
                count++;
            }
        }
        return count;
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
        int count = 0;
        try (MappingIterator<ContributionLineRecord> records = databind.readValues(new ByteArrayInputStream(lines))) {
            while (records.hasNextValue()) {
                blackhole.consume(records.nextValue());
                count++;
            }
        }
        return count;
    }
}
