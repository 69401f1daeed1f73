package io.github.peacekeeping.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Turns JMH's JSON results ({@code -rf json -rff FILE}) into the README's tables of ratios:
 * {@code java -cp examples/benchmarks/target/benchmarks.jar io.github.peacekeeping.benchmarks.BenchmarkReport FILE}.
 *
 * <p>Each comparison is a ratio of throughputs, ours over a peer's (a score in time per operation counts as
 * its inverse), one row for each binding the results measured ({@code peacekeepingJson:binding=JACKSON_2},
 * ...). Its error bar comes from the two scores' 99.9% confidence half-widths, JMH's {@code scoreError}:
 * their relative errors added in quadrature, {@code r * sqrt((ea/a)^2 + (eb/b)^2)}. The validation's
 * linearity is the ratio of times, 10,000 missions over 1,000, with the same error bar. A target is "met"
 * when the whole error bar lies on its side, "not met" when the whole bar lies on the other side, and
 * "within error" otherwise; a comparison without a target (DSL-JSON) is "measured". When the run had
 * JMH's GC profiler ({@code -prof gc}), a second table compares the bytes allocated per operation
 * ({@code gc.alloc.rate.norm}: per mission read or written, per record of JSON Lines), ours over the
 * peer's. A last table compares the fast phases: on a shared virtual machine every benchmark, peers and
 * token pass alike, has phases of some seconds at about 0.6 of its speed, which strike one benchmark or
 * another at random and widen the error bars; noise only ever slows code down, so the speed of the fast
 * phase, the 90th percentile of the measured iterations' throughputs (nearest rank, over every fork), is
 * the better estimate of what each side does on a quiet machine. It has no confidence interval: it
 * informs the reading of the first table and gives no verdict. When the results hold {@link PairedBenchmark}'s,
 * a last table gives the ratios it measured in turns, with their error bars and verdicts ({@link PairedRatios}).
 */
public final class BenchmarkReport {

    /** JMH's GC profiler's bytes allocated per operation. */
    private static final String ALLOCATION = "gc.alloc.rate.norm";

    private BenchmarkReport() {
    }

    /**
     * Prints the tables of a JMH JSON result file, or of the files of interleaved rounds merged
     * ({@link InterleavedRounds}).
     *
     * @param args  the path of the file, or of each round's file in the order they ran
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: BenchmarkReport JMH_RESULT.json, or BenchmarkReport ROUND_1.json ROUND_2.json ...");
            System.exit(2);
        }
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> results = new ArrayList<>();
        for (String file : args) {
            results.add(mapper.readTree(Path.of(file).toFile()));
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (results.size() == 1) {
            out.print(table(results.get(0)));
        } else {
            out.printf("%d rounds of one fork of each benchmark, run in turn and merged as forks%n%n", results.size());
            out.print(table(InterleavedRounds.merge(results)));
        }
    }

    /**
     * A score of JMH with its error: the half-width of the 99.9% confidence interval.
     *
     * @param value  the score
     * @param error  the half-width, NaN if JMH could not compute one
     * @param unit   the unit, e.g. {@code ops/s} or {@code ms/op}
     */
    record Score(double value, double error, String unit) {

        boolean isTime() {
            return isTime(unit);
        }

        /** Whether a unit is a time per operation, e.g. {@code ms/op}, rather than a throughput. */
        static boolean isTime(String unit) {
            return unit.endsWith("/op");
        }

        double relativeError() {
            return error / value;
        }
    }

    /**
     * A ratio with its error bar.
     *
     * @param value  the ratio
     * @param error  the error, in the ratio's units
     */
    record Ratio(double value, double error) {

        /** The ratio of two measurements, with their relative errors added in quadrature. */
        static Ratio of(double a, double relativeErrorA, double b, double relativeErrorB) {
            double value = a / b;
            return new Ratio(value, value * Math.hypot(relativeErrorA, relativeErrorB));
        }

        /** Ours over the reference, as throughputs: a time per operation counts as its inverse. */
        static Ratio ofThroughputs(Score ours, Score reference) {
            return of(rate(ours), ours.relativeError(), rate(reference), reference.relativeError());
        }

