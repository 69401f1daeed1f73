package io.github.peacekeeping.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacekeeping.benchmarks.BenchmarkReport.Ratio;
import io.github.peacekeeping.benchmarks.BenchmarkReport.Row;
import io.github.peacekeeping.benchmarks.BenchmarkReport.Score;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The arithmetic of the report, on a small JMH result written by hand: no timing anywhere. */
class BenchmarkReportTest {

    private static final String P = "io.github.peacekeeping.benchmarks.";

    private static String result(String benchmark, String params, double score, String error, String unit) {
        return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"" + P + benchmark + "\",\"mode\":\""
                + (unit.endsWith("/op") ? "avgt" : "thrpt") + "\",\"threads\":1,\"forks\":2,"
                + "\"jdkVersion\":\"17.0.15\",\"vmName\":\"OpenJDK 64-Bit Server VM\",\"vmVersion\":\"17.0.15+6\","
                + "\"warmupIterations\":" + (benchmark.startsWith("Validate") ? 10 : 5)
                + ",\"warmupTime\":\"2 s\",\"measurementIterations\":5,"
                + "\"measurementTime\":\"2 s\",\"params\":{" + params + "},"
                + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":" + error
                + ",\"scoreConfidence\":[0,0],\"scoreUnit\":\"" + unit + "\",\"rawData\":[[1,2]]},"
                + "\"secondaryMetrics\":{}}";
    }

    /** A result with JMH's GC profiler's bytes allocated per operation. */
    private static String result(String benchmark, String params, double score, String error, String unit,
            double allocated, String allocationError) {
        return result(benchmark, params, score, error, unit).replace("\"secondaryMetrics\":{}",
                "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + allocated + ",\"scoreError\":"
                        + allocationError + ",\"scoreConfidence\":[0,0],\"scoreUnit\":\"B/op\",\"rawData\":[[1,2]]}}");
    }

    /** A result with its measured iterations, one array per fork, in place of {@code [[1,2]]}. */
    private static String iterations(String result, String rawData) {
        return result.replaceFirst(Pattern.quote("\"rawData\":[[1,2]]"), "\"rawData\":" + rawData);
    }

    private static JsonNode sample() throws IOException {
        return new ObjectMapper().readTree("[" + String.join(",",
                iterations(result("ReadBenchmark.databindRecords", "", 200, "15", "ops/s", 75000, "10"),
                        "[[200,205,190,120,125],[205,198,202,199,201]]"),
                iterations(result("ReadBenchmark.dslJsonRecords", "", 600, "60", "ops/s", 15000, "0"),
                        "[[600,610],[590,350]]"),
                iterations(result("ReadBenchmark.immutablesJackson", "", 150, "15", "ops/s", 90000, "9"),
                        "[[150,160],[90,155]]"),
                iterations(result("ReadBenchmark.peacekeepingJson", "\"binding\":\"JACKSON_2\"", 400, "40", "ops/s",
                        30000, "3"), "[[300,410,400,405,402],[250,260,255,420,399]]"),
                iterations(result("ReadBenchmark.peacekeepingJson", "\"binding\":\"JACKSON_3\"", 380, "38", "ops/s",
                        30000, "3"), "[[380,390],[200,385]]"),
                iterations(result("ReadBenchmark.tokenPass", "", 1000, "0", "ops/s", 900, "0"), "[[1000,1010],[600,990]]"),
                result("WriteBenchmark.databindRecords", "", 400, "\"NaN\"", "ops/s"),
                result("WriteBenchmark.peacekeepingJson", "\"binding\":\"JACKSON_2\"", 100, "1", "ops/s"),
                result("ValidateBenchmark.largeMission", "", 25, "5", "ms/op"),
                result("ValidateBenchmark.missions", "\"count\":\"1000\"", 10, "1", "ms/op"),
                result("ValidateBenchmark.missions", "\"count\":\"10000\"", 105, "0", "ms/op")) + "]");
    }

