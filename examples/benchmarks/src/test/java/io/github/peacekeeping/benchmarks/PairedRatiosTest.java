package io.github.peacekeeping.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacekeeping.benchmarks.PairedRatios.Row;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ratios of the paired benchmark, on results written by hand and on the published run. */
class PairedRatiosTest {

    /** A result of PairedBenchmark with each side's nanoseconds, one array per fork. */
    private static String paired(String method, String binding, String peer, String ours, String peers) {
        return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"io.github.peacekeeping.benchmarks.PairedBenchmark." + method
                + "\",\"mode\":\"thrpt\",\"forks\":2,\"params\":{\"binding\":\"" + binding + "\",\"peer\":\"" + peer
                + "\"},\"primaryMetric\":{\"score\":10,\"scoreError\":1,\"scoreUnit\":\"ops/s\",\"rawData\":[[10]]},"
                + "\"secondaryMetrics\":{\"oursNanos\":{\"score\":0,\"scoreUnit\":\"#\",\"rawData\":" + ours + "},"
                + "\"peerNanos\":{\"score\":0,\"scoreUnit\":\"#\",\"rawData\":" + peers + "}}}";
    }

    private static JsonNode results(String... results) throws IOException {
        return new ObjectMapper().readTree("[" + String.join(",", results) + "]");
    }

    @Test
    void eachIterationGivesThePeersTimeOverOursAndTheirMeanHasStudentsInterval() throws IOException {
        // Ratios 2.0 and 1.5 in the first fork, 1.8 in the second, 1.6 in the third.
        List<Row> rows = PairedRatios.rows(results(
                paired("write", "JACKSON_2", "DATABIND", "[[100,200],[400],[100]]", "[[200,300],[720],[160]]")));

        assertThat(rows).hasSize(1);
        Row row = rows.get(0);
        assertThat(row.measure()).isEqualTo("Write missions (Jackson 2) vs databind records");
        assertThat(row.iterations()).isEqualTo(4);
        // The iterations as samples: mean 1.725, standard deviation 0.22174, Student's t at 99.9% with
        // 3 degrees of freedom 12.924: 12.924 * 0.22174 / sqrt(4).
        assertThat(row.ratio().value()).isCloseTo(1.725, within(1e-9));
        assertThat(row.ratio().error()).isCloseTo(1.4329, within(1e-3));
        // The forks as samples: means 1.75, 1.8 and 1.6, their mean 1.71667, standard deviation 0.10408,
        // Student's t at 95% with 2 degrees of freedom 4.3027: 4.3027 * 0.10408 / sqrt(3).
        assertThat(row.byFork().value()).isCloseTo(1.71667, within(1e-5));
        assertThat(row.byFork().error()).isCloseTo(0.25856, within(1e-4));
        assertThat(row.target()).isEqualTo(1.7);
        assertThat(row.markdown()).startsWith("| Write missions (Jackson 2) vs databind records | 4 | 1.7")
                .endsWith(" ± 1.43 | >= 1.7 | within error | 1.72 ± 0.26 |");
    }

    @Test
    void twoForksGiveNoIntervalOfTheForks() throws IOException {
        Row row = PairedRatios.rows(results(
                paired("read", "JACKSON_2", "DATABIND", "[[100,100],[100,100]]", "[[190,200],[200,210]]"))).get(0);

        assertThat(row.byFork().value()).isCloseTo(2.0, within(1e-9));
        assertThat(row.byFork().error()).isNaN();
        assertThat(row.markdown()).endsWith("| 2.00 ± ? |");
    }

    @Test
    void eachOperationHasItsTargetAndEachPeerItsName() throws IOException {
        String steady = "[[100,100,100],[100,100,100]]";
        List<Row> rows = PairedRatios.rows(results(
                paired("read", "JACKSON_3", "IMMUTABLES", steady, "[[181,181,181],[181,181,181]]"),
                paired("jsonLines", "JACKSON_2", "DATABIND", steady, "[[179,179,179],[179,179,179]]"),
                paired("write", "JACKSON_3", "IMMUTABLES", steady, "[[171,171,171],[171,171,171]]")));

        assertThat(rows).extracting(Row::measure).containsExactly(
                "Read missions (Jackson 3) vs Immutables' Jackson binding",
                "JSON Lines records (Jackson 2) vs databind records",
                "Write missions (Jackson 3) vs Immutables' Jackson binding");
        assertThat(rows).extracting(Row::target).containsExactly(1.8, 1.8, 1.7);
        assertThat(rows).extracting(row -> row.ratio().verdictAtLeast(row.target()))
                .containsExactly("met", "not met", "met");
    }