        private static double rate(Score score) {
            return score.isTime() ? 1 / score.value() : score.value();
        }

        String verdictAtLeast(double target) {
            if (Double.isNaN(error)) {
                return (value >= target ? "met" : "not met") + ", no error bar";
            }
            return value - error >= target ? "met" : value + error < target ? "not met" : "within error";
        }

        String verdictAtMost(double target) {
            if (Double.isNaN(error)) {
                return (value <= target ? "met" : "not met") + ", no error bar";
            }
            return value + error <= target ? "met" : value - error > target ? "not met" : "within error";
        }
    }

    /**
     * Reads the scores of a JMH JSON result, by benchmark (simple class name and method, with
     * {@code :param=value} for each parameter, e.g. {@code ValidateBenchmark.missions:count=1000}).
     */
    static Map<String, Score> scores(JsonNode results) {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (JsonNode result : results) {
            scores.put(name(result), score(result.path("primaryMetric")));
        }
        return scores;
    }

    /**
     * Reads the bytes allocated per operation of a JMH JSON result made with {@code -prof gc}, by benchmark
     * as {@link #scores}; empty without the profiler.
     */
    static Map<String, Score> allocations(JsonNode results) {
        Map<String, Score> allocations = new LinkedHashMap<>();
        for (JsonNode result : results) {
            JsonNode metrics = result.path("secondaryMetrics");
            // Older versions of JMH wrote the profiler's names with a leading middle dot.
            JsonNode metric = metrics.has(ALLOCATION) ? metrics.path(ALLOCATION)
                    : metrics.path("\u00b7" + ALLOCATION);
            if (!metric.isMissingNode()) {
                allocations.put(name(result), score(metric));
            }
        }
        return allocations;
    }

    /**
     * Reads the fast phase of each benchmark of a JMH JSON result, by benchmark as {@link #scores}: the 90th
     * percentile of its measured iterations' throughputs over every fork ({@link #fastPhase}), with no error
     * (NaN); none for a benchmark without iterations.
     */
    static Map<String, Score> fastPhases(JsonNode results) {
        Map<String, Score> phases = new LinkedHashMap<>();
        for (JsonNode result : results) {
            JsonNode metric = result.path("primaryMetric");
            List<Double> iterations = new ArrayList<>();
            for (JsonNode fork : metric.path("rawData")) {
                for (JsonNode iteration : fork) {
                    iterations.add(iteration.asDouble());
                }
            }
            if (!iterations.isEmpty()) {
                String unit = metric.path("scoreUnit").asText();
                phases.put(name(result), new Score(fastPhase(iterations, Score.isTime(unit)), Double.NaN, unit));
            }
        }
        return phases;
    }

    /**
     * The fast phase of a benchmark's iterations: the score that a tenth of them beat (the 90th percentile of
     * throughputs by nearest rank, or the mirror rank of times per operation, the shorter the faster).
     *
     * @param iterations  the iterations' scores, not empty
     * @param times       whether the scores are times per operation
     * @return the score of the fast phase
     */
    static double fastPhase(List<Double> iterations, boolean times) {
        List<Double> sorted = new ArrayList<>(iterations);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(0.9 * sorted.size());
        return times ? sorted.get(sorted.size() - rank) : sorted.get(rank - 1);
    }

    private static Score score(JsonNode metric) {
        return new Score(metric.path("score").asDouble(), number(metric.path("scoreError")),
                metric.path("scoreUnit").asText());
    }

    /** The benchmark's name with its parameters, e.g. {@code ValidateBenchmark.missions:count=1000}. */
    static String name(JsonNode result) {
        StringBuilder name = new StringBuilder(simpleName(result.path("benchmark").asText()));
        for (Map.Entry<String, JsonNode> param : result.path("params").properties()) {
            name.append(':').append(param.getKey()).append('=').append(param.getValue().asText());
        }
        return name.toString();
    }