    @Test
    void readsEachScoreWithItsParameters() throws IOException {
        Map<String, Score> scores = BenchmarkReport.scores(sample());

        assertThat(scores).containsKeys("ReadBenchmark.peacekeepingJson:binding=JACKSON_2",
                "ReadBenchmark.peacekeepingJson:binding=JACKSON_3", "ValidateBenchmark.missions:count=1000",
                "ValidateBenchmark.missions:count=10000");
        assertThat(scores.get("ValidateBenchmark.missions:count=10000")).isEqualTo(new Score(105, 0, "ms/op"));
        assertThat(scores.get("WriteBenchmark.databindRecords").error()).isNaN();
    }

    @Test
    void readsTheBytesAllocatedPerOperationWhenTheRunHadTheGcProfiler() throws IOException {
        Map<String, Score> allocations = BenchmarkReport.allocations(sample());

        assertThat(allocations).containsOnlyKeys("ReadBenchmark.databindRecords", "ReadBenchmark.dslJsonRecords",
                "ReadBenchmark.immutablesJackson", "ReadBenchmark.peacekeepingJson:binding=JACKSON_2",
                "ReadBenchmark.peacekeepingJson:binding=JACKSON_3", "ReadBenchmark.tokenPass");
        assertThat(allocations.get("ReadBenchmark.databindRecords")).isEqualTo(new Score(75000, 10, "B/op"));
    }

    @Test
    void readsResultsWrittenBeforeTheBenchmarksMovedPackage() throws IOException {
        JsonNode old = new ObjectMapper().readTree("[" + result("ReadBenchmark.tokenPass", "", 1000, "0", "ops/s")
                .replace(P, "io.github.peacekeeping.examples.benchmarks.") + "]");

        assertThat(BenchmarkReport.scores(old)).containsOnlyKeys("ReadBenchmark.tokenPass");
    }

    @Test
    void aRatioAddsTheRelativeErrorsInQuadrature() {
        // 300 ± 10% over 200 ± 7.5%: 1.5 ± 1.5 * sqrt(0.01 + 0.005625) = 1.5 ± 0.1875
        Ratio ratio = Ratio.ofThroughputs(new Score(300, 30, "ops/s"), new Score(200, 15, "ops/s"));

        assertThat(ratio.value()).isCloseTo(1.5, within(1e-12));
        assertThat(ratio.error()).isCloseTo(0.1875, within(1e-12));
    }

