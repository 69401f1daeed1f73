package io.github.peacekeeping.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.peacekeeping.core.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openjdk.jmh.infra.Blackhole;

/** Each benchmark method runs once without an error, as JMH would call it (no timing measured here). */
class BenchmarksRunTest {

    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    private static Library library(JsonBinding binding) {
        Library library = new Library();
        library.binding = binding;
        return library;
    }

    @ParameterizedTest
    @EnumSource(JsonBinding.class)
    void eachReaderReadsEveryDocumentWithoutAnError(JsonBinding binding) {
        ReadBenchmark benchmark = new ReadBenchmark();
        benchmark.setUp();

        assertThatCode(() -> benchmark.peacekeepingJson(library(binding), BLACKHOLE)).doesNotThrowAnyException();
        assertThatCode(() -> benchmark.databindRecords(BLACKHOLE)).doesNotThrowAnyException();
        assertThatCode(() -> benchmark.immutablesJackson(BLACKHOLE)).doesNotThrowAnyException();
        assertThatCode(() -> benchmark.dslJsonRecords(BLACKHOLE)).doesNotThrowAnyException();
        assertThatCode(() -> benchmark.tokenPass(BLACKHOLE)).doesNotThrowAnyException();
    }

    @Test
    void theTokenPassReadsEveryToken() throws IOException {
        assertThat(new ReadBenchmark().countTokens("{\"a\": [1, \"b\", null]}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(8); // { a [ 1 b null ] }
    }

    @ParameterizedTest
    @EnumSource(JsonBinding.class)
    void everyWriterWritesTheSameText(JsonBinding binding) throws IOException {
        WriteBenchmark benchmark = new WriteBenchmark();
        benchmark.setUp();

        benchmark.peacekeepingJson(library(binding), BLACKHOLE);
        String ours = new String(benchmark.written(), StandardCharsets.UTF_8);
        benchmark.databindRecords(BLACKHOLE);
        String databind = new String(benchmark.written(), StandardCharsets.UTF_8);
        benchmark.immutablesJackson(BLACKHOLE);
        String immutables = new String(benchmark.written(), StandardCharsets.UTF_8);
        benchmark.dslJsonRecords(BLACKHOLE);
        String dslJson = new String(benchmark.written(), StandardCharsets.UTF_8);

        assertThat(ours).startsWith("{\"acronym\":");
        assertThat(databind).isEqualTo(ours);
        assertThat(immutables).isEqualTo(ours);
        assertThat(dslJson).isEqualTo(ours);
    }

    @ParameterizedTest
    @EnumSource(JsonBinding.class)
    void everyJsonLinesReaderReadsEveryRecord(JsonBinding binding) throws IOException {
        JsonLinesBenchmark benchmark = new JsonLinesBenchmark();
        benchmark.setUp();

        assertThat(benchmark.peacekeepingJson(library(binding), BLACKHOLE)).isEqualTo(JsonLinesBenchmark.RECORDS);
        assertThat(benchmark.databindRecords(BLACKHOLE)).isEqualTo(JsonLinesBenchmark.RECORDS);
        assertThat(benchmark.immutablesJackson(BLACKHOLE)).isEqualTo(JsonLinesBenchmark.RECORDS);
        assertThat(benchmark.dslJsonRecords(BLACKHOLE)).isEqualTo(JsonLinesBenchmark.RECORDS);
    }

    @ParameterizedTest
    @EnumSource(PairedBenchmark.Peer.class)
    void eachTurnTimesBothSidesAndEachIterationStartsFromZero(PairedBenchmark.Peer peer) throws IOException {
        PairedBenchmark paired = new PairedBenchmark();
        paired.peer = peer;
        PairedBenchmark.Reading reading = new PairedBenchmark.Reading();
        reading.setUp();
        PairedBenchmark.Writing writing = new PairedBenchmark.Writing();
        writing.setUp();
        PairedBenchmark.Lines lines = new PairedBenchmark.Lines();
        lines.setUp();
        PairedBenchmark.Nanos read = new PairedBenchmark.Nanos();
        PairedBenchmark.Nanos write = new PairedBenchmark.Nanos();
        PairedBenchmark.Nanos jsonLines = new PairedBenchmark.Nanos();

        paired.read(library(JsonBinding.JACKSON_2), reading, read, BLACKHOLE);
        paired.write(library(JsonBinding.JACKSON_3), writing, write, BLACKHOLE);
        paired.jsonLines(library(JsonBinding.JACKSON_2), lines, jsonLines, BLACKHOLE);

        for (PairedBenchmark.Nanos nanos : List.of(read, write, jsonLines)) {
            assertThat(nanos.oursNanos).isPositive();
            assertThat(nanos.peerNanos).isPositive();
        }
        // The peer wrote last, the same text as ours.
        assertThat(new String(writing.benchmark.written(), StandardCharsets.UTF_8)).startsWith("{\"acronym\":");
        long ours = write.oursNanos;
        paired.write(library(JsonBinding.JACKSON_3), writing, write, BLACKHOLE);
        assertThat(write.oursNanos).isGreaterThan(ours);
        write.reset();
        assertThat(write.oursNanos).isZero();
        assertThat(write.peerNanos).isZero();
    }

    @Test
    void validateFreshCopies() {
        ValidateBenchmark.Missions missions = new ValidateBenchmark.Missions();
        missions.count = 100;
        missions.make();
        missions.copy();
        ValidateBenchmark.LargeMission large = new ValidateBenchmark.LargeMission();
        large.make();
        large.copy();

        new ValidateBenchmark().missions(missions, BLACKHOLE);
        ValidationReport report = new ValidateBenchmark().largeMission(large);

        assertThat(report.findings()).isEmpty();
        assertThat(missions.fresh).hasSize(100);
    }
}
