package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.fatality.Fatality;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines in constant memory: 1,000,000 records, about 100 MB, streamed both ways through a heap
 * smaller than the data. The build runs this class alone with {@code -Xmx64m}, so holding the records
 * or the text would fail with an {@link OutOfMemoryError}.
 */
class JsonLinesMemoryTest {

    private static final long COUNT = 1_000_000;

    @Test
    void theHeapIsSmallerThanTheData() {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThan(100L * 1000 * 1000);
    }

    @Test
    void writesAndReadsAMillionRecords(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("records.jsonl");

        long written = Wire.JSON.writeRecords(LongStream.range(0, COUNT).mapToObj(Records::record), file);

        assertThat(written).isEqualTo(COUNT);
        assertThat(Files.size(file)).isGreaterThan(Runtime.getRuntime().maxMemory());
        long read = 0;
        try (Facade.RecordReader reader = Wire.JSON.recordReader(file)) {
            for (ContributionRecord record = reader.read(); record != null; record = reader.read()) {
                assertThat(record).isEqualTo(Records.record(read));
                read++;
            }
            assertThat(reader.lineNumber()).isEqualTo(COUNT);
        }
        assertThat(read).isEqualTo(COUNT);
    }

    @Test
    void writesAndReadsAMillionFatalityRecords(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("fatalities.jsonl");
        Fatality belgian = FatalityLinesTest.BELGIAN;

        long written = Wire.JSON.writeFatalities(LongStream.range(0, COUNT).mapToObj(i -> Fatality.builder()
                .from(belgian).casualtyId("UNAMIR-" + i).build()), file);

        assertThat(written).isEqualTo(COUNT);
        assertThat(Files.size(file)).isGreaterThan(Runtime.getRuntime().maxMemory());
        try (Stream<Fatality> records = Wire.JSON.readFatalities(file)) {
            assertThat(records.parallel().filter(f -> f.mission().equals("UNAMIR")).count()).isEqualTo(COUNT);
        }
    }

    @Test
    void aParallelStreamReadsInConstantMemoryToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("records.jsonl");
        Wire.JSON.writeRecords(LongStream.range(0, COUNT).mapToObj(Records::record), file);

        // A splitting stream would hold a growing batch of records (about 90% of them at -Xmx64m).
        try (Stream<ContributionRecord> records = Wire.JSON.readRecords(file)) {
            assertThat(records.parallel().mapToLong(ContributionRecord::total).sum())
                    .isEqualTo(LongStream.range(0, COUNT).map(i -> Records.record(i).total()).sum());
        }
    }

    @Test
    void aBadLastLineKeepsTheMillionBeforeIt() throws IOException {
        long delivered = 0;
        RuntimeException e;
        try (Facade.RecordReader reader = Wire.JSON.recordReader(Records.lines(COUNT + 1,
                i -> i < COUNT ? Records.line(i) : "{\"mission\":\"UNMIL\",\"total\":-1}\n"))) {
            Iterator<ContributionRecord> records = reader;
            e = null;
            try {
                while (records.hasNext()) {
                    assertThat(records.next()).isEqualTo(Records.record(delivered));
                    delivered++;
                }
            } catch (RuntimeException bad) {
                e = bad;
            }
        }

        assertThat(delivered).isEqualTo(COUNT);
        assertThat(e).isNotNull();
        assertThat(Wire.streamError(e)).hasMessage("Missing value for contributor, category, date (required) at $"
                + " (line 1000001, column 1)");
        assertThat(Wire.streamError(e).line()).isEqualTo(1_000_001);
    }
}
