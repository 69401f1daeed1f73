package io.github.peacekeeping.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacekeeping.benchmarks.BenchmarkReport.Ratio;
import io.github.peacekeeping.benchmarks.BenchmarkReport.Row;
import io.github.peacekeeping.benchmarks.BenchmarkReport.Score;
import java.io.IOException;
import java.util.List;
import java.util.Map;
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

    private static JsonNode sample() throws IOException {
        return new ObjectMapper().readTree("[" + String.join(",",
                result("ReadBenchmark.databindRecords", "", 200, "15", "ops/s"),
                result("ReadBenchmark.peacekeepingJson", "", 300, "30", "ops/s"),
                result("ReadBenchmark.tokenPass", "", 1000, "0", "ops/s"),
                result("WriteBenchmark.databindRecords", "", 400, "\"NaN\"", "ops/s"),
                result("WriteBenchmark.peacekeepingJson", "", 100, "1", "ops/s"),
                result("ValidateBenchmark.largeMission", "", 25, "5", "ms/op"),
                result("ValidateBenchmark.missions", "\"count\":\"1000\"", 10, "1", "ms/op"),
                result("ValidateBenchmark.missions", "\"count\":\"10000\"", 105, "0", "ms/op")) + "]");
    }

    @Test
    void readsEachScoreWithItsParameters() throws IOException {
        Map<String, Score> scores = BenchmarkReport.scores(sample());

        assertThat(scores).containsKeys("ReadBenchmark.peacekeepingJson", "ValidateBenchmark.missions:count=1000",
                "ValidateBenchmark.missions:count=10000");
        assertThat(scores.get("ValidateBenchmark.missions:count=10000")).isEqualTo(new Score(105, 0, "ms/op"));
        assertThat(scores.get("WriteBenchmark.databindRecords").error()).isNaN();
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
    void theRowsPairOursWithTheReferenceAndTheValidationSizes() throws IOException {
        List<Row> rows = BenchmarkReport.rows(BenchmarkReport.scores(sample()));

        assertThat(rows).extracting(Row::measure).containsExactly(
                "Read missions vs databind records",
                "Read missions vs token pass (floor)",
                "Write missions vs databind records",
                "Validate 10,000 missions vs 1,000 (time)",
                "Validate 1 mission of 100,000 deployments");
        assertThat(rows.get(0).verdict()).isEqualTo("met");                 // 1.5 ± 0.19 >= 1
        assertThat(rows.get(1).ratio().value()).isCloseTo(0.3, within(1e-12));
        assertThat(rows.get(1).ratio().error()).isCloseTo(0.03, within(1e-12));
        assertThat(rows.get(1).verdict()).isEqualTo("not met");             // 0.3 ± 0.03 < 0.5
        assertThat(rows.get(2).ratio().error()).isNaN();
        assertThat(rows.get(3).ratio().value()).isCloseTo(10.5, within(1e-12));
        assertThat(rows.get(3).ratio().error()).isCloseTo(1.05, within(1e-12));
        assertThat(rows.get(3).verdict()).isEqualTo("within error");        // 10.5 ± 1.05 straddles 11
        assertThat(rows.get(4).verdict()).isEqualTo("met");                 // 25 ± 5 ms
    }

    @Test
    void printsTheMarkdownTable() throws IOException {
        assertThat(BenchmarkReport.table(sample())).isEqualTo(
                "JDK 17.0.15 (OpenJDK 64-Bit Server VM 17.0.15+6), JMH 1.37: forks 2, warmup 5 x 2 s or 10 x 2 s, "
                        + "measurement 5 x 2 s; errors are 99.9% confidence, ratios' errors in quadrature\n\n"
                        + "| measure | ours | reference | ratio | target | result |\n"
                        + "|---|---|---|---|---|---|\n"
                        + "| Read missions vs databind records | 300 ± 30.0 ops/s | 200 ± 15.0 ops/s | 1.50 ± 0.19"
                        + " | >= 1.0 | met |\n"
                        + "| Read missions vs token pass (floor) | 300 ± 30.0 ops/s | 1,000 ± 0 ops/s | 0.30 ± 0.03"
                        + " | >= 0.5 | not met |\n"
                        + "| Write missions vs databind records | 100 ± 1.00 ops/s | 400 ± ? ops/s | 0.25 ± ?"
                        + " | >= 1.0 | not met, no error bar |\n"
                        + "| Validate 10,000 missions vs 1,000 (time) | 105 ± 0 ms/op | 10.0 ± 1.00 ms/op"
                        + " | 10.50 ± 1.05 | <= 11 | within error |\n"
                        + "| Validate 1 mission of 100,000 deployments | 25.0 ± 5.00 ms/op |  |  | < 1 s | met |\n");
    }
}
