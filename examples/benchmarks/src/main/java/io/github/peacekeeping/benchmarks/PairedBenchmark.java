package io.github.peacekeeping.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The library and one Jackson-based peer measured in turns inside one fork: each invocation runs our side's
 * work, then the peer's, and times each. The work is the solo benchmarks' own methods on their own data
 * ({@link ReadBenchmark}, {@link WriteBenchmark}, {@link JsonLinesBenchmark}), so each side does exactly what
 * it does there.
 *
 * <p>Why: on a shared virtual machine the speed of code whose data lives in the shared last-level cache
 * moves by phases of seconds to a minute (on the machine of the README's tables, a chase of pointers through
 * 4 MB ran at 12 to 52 million steps a second within one minute, while the same chase through 64 MB, and pure
 * arithmetic, held steady within a few percent). Solo benchmarks meet those phases at random, one side in one fork, the other in another, so
 * their ratio's error bar is wide. Here a phase falls on both sides of a turn alike: a turn lasts some tens of
 * milliseconds, and the ratio of the two sides' times, iteration by iteration, leaves the phase out.
 *
 * <p>The result: JMH's primary score (turns a second) means nothing by itself; the auxiliary counters
 * {@code oursNanos} and {@code peerNanos} are each side's nanoseconds in the iteration, for the same amount
 * of work, so that {@code peerNanos / oursNanos} is ours over the peer's throughput.
 * {@link BenchmarkReport} prints those ratios with their error bars ({@link PairedRatios}). Each turn runs
 * several calls of a side, some tens of milliseconds, so that each side's data is in the caches as in its
 * solo benchmark for most of its turn (in trials of writing against databind, turns of one call each, 1 to
 * 2 ms, gave ratios of 1.60 to 1.73, turns of twenty calls 1.74 to 1.94: with short turns each side starts
 * most calls on caches the other has just filled). Both sides run in one JVM: a garbage collection that a
 * peer's allocations call for may pause our turn and count against us.
 */
@State(Scope.Thread)
@Fork(value = 4, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 10, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PairedBenchmark {

    /** Calls of a side per turn when reading: 100 missions a call, about 3 ms ours. */
    static final int READ_CALLS = 8;
    /** Calls of a side per turn when writing: 100 missions a call, about 1 ms ours. */
    static final int WRITE_CALLS = 20;
    /** Calls of a side per turn of JSON Lines: 10,000 records a call, about 2.5 ms ours. */
    static final int JSON_LINES_CALLS = 8;

    /** The Jackson-based peers, those the targets name. */
    public enum Peer {
        /** Jackson databind on plain records. */
        DATABIND,
        /** Immutables' own Jackson binding on Immutables value types. */
        IMMUTABLES
    }

    /** The peer; JMH sets it, to each constant in turn unless {@code -p peer=...} says otherwise. */
    @Param
    public Peer peer;

    /** Creates the benchmark; JMH sets {@link #peer}. */
    public PairedBenchmark() {
    }

    /** Each side's time in the current iteration; JMH reports them as secondary results. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Nanos {

        /** Our side's nanoseconds in the iteration. */
        public long oursNanos;
        /** The peer's nanoseconds in the iteration, for the same work. */
        public long peerNanos;

        /** Creates the counters. */
        public Nanos() {
        }

        /** Starts each iteration from zero: JMH reports a counter's value at the iteration's end. */
        @Setup(Level.Iteration)
        public void reset() {
            oursNanos = 0;
            peerNanos = 0;
        }

        void add(long start, long middle, long end) {
            oursNanos += middle - start;
            peerNanos += end - middle;
        }
    }

    /** The reading benchmark, set up as JMH sets it up for itself. */
    @State(Scope.Thread)
    public static class Reading {

        final ReadBenchmark benchmark = new ReadBenchmark();

        /** Creates the state; JMH calls {@link #setUp()}. */
        public Reading() {
        }

        /** Writes the documents that both sides read. */
        @Setup
        public void setUp() {
            benchmark.setUp();
        }
    }

    /** The writing benchmark, set up as JMH sets it up for itself. */
    @State(Scope.Thread)
    public static class Writing {

        final WriteBenchmark benchmark = new WriteBenchmark();

        /** Creates the state; JMH calls {@link #setUp()}. */
        public Writing() {
        }

        /**
         * Makes the missions and the peers' records and value types.
         *
         * @throws IOException never: the text is valid
         */
        @Setup
        public void setUp() throws IOException {
            benchmark.setUp();
        }
    }

    /** The JSON Lines benchmark, set up as JMH sets it up for itself. */
    @State(Scope.Thread)
    public static class Lines {

        final JsonLinesBenchmark benchmark = new JsonLinesBenchmark();

        /** Creates the state; JMH calls {@link #setUp()}. */
        public Lines() {
        }

        /** Writes the lines that both sides read. */
        @Setup
        public void setUp() {
            benchmark.setUp();
        }
    }

    /**
     * Reads the 100 documents {@value #READ_CALLS} times with the library, then as often with the peer.
     *
     * @param library    the binding
     * @param side       the reading benchmark
     * @param nanos      receives each side's time
     * @param blackhole  receives each mission
     * @throws IOException never: the documents are valid
     */
    @Benchmark
    public void read(Library library, Reading side, Nanos nanos, Blackhole blackhole) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < READ_CALLS; i++) {
            side.benchmark.peacekeepingJson(library, blackhole);
        }
        long middle = System.nanoTime();
        for (int i = 0; i < READ_CALLS; i++) {
            if (peer == Peer.DATABIND) {
                side.benchmark.databindRecords(blackhole);
            } else {
                side.benchmark.immutablesJackson(blackhole);
            }
        }
        nanos.add(start, middle, System.nanoTime());
    }

    /**
     * Writes the 100 missions {@value #WRITE_CALLS} times with the library, then as often with the peer.
     *
     * @param library    the binding
     * @param side       the writing benchmark
     * @param nanos      receives each side's time
     * @param blackhole  receives each document's length
     * @throws IOException never: the stream is in memory
     */
    @Benchmark
    public void write(Library library, Writing side, Nanos nanos, Blackhole blackhole) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < WRITE_CALLS; i++) {
            side.benchmark.peacekeepingJson(library, blackhole);
        }
        long middle = System.nanoTime();
        for (int i = 0; i < WRITE_CALLS; i++) {
            if (peer == Peer.DATABIND) {
                side.benchmark.databindRecords(blackhole);
            } else {
                side.benchmark.immutablesJackson(blackhole);
            }
        }
        nanos.add(start, middle, System.nanoTime());
    }

    /**
     * Reads the 10,000 records {@value #JSON_LINES_CALLS} times with the library, then as often with the peer.
     *
     * @param library    the binding
     * @param side       the JSON Lines benchmark
     * @param nanos      receives each side's time
     * @param blackhole  receives each record, and each call's count
     * @throws IOException never: the lines are valid
     */
    @Benchmark
    public void jsonLines(Library library, Lines side, Nanos nanos, Blackhole blackhole) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < JSON_LINES_CALLS; i++) {
            blackhole.consume(side.benchmark.peacekeepingJson(library, blackhole));
        }
        long middle = System.nanoTime();
        for (int i = 0; i < JSON_LINES_CALLS; i++) {
            blackhole.consume(peer == Peer.DATABIND
                    ? side.benchmark.databindRecords(blackhole)
                    : side.benchmark.immutablesJackson(blackhole));
        }
        nanos.add(start, middle, System.nanoTime());
    }
}
