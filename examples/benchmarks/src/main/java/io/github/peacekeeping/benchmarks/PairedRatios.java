package io.github.peacekeeping.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.util.ListStatistics;

/**
 * The ratios that {@link PairedBenchmark} measures, ours over the peer's throughput: for each measured
 * iteration, the peer's nanoseconds over ours ({@code peerNanos / oursNanos}, the same work on each side), and
 * over every iteration of every fork their mean with the half-width of its 99.9% confidence interval,
 * computed by JMH's own statistics (Student's t, as JMH's scores), against the target of the operation:
 * reading and JSON Lines at least 1.8, writing at least 1.7.
 */
final class PairedRatios {

    private static final double CONFIDENCE = 0.999;
    private static final String BENCHMARK = "PairedBenchmark.";

    /** What each benchmark method measures, as the table names it, and its target. */
    private static final Map<String, String> MEASURES = Map.of(
            "read", "Read missions", "write", "Write missions", "jsonLines", "JSON Lines records");
    private static final Map<String, Double> TARGETS = Map.of("read", 1.8, "write", 1.7, "jsonLines", 1.8);
    private static final Map<String, String> PEERS = Map.of(
            "DATABIND", "databind records", "IMMUTABLES", "Immutables' Jackson binding");

    private PairedRatios() {
    }

    /**
     * One ratio measured in turns.
     *
     * @param measure     the row's name, e.g. {@code Write missions (Jackson 2) vs databind records}
     * @param iterations  the number of measured iterations, over every fork
     * @param ratio       the mean ratio with its error
     * @param target      the least ratio
     */
    record Row(String measure, int iterations, BenchmarkReport.Ratio ratio, double target) {

        String markdown() {
            return "| " + measure + " | " + iterations + " | " + BenchmarkReport.format(ratio) + " | >= " + target
                    + " | " + ratio.verdictAtLeast(target) + " |";
        }
    }

    /**
     * Reads the ratios of the paired benchmarks of a JMH JSON result, in its order; none if it has none.
     *
     * @param results  JMH's JSON result, an array of benchmarks
     * @return the rows, not null
     * @throws IllegalArgumentException if a paired result lacks a side's counter, or the sides' iterations do
     *         not match, or our side took no time in an iteration
     */
    static List<Row> rows(JsonNode results) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode result : results) {
            String name = BenchmarkReport.name(result);
            if (!name.startsWith(BENCHMARK)) {
                continue;
            }
            String method = name.substring(BENCHMARK.length(), name.indexOf(':') < 0 ? name.length() : name.indexOf(':'));
            String measure = MEASURES.get(method);
            if (measure == null) {
                throw new IllegalArgumentException(name + ": unknown paired benchmark '" + method + "'");
            }
            ListStatistics ratios = ratios(name, result.path("secondaryMetrics"));
            rows.add(new Row(measure + BenchmarkReport.binding(name) + " vs "
                    + PEERS.getOrDefault(result.path("params").path("peer").asText(), "?"),
                    (int) ratios.getN(), new BenchmarkReport.Ratio(ratios.getMean(), ratios.getMeanErrorAt(CONFIDENCE)),
                    TARGETS.get(method)));
        }
        return rows;
    }

    private static ListStatistics ratios(String name, JsonNode metrics) {
        JsonNode ours = counter(name, metrics, "oursNanos");
        JsonNode peer = counter(name, metrics, "peerNanos");
        if (ours.size() != peer.size()) {
            throw new IllegalArgumentException(name + ": " + ours.size() + " forks of oursNanos, " + peer.size()
                    + " of peerNanos");
        }
        ListStatistics ratios = new ListStatistics();
        for (int fork = 0; fork < ours.size(); fork++) {
            JsonNode oursFork = ours.get(fork);
            JsonNode peerFork = peer.get(fork);
            if (oursFork.size() != peerFork.size()) {
                throw new IllegalArgumentException(name + ": fork " + (fork + 1) + " has " + oursFork.size()
                        + " iterations of oursNanos, " + peerFork.size() + " of peerNanos");
            }
            for (int i = 0; i < oursFork.size(); i++) {
                double oursNanos = oursFork.get(i).asDouble();
                if (!(oursNanos > 0)) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "%s: fork %d, iteration %d: oursNanos is %s", name, fork + 1, i + 1, oursFork.get(i)));
                }
                ratios.addValue(peerFork.get(i).asDouble() / oursNanos);
            }
        }
        return ratios;
    }

    /** A counter's iterations, by fork (JMH's {@code rawData}). */
    private static JsonNode counter(String name, JsonNode metrics, String counter) {
        JsonNode raw = metrics.path(counter).path("rawData");
        if (!raw.isArray() || raw.isEmpty()) {
            throw new IllegalArgumentException(name + ": no iterations of " + counter);
        }
        return raw;
    }

    /**
     * The table of the paired ratios, in Markdown, with a blank line before it; empty if the results have none.
     *
     * @param results  JMH's JSON result
     * @return the table, not null
     */
    static String table(JsonNode results) {
        List<Row> rows = rows(results);
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(
                "\n| measured in turns (PairedBenchmark) | iterations | ratio | target | result |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            text.append(row.markdown()).append('\n');
        }
        return text.toString();
    }
}
