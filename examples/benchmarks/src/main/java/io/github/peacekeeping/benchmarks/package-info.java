/**
 * The benchmarks, with JMH: each measures the library and, in the same run, its peers on the same input,
 * so that what counts is a ratio. {@link io.github.peacekeeping.benchmarks.ReadBenchmark},
 * {@link io.github.peacekeeping.benchmarks.WriteBenchmark} and
 * {@link io.github.peacekeeping.benchmarks.JsonLinesBenchmark} read and write mission documents and flat
 * contribution records with the library, in each of its {@link io.github.peacekeeping.benchmarks.JsonBinding
 * bindings}, against Jackson databind on plain records, Immutables' Jackson binding on Immutables value types
 * and DSL-JSON on the records (and reading against a bare pass of Jackson's tokens, its floor);
 * {@link io.github.peacekeeping.benchmarks.ValidateBenchmark} validates 1,000 and 10,000 missions and one
 * mission of 100,000 deployments. {@link io.github.peacekeeping.benchmarks.PairedBenchmark} runs the library
 * and one Jackson-based peer in turns inside one fork, so that the machine's phases fall on both sides of
 * each ratio alike. {@link io.github.peacekeeping.benchmarks.BenchmarkReport} turns JMH's JSON results into
 * the README's tables of ratios, those of one run or of several rounds of one fork each, merged by
 * {@link io.github.peacekeeping.benchmarks.InterleavedRounds}, and the paired ratios
 * ({@link io.github.peacekeeping.benchmarks.PairedRatios}).
 *
 * <p>Run them with {@code java -jar examples/benchmarks/target/benchmarks.jar}: forks, iterations and the
 * heap are set by each class's annotations, so that command runs what the published results ran; JMH's
 * options override them ({@code -f 1 -wi 2 -i 3} for a quick look). The README's Performance section has
 * the commands.
 *
 * <p>Twelve warmup iterations of 2 s: on a 2-core machine the JIT compiles the library's readers and writers
 * for 10 to 12 s (the run of 2026-12-01 measured the Jackson 3 binding's first iteration at 17,106 missions/s
 * and its sixth at 27,732), and the writer ran slower from the third iteration to the eighth in every fork of
 * a later run, faster again from the tenth: with eight, those iterations widened the error bars by up to a
 * fifth of the mean; with twelve (the seventh run of that day), the writers' bars are about 1%. A measured
 * iteration must not be a warmup one. The peers have the same.
 */
package io.github.peacekeeping.benchmarks;
