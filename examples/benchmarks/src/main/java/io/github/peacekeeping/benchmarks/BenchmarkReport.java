package io.github.peacekeeping.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns JMH's JSON results ({@code -rf json -rff FILE}) into the README's table of ratios:
 * {@code java -cp examples/benchmarks/target/benchmarks.jar io.github.peacekeeping.benchmarks.BenchmarkReport FILE}.
 *
 * <p>Each comparison is a ratio of throughputs, ours over the reference's (a score in time per operation
 * counts as its inverse). Its error bar comes from the two scores' 99.9% confidence half-widths, JMH's
 * {@code scoreError}: their relative errors added in quadrature, {@code r * sqrt((ea/a)^2 + (eb/b)^2)}.
 * The validation's linearity is the ratio of times, 10,000 missions over 1,000, with the same error bar.
 * A target is "met" when the whole error bar lies on its side, "not met" when the whole bar lies on the
 * other side, and "within error" otherwise.
 */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /**
     * Prints the table of a JMH JSON result file.
     *
     * @param args  the path of the file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BenchmarkReport JMH_RESULT.json");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(table(new ObjectMapper().readTree(Path.of(args[0]).toFile())));
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
            StringBuilder name = new StringBuilder(simpleName(result.path("benchmark").asText()));
            for (Map.Entry<String, JsonNode> param : result.path("params").properties()) {
                name.append(':').append(param.getKey()).append('=').append(param.getValue().asText());
            }
            JsonNode metric = result.path("primaryMetric");
            scores.put(name.toString(), new Score(metric.path("score").asDouble(),
                    number(metric.path("scoreError")), metric.path("scoreUnit").asText()));
        }
        return scores;
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
     * Prints the table: the run's JDK and JMH settings, then one row per comparison found in the results.
     *
     * @param results  JMH's JSON result, an array of benchmarks
     * @return the Markdown text, not null
     */
    static String table(JsonNode results) {
        Map<String, Score> scores = scores(results);
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
        text.append("| measure | ours | reference | ratio | target | result |\n");
        text.append("|---|---|---|---|---|---|\n");
        for (Row row : rows(scores)) {
            text.append(row.markdown()).append('\n');
        }
        return text.toString();
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

    static List<Row> rows(Map<String, Score> scores) {
        List<Row> rows = new ArrayList<>();
        throughput(rows, scores, "Read missions vs databind records", "ReadBenchmark.peacekeepingJson",
                "ReadBenchmark.databindRecords", 1.0);
        throughput(rows, scores, "Read missions vs token pass (floor)", "ReadBenchmark.peacekeepingJson",
                "ReadBenchmark.tokenPass", 0.5);
        throughput(rows, scores, "Write missions vs databind records", "WriteBenchmark.peacekeepingJson",
                "WriteBenchmark.databindRecords", 1.0);
        throughput(rows, scores, "JSON Lines records vs databind records", "JsonLinesBenchmark.peacekeepingJson",
                "JsonLinesBenchmark.databindRecords", 1.0);
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

    private static void throughput(List<Row> rows, Map<String, Score> scores, String measure, String ours,
            String reference, double target) {
        Score a = scores.get(ours);
        Score b = scores.get(reference);
        if (a != null && b != null) {
            Ratio ratio = Ratio.ofThroughputs(a, b);
            rows.add(new Row(measure, format(a), format(b), ratio, ">= " + target, ratio.verdictAtLeast(target)));
        }
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
