package io.github.peacekeeping.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openjdk.jmh.util.ListStatistics;

/**
 * Merges the JSON results of several JMH runs of the same benchmarks, each run a round of one fork of every
 * benchmark, into one result with each round's fork as one of its forks: what JMH reports for {@code -f N},
 * but with the forks of the benchmarks interleaved in time. JMH runs a benchmark's forks one after another,
 * so a slow phase of the machine lasting minutes strikes one side of a comparison in several forks; in
 * rounds it strikes each side about as often.
 *
 * <p>Each metric's iterations (JMH's {@code rawData}, the primary metric's and the GC profiler's alike) are
 * the rounds' forks in the order of the rounds; its score is their mean and its error the half-width of their
 * 99.9% confidence interval, computed by JMH's own statistics (the profiler's counts, which JMH sums, are
 * summed, without an error, as JMH gives them), so that a run of several forks cut into rounds of one merges
 * back into JMH's scores and errors. Every round must hold the same benchmarks, with the same parameters and settings,
 * one fork each with iterations: a round cut short would weigh one side of a comparison less.
 */
final class InterleavedRounds {

    private static final double CONFIDENCE = 0.999;

    private InterleavedRounds() {
    }

    /**
     * Merges the results of the rounds.
     *
     * @param rounds  JMH's JSON results, one per round, in the order they ran; at least one
     * @return one JMH JSON result, an array of benchmarks in the first round's order
     * @throws IllegalArgumentException if a round is empty, lacks a benchmark another has, has more than one
     *         fork of one, or ran with other settings
     */
    static JsonNode merge(List<JsonNode> rounds) {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("no round to merge");
        }
        Map<String, List<JsonNode>> byBenchmark = new LinkedHashMap<>();
        for (int r = 0; r < rounds.size(); r++) {
            JsonNode round = rounds.get(r);
            if (!round.isArray() || round.isEmpty()) {
                throw new IllegalArgumentException("round " + (r + 1) + " holds no benchmark");
            }
            if (r > 0 && round.size() != rounds.get(0).size()) {
                throw new IllegalArgumentException("round " + (r + 1) + " holds " + round.size()
                        + " benchmarks, round 1 " + rounds.get(0).size());
            }
            for (JsonNode result : round) {
                String name = BenchmarkReport.name(result);
                List<JsonNode> results = byBenchmark.computeIfAbsent(name, n -> new ArrayList<>());
                if (results.size() > r) {
                    throw new IllegalArgumentException("round " + (r + 1) + " holds " + name + " twice");
                }
                if (results.size() < r) {
                    throw new IllegalArgumentException("round " + (r + 1) + " holds " + name + ", which round "
                            + (results.size() + 1) + " lacks");
                }
                check(result, results.isEmpty() ? result : results.get(0), name, r);
                results.add(result);
            }
        }
        ArrayNode merged = JsonNodeFactory.instance.arrayNode();
        // Every round holds as many benchmarks as the first and none twice or new: each holds all of them.
        byBenchmark.forEach((name, results) -> merged.add(merge(name, results)));
        return merged;
    }

    /** A round's result of a benchmark ran one fork, with the settings of the first round's result of it. */
    private static void check(JsonNode result, JsonNode first, String name, int round) {
        if (result.path("forks").asInt() != 1) {
            throw new IllegalArgumentException("round " + (round + 1) + " ran " + result.path("forks").asText()
                    + " forks of " + name + ": a round runs one fork of each benchmark (-f 1)");
        }
        for (String setting : List.of("jdkVersion", "jmhVersion", "warmupIterations", "warmupTime",
                "measurementIterations", "measurementTime")) {
            if (!result.path(setting).equals(first.path(setting))) {
                throw new IllegalArgumentException("round " + (round + 1) + " ran " + name + " with " + setting + " "
                        + result.path(setting) + ", round 1 with " + first.path(setting));
            }
        }
    }

    private static ObjectNode merge(String name, List<JsonNode> results) {
        ObjectNode merged = results.get(0).deepCopy();
        merged.put("forks", results.size());
        merged.set("primaryMetric", metric(name, results, r -> r.path("primaryMetric")));
        ObjectNode secondary = JsonNodeFactory.instance.objectNode();
        results.get(0).path("secondaryMetrics").fieldNames().forEachRemaining(metric -> {
            // A profiler's metric that some round lacks (JMH leaves out what it could not measure) is left out.
            if (results.stream().allMatch(r -> r.path("secondaryMetrics").has(metric))) {
                secondary.set(metric, metric(name + " " + metric, results, r -> r.path("secondaryMetrics").path(metric)));
            }
        });
        merged.set("secondaryMetrics", secondary);
        return merged;
    }

    /**
     * One metric of a benchmark over the rounds: their forks' iterations, with JMH's score and error of them.
     * JMH averages most metrics over the iterations and sums some, a profiler's counts ({@code gc.count},
     * {@code gc.time}), for which it gives no error; which a metric is, the first round's score says.
     */
    private static ObjectNode metric(String name, List<JsonNode> results, Function<JsonNode, JsonNode> metricOf) {
        ObjectNode metric = metricOf.apply(results.get(0)).deepCopy();
        ArrayNode rawData = JsonNodeFactory.instance.arrayNode();
        ListStatistics statistics = new ListStatistics();
        boolean summed = isSum(metric);
        for (int r = 0; r < results.size(); r++) {
            JsonNode forks = metricOf.apply(results.get(r)).path("rawData");
            if (forks.size() != 1 || forks.get(0).isEmpty()) {
                throw new IllegalArgumentException("round " + (r + 1) + " has no measured fork of " + name);
            }
            rawData.add(forks.get(0));
            forks.get(0).forEach(iteration -> statistics.addValue(iteration.asDouble()));
        }
        double score = summed ? statistics.getSum() : statistics.getMean();
        double error = summed ? Double.NaN : statistics.getMeanErrorAt(CONFIDENCE);
        metric.put("score", score);
        if (Double.isNaN(error)) {
            // As JMH writes it, with an interval of the score alone.
            metric.put("scoreError", "NaN");
            metric.set("scoreConfidence", JsonNodeFactory.instance.arrayNode().add(score).add(score));
        } else {
            double[] interval = statistics.getConfidenceIntervalAt(CONFIDENCE);
            metric.put("scoreError", error);
            metric.set("scoreConfidence", JsonNodeFactory.instance.arrayNode().add(interval[0]).add(interval[1]));
        }
        // The percentiles of the merged iterations are not the rounds' percentiles: left out rather than wrong.
        metric.remove("scorePercentiles");
        metric.set("rawData", rawData);
        return metric;
    }

    /** Whether JMH summed a metric over the iterations of a round: its score is their sum, not their mean. */
    private static boolean isSum(JsonNode metric) {
        double sum = 0;
        int count = 0;
        for (JsonNode iteration : metric.path("rawData").path(0)) {
            sum += iteration.asDouble();
            count++;
        }
        double score = metric.path("score").asDouble();
        return count > 1 && Math.abs(score - sum) < Math.abs(score - sum / count);
    }
}