    @Test
    void aTimePerOperationCountsAsItsInverse() {
        // 2 ms ± 10% against 4 ms ± 10%: twice the throughput, ± 2 * sqrt(0.02)
        Ratio ratio = Ratio.ofThroughputs(new Score(2, 0.2, "ms/op"), new Score(4, 0.4, "ms/op"));

        assertThat(ratio.value()).isCloseTo(2.0, within(1e-12));
        assertThat(ratio.error()).isCloseTo(2 * Math.sqrt(0.02), within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({
        "1.20, 0.10, met",
        "1.10, 0.10, met",
        "1.05, 0.10, within error",
        "0.95, 0.10, within error",
        "0.89, 0.10, not met",
    })
    void aTargetIsMetWhenTheWholeErrorBarMeetsIt(double value, double error, String verdict) {
        assertThat(new Ratio(value, error).verdictAtLeast(1.0)).isEqualTo(verdict);
    }

    @ParameterizedTest
    @CsvSource({
        "9.0, 1.0, met",
        "10.5, 1.0, within error",
        "12.5, 1.0, not met",
    })
    void anUpperTargetIsMetWhenTheWholeErrorBarStaysUnder(double value, double error, String verdict) {
        assertThat(new Ratio(value, error).verdictAtMost(11)).isEqualTo(verdict);
    }

    @ParameterizedTest
    @CsvSource({
        "250, ms/op, 0.25",
        "250000, us/op, 0.25",
        "0.25, s/op, 0.25",
        "4, ops/s, 0.25",
        "240, ops/min, 0.25",
    })
    void anOperationTakesSeconds(double value, String unit, double seconds) {
        assertThat(BenchmarkReport.seconds(new Score(value, 0, unit))).isCloseTo(seconds, within(1e-12));
    }

    @Test
    void theRowsPairOursInEachBindingWithEachPeerAndTheValidationSizes() throws IOException {
        List<Row> rows = BenchmarkReport.rows(BenchmarkReport.scores(sample()));

        assertThat(rows).extracting(Row::measure, Row::target, Row::verdict).containsExactly(
                tuple("Read missions (Jackson 2) vs databind records", ">= 1.8", "within error"), // 2.0 ± 0.25
                tuple("Read missions (Jackson 2) vs Immutables' Jackson binding", ">= 1.8", "met"), // 2.67 ± 0.38
                tuple("Read missions (Jackson 2) vs DSL-JSON records", "", "measured"),
                tuple("Read missions (Jackson 2) vs token pass (floor)", ">= 0.5", "not met"), // 0.4 ± 0.04
                tuple("Read missions (Jackson 3) vs databind records", ">= 1.8", "within error"), // 1.9 ± 0.24
                tuple("Read missions (Jackson 3) vs Immutables' Jackson binding", ">= 1.8", "met"),
                tuple("Read missions (Jackson 3) vs DSL-JSON records", "", "measured"),
                tuple("Read missions (Jackson 3) vs token pass (floor)", ">= 0.5", "not met"),
                tuple("Write missions (Jackson 2) vs databind records", ">= 1.7", "not met, no error bar"),
                tuple("Validate 10,000 missions vs 1,000 (time)", "<= 11", "within error"), // 10.5 ± 1.05
                tuple("Validate 1 mission of 100,000 deployments", "< 1 s", "met")); // 25 ± 5 ms
        assertThat(rows.get(0).ratio().value()).isCloseTo(2.0, within(1e-12));
        assertThat(rows.get(0).ratio().error()).isCloseTo(0.25, within(1e-12));
        assertThat(rows.get(3).ratio().value()).isCloseTo(0.4, within(1e-12));
        assertThat(rows.get(3).ratio().error()).isCloseTo(0.04, within(1e-12));
        assertThat(rows.get(8).ratio().error()).isNaN();
        assertThat(rows.get(9).ratio().value()).isCloseTo(10.5, within(1e-12));
        assertThat(rows.get(9).ratio().error()).isCloseTo(1.05, within(1e-12));
    }

    @Test
    void resultsOfBeforeTheBindingsReadAsOneBinding() throws IOException {
        JsonNode old = new ObjectMapper().readTree("[" + String.join(",",
                result("ReadBenchmark.databindRecords", "", 200, "15", "ops/s"),
                result("ReadBenchmark.peacekeepingJson", "", 300, "30", "ops/s")) + "]");

        assertThat(BenchmarkReport.rows(BenchmarkReport.scores(old))).extracting(Row::measure, Row::verdict)
                .containsExactly(tuple("Read missions vs databind records", "not met")); // 1.5 ± 0.19 < 1.8
    }

    @Test
    void theAllocationsCompareOursWithEachPeerLowerIsLess() throws IOException {
        List<Row> rows = BenchmarkReport.allocationRows(BenchmarkReport.allocations(sample()));

        assertThat(rows).hasSize(8);
        assertThat(rows.get(2).measure()).isEqualTo("Read missions (Jackson 2) vs DSL-JSON records");
        assertThat(rows.get(2).ratio().value()).isCloseTo(2.0, within(1e-12)); // 30,000 over 15,000 bytes
        assertThat(rows.get(0).ratio().error()).isCloseTo(0.4 * Math.hypot(1e-4, 10 / 75000.0), within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({
        // Ten iterations: one beats the 90th percentile by nearest rank (the 9th of 10), whatever their order.
        "'5,1,4,2,3,6,7,8,10,9', false, 9",
        // Times per operation: the mirror rank, the 2nd shortest of 10.
        "'5,1,4,2,3,6,7,8,10,9', true, 2",
        // Fifty iterations, as 5 forks of 10 give: the 45th throughput, the 6th time.
        "'1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,"
                + "37,38,39,40,41,42,43,44,45,46,47,48,49,50', false, 45",
        "'1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,"
                + "37,38,39,40,41,42,43,44,45,46,47,48,49,50', true, 6",
        "'7', false, 7",
        "'7', true, 7",
    })
    void theFastPhaseIsTheScoreATenthOfTheIterationsBeat(String iterations, boolean times, double fast) {
        List<Double> scores = Arrays.stream(iterations.split(",")).map(Double::valueOf).collect(Collectors.toList());

        assertThat(BenchmarkReport.fastPhase(scores, times)).isEqualTo(fast);
    }

    @Test
    void readsTheFastPhaseOfEveryForksIterations() throws IOException {
        Map<String, Score> phases = BenchmarkReport.fastPhases(sample());

        // The 9th of 10 iterations over both forks, in the score's unit; a time per operation is its shortest.
        assertThat(phases.get("ReadBenchmark.peacekeepingJson:binding=JACKSON_2").value()).isEqualTo(410);
        assertThat(phases.get("ReadBenchmark.databindRecords").value()).isEqualTo(205);
        assertThat(phases.get("ReadBenchmark.databindRecords").error()).isNaN();
        assertThat(phases.get("ValidateBenchmark.largeMission")).isEqualTo(new Score(1, Double.NaN, "ms/op"));
    }

    @Test
    void theFastPhasesCompareOursWithEachPeerAsThroughputs() throws IOException {
        List<Row> rows = BenchmarkReport.fastPhaseRows(BenchmarkReport.fastPhases(sample()));

        assertThat(rows).extracting(Row::measure).startsWith("Read missions (Jackson 2) vs databind records");
        assertThat(rows).hasSize(9);
        assertThat(rows.get(0).ratio().value()).isCloseTo(2.0, within(1e-12)); // 410 over 205
        assertThat(rows.get(0).ratio().error()).isNaN();
        assertThat(rows.get(5).ratio().value()).isCloseTo(390 / 160.0, within(1e-12));
    }

    @Test
    void printsTheMarkdownTables() throws IOException {
        String allocations = "| 30,000 ± 3.00 B/op | 75,000 ± 10.0 B/op | 0.40 ± 0.00 |\n"
                + "| 30,000 ± 3.00 B/op | 90,000 ± 9.00 B/op | 0.33 ± 0.00 |\n"
                + "| 30,000 ± 3.00 B/op | 15,000 ± 0 B/op | 2.00 ± 0.00 |\n"
                + "| 30,000 ± 3.00 B/op | 900 ± 0 B/op | 33.33 ± 0.00 |\n";
        String[] peers = {"databind records", "Immutables' Jackson binding", "DSL-JSON records", "token pass (floor)"};
        StringBuilder allocated = new StringBuilder();
        for (String binding : new String[] {"Jackson 2", "Jackson 3"}) {
            String[] lines = allocations.split("\n");
            for (int i = 0; i < peers.length; i++) {
                allocated.append("| Read missions (").append(binding).append(") vs ").append(peers[i]).append(' ')
                        .append(lines[i]).append('\n');
            }
        }

        assertThat(BenchmarkReport.table(sample())).isEqualTo(
                "JDK 17.0.15 (OpenJDK 64-Bit Server VM 17.0.15+6), JMH 1.37: forks 2, warmup 5 x 2 s or 10 x 2 s, "
                        + "measurement 5 x 2 s; errors are 99.9% confidence, ratios' errors in quadrature\n\n"
                        + "| measure | ours | reference | ratio | target | result |\n"
                        + "|---|---|---|---|---|---|\n"
                        + "| Read missions (Jackson 2) vs databind records | 400 ± 40.0 ops/s | 200 ± 15.0 ops/s"
                        + " | 2.00 ± 0.25 | >= 1.8 | within error |\n"
                        + "| Read missions (Jackson 2) vs Immutables' Jackson binding | 400 ± 40.0 ops/s"
                        + " | 150 ± 15.0 ops/s | 2.67 ± 0.38 | >= 1.8 | met |\n"
                        + "| Read missions (Jackson 2) vs DSL-JSON records | 400 ± 40.0 ops/s | 600 ± 60.0 ops/s"
                        + " | 0.67 ± 0.09 |  | measured |\n"
                        + "| Read missions (Jackson 2) vs token pass (floor) | 400 ± 40.0 ops/s | 1,000 ± 0 ops/s"
                        + " | 0.40 ± 0.04 | >= 0.5 | not met |\n"
                        + "| Read missions (Jackson 3) vs databind records | 380 ± 38.0 ops/s | 200 ± 15.0 ops/s"
                        + " | 1.90 ± 0.24 | >= 1.8 | within error |\n"
                        + "| Read missions (Jackson 3) vs Immutables' Jackson binding | 380 ± 38.0 ops/s"
                        + " | 150 ± 15.0 ops/s | 2.53 ± 0.36 | >= 1.8 | met |\n"
                        + "| Read missions (Jackson 3) vs DSL-JSON records | 380 ± 38.0 ops/s | 600 ± 60.0 ops/s"
                        + " | 0.63 ± 0.09 |  | measured |\n"
                        + "| Read missions (Jackson 3) vs token pass (floor) | 380 ± 38.0 ops/s | 1,000 ± 0 ops/s"
                        + " | 0.38 ± 0.04 | >= 0.5 | not met |\n"
                        + "| Write missions (Jackson 2) vs databind records | 100 ± 1.00 ops/s | 400 ± ? ops/s"
                        + " | 0.25 ± ? | >= 1.7 | not met, no error bar |\n"
                        + "| Validate 10,000 missions vs 1,000 (time) | 105 ± 0 ms/op | 10.0 ± 1.00 ms/op"
                        + " | 10.50 ± 1.05 | <= 11 | within error |\n"
                        + "| Validate 1 mission of 100,000 deployments | 25.0 ± 5.00 ms/op |  |  | < 1 s | met |\n"
                        + "\n| allocated per operation (-prof gc) | ours | reference | ours over reference |\n"
                        + "|---|---|---|---|\n"
                        + allocated
                        + "\n| fast phase (90th percentile of iterations, no error bar) | ours | reference | ratio |\n"
                        + "|---|---|---|---|\n"
                        + "| Read missions (Jackson 2) vs databind records | 410 ops/s | 205 ops/s | 2.00 |\n"
                        + "| Read missions (Jackson 2) vs Immutables' Jackson binding | 410 ops/s | 160 ops/s | 2.56 |\n"
                        + "| Read missions (Jackson 2) vs DSL-JSON records | 410 ops/s | 610 ops/s | 0.67 |\n"
                        + "| Read missions (Jackson 2) vs token pass (floor) | 410 ops/s | 1,010 ops/s | 0.41 |\n"
                        + "| Read missions (Jackson 3) vs databind records | 390 ops/s | 205 ops/s | 1.90 |\n"
                        + "| Read missions (Jackson 3) vs Immutables' Jackson binding | 390 ops/s | 160 ops/s | 2.44 |\n"
                        + "| Read missions (Jackson 3) vs DSL-JSON records | 390 ops/s | 610 ops/s | 0.64 |\n"
                        + "| Read missions (Jackson 3) vs token pass (floor) | 390 ops/s | 1,010 ops/s | 0.39 |\n"
                        + "| Write missions (Jackson 2) vs databind records | 2.00 ops/s | 2.00 ops/s | 1.00 |\n");
    }
}
