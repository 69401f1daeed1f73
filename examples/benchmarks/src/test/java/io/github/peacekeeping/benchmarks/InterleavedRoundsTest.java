package io.github.peacekeeping.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Merging rounds, checked against JMH itself: a published run of five forks, cut into five rounds of one
 * fork, merges back into JMH's own scores and errors; rounds that do not match are refused by name.
 */
class InterleavedRoundsTest {

    /** A run of JMH with five forks and its GC profiler (the JSON Lines benchmark of 2026-12-02). */
    private static JsonNode publishedRun() throws IOException {
        return new ObjectMapper().readTree(Path.of("results", "results-2026-12-02f.json").toFile());
    }

    /** The run's fork of each benchmark as a round of one fork, as {@code -f 1} would have written it. */
    private static JsonNode round(JsonNode run, int fork) {
        ArrayNode round = JsonNodeFactory.instance.arrayNode();
        for (JsonNode result : run) {
            ObjectNode copy = result.deepCopy();
            copy.put("forks", 1);
            oneFork((ObjectNode) copy.path("primaryMetric"), fork);
            copy.path("secondaryMetrics").forEach(metric -> oneFork((ObjectNode) metric, fork));
            round.add(copy);
        }
        return round;
    }

    private static void oneFork(ObjectNode metric, int fork) {
        metric.set("rawData", JsonNodeFactory.instance.arrayNode().add(metric.path("rawData").get(fork)));
    }

    private static List<JsonNode> rounds(JsonNode run) {
        List<JsonNode> rounds = new ArrayList<>();
        for (int fork = 0; fork < run.get(0).path("forks").asInt(); fork++) {
            rounds.add(round(run, fork));
        }
        return rounds;
    }

    @Test
    void roundsCutFromARunMergeBackIntoJmhsOwnScoresAndErrors() throws IOException {
        JsonNode run = publishedRun();
        List<JsonNode> rounds = rounds(run);
        assertThat(rounds).hasSize(5);

        JsonNode merged = InterleavedRounds.merge(rounds);

        assertThat(merged).hasSize(run.size());
        for (int i = 0; i < run.size(); i++) {
            JsonNode expected = run.get(i);
            JsonNode actual = merged.get(i);
            String name = BenchmarkReport.name(expected);
            assertThat(BenchmarkReport.name(actual)).isEqualTo(name);
            assertThat(actual.path("forks").asInt()).as(name).isEqualTo(5);
            assertSameMetric(name, expected.path("primaryMetric"), actual.path("primaryMetric"));
            assertThat(actual.path("secondaryMetrics").size()).as(name).isEqualTo(expected.path("secondaryMetrics").size());
            expected.path("secondaryMetrics").properties().forEach(metric -> assertSameMetric(name + " " + metric.getKey(),
                    metric.getValue(), actual.path("secondaryMetrics").path(metric.getKey())));
        }
        // The report reads the merged run as it reads JMH's.
        assertThat(BenchmarkReport.table(merged)).isEqualTo(BenchmarkReport.table(run));
    }

    private static void assertSameMetric(String name, JsonNode expected, JsonNode actual) {
        assertThat(actual.path("rawData")).as(name).isEqualTo(expected.path("rawData"));
        double score = expected.path("score").asDouble();
        assertThat(actual.path("score").asDouble()).as(name).isCloseTo(score, within(Math.abs(score) * 1e-12 + 1e-12));
        if (expected.path("scoreError").isNumber()) {
            double error = expected.path("scoreError").asDouble();
            assertThat(actual.path("scoreError").asDouble()).as(name)
                    .isCloseTo(error, within(Math.abs(error) * 1e-9 + 1e-12));
        } else {
            assertThat(actual.path("scoreError").asText()).as(name).isEqualTo("NaN");
        }
        assertThat(actual.path("scoreUnit")).as(name).isEqualTo(expected.path("scoreUnit"));
    }

    @Test
    void theRoundsOrderTheForks() throws IOException {
        List<JsonNode> rounds = rounds(publishedRun());
        JsonNode first = rounds.get(0);
        JsonNode second = rounds.get(1);

        JsonNode merged = InterleavedRounds.merge(List.of(second, first));

        JsonNode forks = merged.get(0).path("primaryMetric").path("rawData");
        assertThat(forks.get(0)).isEqualTo(second.get(0).path("primaryMetric").path("rawData").get(0));
        assertThat(forks.get(1)).isEqualTo(first.get(0).path("primaryMetric").path("rawData").get(0));
    }

    @Test
    void aMetricThatARoundLacksIsLeftOut() throws IOException {
        List<JsonNode> rounds = rounds(publishedRun());
        for (JsonNode result : rounds.get(2)) {
            ((ObjectNode) result.path("secondaryMetrics")).remove("gc.time");
        }

        JsonNode merged = InterleavedRounds.merge(rounds);

        assertThat(merged.get(0).path("secondaryMetrics").has("gc.time")).isFalse();
        assertThat(merged.get(0).path("secondaryMetrics").has("gc.alloc.rate.norm")).isTrue();
    }

    @Test
    void refusesRoundsThatDoNotMatch() throws IOException {
        JsonNode run = publishedRun();
        String first = BenchmarkReport.name(run.get(0));

        assertThatThrownBy(() -> InterleavedRounds.merge(List.of())).hasMessage("no round to merge");
        assertThatThrownBy(() -> InterleavedRounds.merge(List.of(round(run, 0), JsonNodeFactory.instance.arrayNode())))
                .hasMessage("round 2 holds no benchmark");
        assertThatThrownBy(() -> InterleavedRounds.merge(List.of(run)))
                .hasMessage("round 1 ran 5 forks of " + first + ": a round runs one fork of each benchmark (-f 1)");

        ArrayNode shorter = (ArrayNode) round(run, 1);
        shorter.remove(0);
        assertThatThrownBy(() -> InterleavedRounds.merge(List.of(round(run, 0), shorter)))
                .hasMessage("round 2 holds " + (run.size() - 1) + " benchmarks, round 1 " + run.size());

        ArrayNode repeated = (ArrayNode) round(run, 1);
        repeated.set(1, repeated.get(0).deepCopy());
        assertThatThrownBy(() -> InterleavedRounds.merge(List.of(round(run, 0), repeated)))
                .hasMessage("round 2 holds " + first + " twice");

        ArrayNode renamed = (ArrayNode) round(run, 1);
        ((ObjectNode) renamed.get(0)).put("benchmark", "io.github.peacekeeping.benchmarks.JsonLinesBenchmark.other");
        assertThatThrownBy(() -> InterleavedRounds.merge(List.of(round(run, 0), renamed)))
                .hasMessage("round 2 holds JsonLinesBenchmark.other, which round 1 lacks");

        ArrayNode warmer = (ArrayNode) round(run, 1);
        ((ObjectNode) warmer.get(0)).put("warmupIterations", 2);
        assertThatThrownBy(() -> InterleavedRounds.merge(List.of(round(run, 0), warmer)))
                .hasMessage("round 2 ran " + first + " with warmupIterations 2, round 1 with 12");

        ArrayNode unmeasured = (ArrayNode) round(run, 1);
        ((ObjectNode) unmeasured.get(0).path("primaryMetric")).set("rawData", JsonNodeFactory.instance.arrayNode());
        assertThatThrownBy(() -> InterleavedRounds.merge(List.of(round(run, 0), unmeasured)))
                .hasMessage("round 2 has no measured fork of " + first);
    }
}