    @Test
    void resultsWithoutPairedBenchmarksHaveNoTable() throws IOException {
        JsonNode solo = new ObjectMapper().readTree("[{\"benchmark\":\"io.github.peacekeeping.benchmarks."
                + "WriteBenchmark.databindRecords\",\"params\":{},\"primaryMetric\":{\"score\":1,\"rawData\":[[1]]}}]");

        assertThat(PairedRatios.rows(solo)).isEmpty();
        assertThat(PairedRatios.table(solo)).isEmpty();
    }

    @Test
    void resultsThatCannotGiveARatioAreRefusedByBenchmarkForkAndIteration() throws IOException {
        assertThatThrownBy(() -> PairedRatios.rows(results(paired("write", "JACKSON_2", "DATABIND", "[[100]]", "[]"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PairedBenchmark.write:binding=JACKSON_2:peer=DATABIND: no iterations of peerNanos");
        assertThatThrownBy(() -> PairedRatios.rows(results(
                paired("read", "JACKSON_2", "DATABIND", "[[100],[100]]", "[[100]]"))))
                .hasMessage("PairedBenchmark.read:binding=JACKSON_2:peer=DATABIND: 2 forks of oursNanos, 1 of peerNanos");
        assertThatThrownBy(() -> PairedRatios.rows(results(
                paired("read", "JACKSON_2", "DATABIND", "[[100,100]]", "[[100]]"))))
                .hasMessage("PairedBenchmark.read:binding=JACKSON_2:peer=DATABIND: fork 1 has 2 iterations of "
                        + "oursNanos, 1 of peerNanos");
        assertThatThrownBy(() -> PairedRatios.rows(results(
                paired("jsonLines", "JACKSON_2", "DATABIND", "[[100],[0]]", "[[100],[100]]"))))
                .hasMessage("PairedBenchmark.jsonLines:binding=JACKSON_2:peer=DATABIND: fork 2, iteration 1: "
                        + "oursNanos is 0");
        assertThatThrownBy(() -> PairedRatios.rows(results(
                paired("validate", "JACKSON_2", "DATABIND", "[[100]]", "[[100]]"))))
                .hasMessage("PairedBenchmark.validate:binding=JACKSON_2:peer=DATABIND: unknown paired benchmark "
                        + "'validate'");
        assertThatThrownBy(() -> PairedRatios.rows(results(paired("read", "JACKSON_2", "DSL_JSON", "[[100]]", "[[100]]"))))
                .hasMessage("PairedBenchmark.read:binding=JACKSON_2:peer=DSL_JSON: unknown peer 'DSL_JSON'");
    }

    @Test
    void thePublishedRunGivesEveryRatioWithAnErrorBar() throws IOException {
        JsonNode run = new ObjectMapper().readTree(Path.of("results", "results-2026-12-02h-paired.json").toFile());

        List<Row> rows = PairedRatios.rows(run);

        // Three operations, two bindings, two peers; four forks of ten measured iterations each.
        assertThat(rows).hasSize(12);
        assertThat(rows).extracting(Row::measure).doesNotHaveDuplicates()
                .allMatch(measure -> measure.contains("(Jackson 2)") || measure.contains("(Jackson 3)"));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.iterations()).isEqualTo(40);
            assertThat(row.ratio().value()).isBetween(0.5, 5.0);
            assertThat(row.ratio().error()).isPositive().isLessThan(row.ratio().value());
            assertThat(row.byFork().error()).isPositive().isLessThan(row.byFork().value());
        });
        String table = BenchmarkReport.table(run);
        assertThat(table)
                .contains("| measured in turns (PairedBenchmark) | iterations | ratio | target | result "
                        + "| forks as samples (95%) |")
                .contains("| Write missions (Jackson 2) vs databind records | 40 | 1.77 ± 0.05 | >= 1.7 | met "
                        + "| 1.77 ± 0.11 |")
                // The run holds no solo benchmark, so no table of solo ratios.
                .doesNotContain("| measure | ours | reference |");
    }
}
