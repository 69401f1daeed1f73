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
 * reading and JSON Lines at least 1.8, writing at least 1.7. Like JMH's scores, that interval takes the
 * iterations as independent samples, though those of one fork share its JVM's compiled code; so each row
 * also gives the forks taken as the samples: the mean of each fork's mean ratio, with the half-width of its
 * 95% interval (none for fewer than three forks), which tells how far the verdict depends on that choice.
 */
final class PairedRatios {

    private static final double CONFIDENCE = 0.999;
    private static final double FORK_CONFIDENCE = 0.95;
    private static final String BENCHMARK = "PairedBenchmark.";

    /**
     * The solo benchmark whose work each paired method does, and the solo method of each peer: the names and
     * targets of the comparisons are the solo tables' ({@link BenchmarkReport#peer}).
     */
    private static final Map<String, String> SOLO_BENCHMARKS = Map.of(
            "read", "ReadBenchmark", "write", "WriteBenchmark", "jsonLines", "JsonLinesBenchmark");
    private static final Map<String, String> PEER_METHODS = Map.of(
            "DATABIND", "databindRecords", "IMMUTABLES", "immutablesJackson");

    private PairedRatios() {
    }

    /**
     * One ratio measured in turns.
     *
     * @param measure     the row's name, e.g. {@code Write missions (Jackson 2) vs databind records}
     * @param iterations  the number of measured iterations, over every fork
     * @param ratio       the mean ratio with its error, the iterations taken as the samples
     * @param byFork      the mean of the forks' mean ratios with its 95% error, the forks taken as the samples
     * @param target      the least ratio
     */
    record Row(String measure, int iterations, BenchmarkReport.Ratio ratio, BenchmarkReport.Ratio byFork,
            double target) {

        String markdown() {
            return "| " + measure + " | " + iterations + " | " + BenchmarkReport.format(ratio) + " | >= " + target
                    + " | " + ratio.verdictAtLeast(target) + " | " + BenchmarkReport.format(byFork) + " |";
        }
    }

    /**
     * Reads the ratios of the paired benchmarks of a JMH JSON result, in its order; none if it has none.
     *
     * @param results  JMH's JSON result, an array of benchmarks
     * @return the rows, not null
     * @throws IllegalArgumentException if a paired result is of an unknown method or peer, lacks a side's
     *         counter, or the sides' iterations do not match, or our side took no time in an iteration
     */
    static List<Row> rows(JsonNode results) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode result : results) {
            String name = BenchmarkReport.name(result);
            if (!name.startsWith(BENCHMARK)) {
                continue;
            }
            int parameters = name.indexOf(':');
            String method = name.substring(BENCHMARK.length(), parameters < 0 ? name.length() : parameters);
            String solo = SOLO_BENCHMARKS.get(method);
            if (solo == null) {
                throw new IllegalArgumentException(name + ": unknown paired benchmark '" + method + "'");
            }
            String peerName = result.path("params").path("peer").asText();
            BenchmarkReport.Peer peer = BenchmarkReport.peer(solo, PEER_METHODS.getOrDefault(peerName, ""));
            if (peer == null) {
                throw new IllegalArgumentException(name + ": unknown peer '" + peerName + "'");
            }
            ListStatistics all = new ListStatistics();
            ListStatistics forkMeans = new ListStatistics();
            for (ListStatistics fork : ratios(name, result.path("secondaryMetrics"), all)) {
                forkMeans.addValue(fork.getMean());
            }
            rows.add(new Row(BenchmarkReport.measure(solo) + BenchmarkReport.binding(name) + " vs " + peer.name(),
                    (int) all.getN(), new BenchmarkReport.Ratio(all.getMean(), all.getMeanErrorAt(CONFIDENCE)),
                    new BenchmarkReport.Ratio(forkMeans.getMean(), forkMeans.getMeanErrorAt(FORK_CONFIDENCE)),
                    peer.target()));
        }
        return rows;
    }

    /** The ratios of each fork, one per iteration; each is added to {@code all} too. */
    private static List<ListStatistics> ratios(String name, JsonNode metrics, ListStatistics all) {
        JsonNode ours = counter(name, metrics, "oursNanos");
        JsonNode peer = counter(name, metrics, "peerNanos");
        if (ours.size() != peer.size()) {
            throw new IllegalArgumentException(name + ": " + ours.size() + " forks of oursNanos, " + peer.size()
                    + " of peerNanos");
        }
        List<ListStatistics> forks = new ArrayList<>();
        for (int fork = 0; fork < ours.size(); fork++) {
            ListStatistics ratios = new ListStatistics();
            forks.add(ratios);
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
                double ratio = peerFork.get(i).asDouble() / oursNanos;
                ratios.addValue(ratio);
                all.addValue(ratio);
            }
        }
        return forks;
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
                "\n| measured in turns (PairedBenchmark) | iterations | ratio | target | result | forks as samples (95%) |\n"
                        + "|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            text.append(row.markdown()).append('\n');
        }
        return text.toString();
    }
}