    /**
     * The benchmark's class and method without the package, so that results written before the benchmarks
     * moved to their own package still read.
     */
    private static String simpleName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        return benchmark.substring(benchmark.lastIndexOf('.', method - 1) + 1);
    }

    private static double number(JsonNode node) {
        // JMH writes "NaN" as a string when one iteration gives no interval.
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }

    /**
     * Prints the tables: the run's JDK and JMH settings, one row per comparison found in the results, then
     * the allocations if the run measured them.
     *
     * @param results  JMH's JSON result, an array of benchmarks
     * @return the Markdown text, not null
     */
    static String table(JsonNode results) {
        Map<String, Score> scores = scores(results);
        Map<String, Score> allocations = allocations(results);
        StringBuilder text = new StringBuilder();
        if (results.size() > 0) {
            JsonNode first = results.get(0);
            text.append(String.format(Locale.ROOT, "JDK %s (%s %s), JMH %s: forks %s, warmup %s, measurement %s; "
                            + "errors are 99.9%% confidence, ratios' errors in quadrature%n%n",
                    first.path("jdkVersion").asText(), first.path("vmName").asText(), first.path("vmVersion").asText(),
                    first.path("jmhVersion").asText(), settings(results, "forks", null),
                    settings(results, "warmupIterations", "warmupTime"),
                    settings(results, "measurementIterations", "measurementTime")));
        }
        List<Row> rows = rows(scores);
        if (!rows.isEmpty()) {
            // A run of the paired benchmark alone has no solo comparison.
            text.append("| measure | ours | reference | ratio | target | result |\n");
            text.append("|---|---|---|---|---|---|\n");
            for (Row row : rows) {
                text.append(row.markdown()).append('\n');
            }
        }
        appendRatios(text, "allocated per operation (-prof gc) | ours | reference | ours over reference",
                allocationRows(allocations), BenchmarkReport::format);
        appendRatios(text, "fast phase (90th percentile of iterations, no error bar) | ours | reference | ratio",
                fastPhaseRows(fastPhases(results)), ratio -> String.format(Locale.ROOT, "%.2f", ratio.value()));
        text.append(PairedRatios.table(results));
        return text.toString();
    }

    /** Appends a table of four columns, the measure, ours, the reference and their ratio; nothing if no rows. */
    private static void appendRatios(StringBuilder text, String header, List<Row> rows,
            Function<Ratio, String> ratio) {
        if (rows.isEmpty()) {
            return;
        }
        text.append("\n| ").append(header).append(" |\n|---|---|---|---|\n");
        for (Row row : rows) {
            text.append("| ").append(row.measure()).append(" | ").append(row.ours()).append(" | ")
                    .append(row.reference()).append(" | ").append(ratio.apply(row.ratio())).append(" |\n");
        }
    }

    /** The distinct values of a setting over the benchmarks, e.g. {@code 5 x 2 s or 10 x 2 s}. */
    private static String settings(JsonNode results, String count, String time) {
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode result : results) {
            values.add(result.path(count).asText() + (time == null ? "" : " x " + result.path(time).asText()));
        }
        return String.join(" or ", values);
    }

    /** One line of the table. */
    record Row(String measure, String ours, String reference, Ratio ratio, String target, String verdict) {

        String markdown() {
            return "| " + measure + " | " + ours + " | " + reference + " | " + format(ratio) + " | " + target
                    + " | " + verdict + " |";
        }
    }

    /**
     * A peer of the library in one benchmark class.
     *
     * @param benchmark  the class, e.g. {@code ReadBenchmark}
     * @param method     the peer's benchmark method
     * @param name       the peer's name in the table
     * @param target     the least ratio of throughputs, ours over the peer's; null when only measured
     */
    record Peer(String benchmark, String method, String name, Double target) {
    }

    /**
     * Finds a peer of a benchmark class, with its name in the tables and its target.
     *
     * @param benchmark  the class, e.g. {@code WriteBenchmark}
     * @param method     the peer's benchmark method, e.g. {@code databindRecords}
     * @return the peer, or null if the class has no such peer
     */
    static Peer peer(String benchmark, String method) {
        for (Peer peer : PEERS) {
            if (peer.benchmark().equals(benchmark) && peer.method().equals(method)) {
                return peer;
            }
        }
        return null;
    }

    /**
     * Returns what a benchmark class measures, as the tables name it.
     *
     * @param benchmark  the class, e.g. {@code WriteBenchmark}
     * @return e.g. {@code Write missions}, or null for a class without comparisons
     */
    static String measure(String benchmark) {
        return MEASURES.get(benchmark);
    }

    /** What each benchmark class measures, as the table names it. */
    private static final Map<String, String> MEASURES = measures();

    /**
     * The peers, with the targets of the library: at least 1.8 times every Jackson-based peer in reading and
     * JSON Lines, 1.7 times in writing; the distance to DSL-JSON is measured. Reading also has its floor, a
     * bare pass over Jackson's tokens, of which it must reach half.
     */
    private static final List<Peer> PEERS = List.of(
            new Peer("ReadBenchmark", "databindRecords", "databind records", 1.8),
            new Peer("ReadBenchmark", "immutablesJackson", "Immutables' Jackson binding", 1.8),
            new Peer("ReadBenchmark", "dslJsonRecords", "DSL-JSON records", null),
            new Peer("ReadBenchmark", "tokenPass", "token pass (floor)", 0.5),
            new Peer("WriteBenchmark", "databindRecords", "databind records", 1.7),
            new Peer("WriteBenchmark", "immutablesJackson", "Immutables' Jackson binding", 1.7),
            new Peer("WriteBenchmark", "dslJsonRecords", "DSL-JSON records", null),
            new Peer("JsonLinesBenchmark", "databindRecords", "databind records", 1.8),
            new Peer("JsonLinesBenchmark", "immutablesJackson", "Immutables' Jackson binding", 1.8),
            new Peer("JsonLinesBenchmark", "dslJsonRecords", "DSL-JSON records", null));

    private static Map<String, String> measures() {
        Map<String, String> measures = new LinkedHashMap<>();
        measures.put("ReadBenchmark", "Read missions");
        measures.put("WriteBenchmark", "Write missions");
        measures.put("JsonLinesBenchmark", "JSON Lines records");
        return measures;
    }

    /**
     * A comparison of ours, in one binding, with a peer.
     *
     * @param measure    the row's name, e.g. {@code Read missions (Jackson 2) vs databind records}
     * @param ours       the name of our result
     * @param reference  the name of the peer's result
     * @param target     the least ratio, or null
     */
    private record Comparison(String measure, String ours, String reference, Double target) {
    }

    /** Every comparison of ours with a peer that the results hold both sides of, in the table's order. */
    private static List<Comparison> comparisons(Set<String> results) {
        List<Comparison> comparisons = new ArrayList<>();
        for (Map.Entry<String, String> measure : MEASURES.entrySet()) {
            String ours = measure.getKey() + ".peacekeepingJson";
            for (String result : results) {
                if (!result.equals(ours) && !result.startsWith(ours + ":")) {
                    continue;
                }
                for (Peer peer : PEERS) {
                    String reference = peer.benchmark() + "." + peer.method();
                    if (peer.benchmark().equals(measure.getKey()) && results.contains(reference)) {
                        comparisons.add(new Comparison(measure.getValue() + binding(result) + " vs " + peer.name(),
                                result, reference, peer.target()));
                    }
                }
            }
        }
        return comparisons;
    }

    /** The binding of a result of ours, for the table: {@code " (Jackson 2)"} for {@code ...:binding=JACKSON_2}. */
    static String binding(String result) {
        int parameter = result.indexOf(":binding=");
        if (parameter < 0) {
            return "";
        }
        int start = parameter + ":binding=".length();
        int end = result.indexOf(':', start);
        String name = result.substring(start, end < 0 ? result.length() : end).replace('_', ' ').toLowerCase(Locale.ROOT);
        return " (" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + ")";
    }

    static List<Row> rows(Map<String, Score> scores) {
        List<Row> rows = new ArrayList<>();
        for (Comparison comparison : comparisons(scores.keySet())) {
            Score a = scores.get(comparison.ours());
            Score b = scores.get(comparison.reference());
            Ratio ratio = Ratio.ofThroughputs(a, b);
            rows.add(comparison.target() == null
                    ? new Row(comparison.measure(), format(a), format(b), ratio, "", "measured")
                    : new Row(comparison.measure(), format(a), format(b), ratio, ">= " + comparison.target(),
                            ratio.verdictAtLeast(comparison.target())));
        }
        Score thousand = scores.get("ValidateBenchmark.missions:count=1000");
        Score tenThousand = scores.get("ValidateBenchmark.missions:count=10000");
        if (thousand != null && tenThousand != null) {
            Ratio linearity = Ratio.of(time(tenThousand), tenThousand.relativeError(), time(thousand),
                    thousand.relativeError());
            rows.add(new Row("Validate 10,000 missions vs 1,000 (time)", format(tenThousand), format(thousand),
                    linearity, "<= 11", linearity.verdictAtMost(11)));
        }
        Score large = scores.get("ValidateBenchmark.largeMission");
        if (large != null) {
            double seconds = seconds(large);
            double error = seconds * large.relativeError();
            rows.add(new Row("Validate 1 mission of 100,000 deployments", format(large), "", null, "< 1 s",
                    new Ratio(seconds, error).verdictAtMost(1)));
        }
        return rows;
    }

    /** The allocations of each comparison, ours over the peer's: below 1 when ours allocates less. */
    static List<Row> allocationRows(Map<String, Score> allocations) {
        return comparisonRows(allocations, BenchmarkReport::format,
                (a, b) -> Ratio.of(a.value(), a.relativeError(), b.value(), b.relativeError()));
    }

    /** The fast phases of each comparison, ours over the peer's as throughputs; the ratios have no error. */
    static List<Row> fastPhaseRows(Map<String, Score> phases) {
        return comparisonRows(phases, score -> significant(score.value()) + " " + score.unit(), Ratio::ofThroughputs);
    }

    /** A row without a target for each comparison that the scores hold both sides of. */
    private static List<Row> comparisonRows(Map<String, Score> scores, Function<Score, String> format,
            BiFunction<Score, Score, Ratio> ratio) {
        List<Row> rows = new ArrayList<>();
        for (Comparison comparison : comparisons(scores.keySet())) {
            Score a = scores.get(comparison.ours());
            Score b = scores.get(comparison.reference());
            rows.add(new Row(comparison.measure(), format.apply(a), format.apply(b), ratio.apply(a, b), "", ""));
        }
        return rows;
    }

    /** The time of one operation in seconds. */
    static double seconds(Score score) {
        double time = time(score);
        String unit = score.isTime() ? score.unit().substring(0, score.unit().length() - 3)
                : score.unit().substring(score.unit().indexOf('/') + 1);
        switch (unit) {
            case "s": return time;
            case "ms": return time / 1e3;
            case "us": return time / 1e6;
            case "ns": return time / 1e9;
            case "min": return time * 60;
            default: throw new IllegalArgumentException("Invalid value for scoreUnit: " + score.unit());
        }
    }

    private static double time(Score score) {
        return score.isTime() ? score.value() : 1 / score.value();
    }

    static String format(Score score) {
        return significant(score.value()) + " ± " + significant(score.error()) + " " + score.unit();
    }

    static String format(Ratio ratio) {
        if (ratio == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%.2f ± ", ratio.value())
                + (Double.isNaN(ratio.error()) ? "?" : String.format(Locale.ROOT, "%.2f", ratio.error()));
    }

    /** Three significant digits at least, no exponent: 31,300 and 0.0412, 23.8. */
    private static String significant(double value) {
        if (Double.isNaN(value)) {
            return "?";
        }
        double magnitude = Math.abs(value);
        int decimals = magnitude >= 100 || magnitude == 0 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2
                : (int) Math.ceil(-Math.log10(magnitude)) + 2;
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
