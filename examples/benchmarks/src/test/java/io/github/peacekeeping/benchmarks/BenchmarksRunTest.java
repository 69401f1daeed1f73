package io.github.peacekeeping.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.peacekeeping.core.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/** Each benchmark method runs once without an error, as JMH would call it (no timing measured here). */
class BenchmarksRunTest {

    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    @Test
    void eachReaderReadsEveryDocumentWithoutAnError() {
        ReadBenchmark benchmark = new ReadBenchmark();
        benchmark.setUp();

        assertThatCode(() -> benchmark.peacekeepingJson(BLACKHOLE)).doesNotThrowAnyException();
        assertThatCode(() -> benchmark.databindRecords(BLACKHOLE)).doesNotThrowAnyException();
        assertThatCode(() -> benchmark.tokenPass(BLACKHOLE)).doesNotThrowAnyException();
    }

    @Test
    void theTokenPassReadsEveryToken() throws IOException {
        assertThat(new ReadBenchmark().countTokens("{\"a\": [1, \"b\", null]}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(8); // { a [ 1 b null ] }
    }

    @Test
    void bothWritersWriteTheSameText() throws IOException {
        WriteBenchmark benchmark = new WriteBenchmark();
        benchmark.setUp();

        benchmark.peacekeepingJson(BLACKHOLE);
        String ours = new String(benchmark.written(), StandardCharsets.UTF_8);
        benchmark.databindRecords(BLACKHOLE);
        String theirs = new String(benchmark.written(), StandardCharsets.UTF_8);

        assertThat(theirs).isEqualTo(ours).startsWith("{\"acronym\":");
    }

    @Test
    void jsonLines() throws IOException {
        JsonLinesBenchmark benchmark = new JsonLinesBenchmark();
        benchmark.setUp();

        assertThat(benchmark.peacekeepingJson(BLACKHOLE)).isEqualTo(JsonLinesBenchmark.RECORDS);
        assertThat(benchmark.databindRecords(BLACKHOLE)).isEqualTo(JsonLinesBenchmark.RECORDS);
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
