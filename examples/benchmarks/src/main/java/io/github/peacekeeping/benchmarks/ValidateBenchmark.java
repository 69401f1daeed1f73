package io.github.peacekeeping.benchmarks;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.validation.MissionValidator;
import io.github.peacekeeping.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Validating missions with the standard rules, in milliseconds per call: {@link Missions#count} missions
 * of {@link BenchmarkData}'s shape (1,000 and 10,000: the time must grow linearly), and one mission of
 * {@value BenchmarkData#LARGE_MISSION_DEPLOYMENTS} deployments (no rule may be quadratic).
 *
 * <p>A mission builds its indexes (mandate periods, strength by day) on first use and keeps them, so a
 * second validation of the same object would be cheaper than the first. Each call therefore validates
 * fresh copies, made before it and outside the measured time: what is measured is the validation of
 * missions just read, indexes included.
 *
 * <p>Twelve warmup iterations, as every benchmark here, and a fixed 2 GB heap: with 10,000
 * missions (a few hundred megabytes, copied again for each call) the first ten seconds of a fork run up to
 * ten times slower while the collector promotes the data and sizes its generations, then settle.
 */
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 10, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidateBenchmark {

    /** Creates the benchmark. */
    public ValidateBenchmark() {
    }

    /** Missions of the realistic shape, copied afresh for each call. */
    @State(Scope.Benchmark)
    public static class Missions {

        /** How many missions one call validates. */
        @Param({"1000", "10000"})
        public int count;

        private List<Mission> source;
        List<Mission> fresh;

        /** Creates the state; JMH sets {@link #count} and calls the setups. */
        public Missions() {
        }

        /** Makes the missions once per trial. */
        @Setup(Level.Trial)
        public void make() {
            source = BenchmarkData.missions(count, BenchmarkData.SEED);
        }

        /** Copies them before each call, so that no index is built yet. */
        @Setup(Level.Invocation)
        public void copy() {
            fresh = copies(source);
        }
    }

    /** One mission with {@value BenchmarkData#LARGE_MISSION_DEPLOYMENTS} deployments, copied afresh for each call. */
    @State(Scope.Benchmark)
    public static class LargeMission {

        private Mission source;
        Mission fresh;

        /** Creates the state; JMH calls the setups. */
        public LargeMission() {
        }

        /** Makes the mission once per trial. */
        @Setup(Level.Trial)
        public void make() {
            source = BenchmarkData.largeMission(BenchmarkData.LARGE_MISSION_DEPLOYMENTS);
        }

        /** Copies it before each call, so that no index is built yet. */
        @Setup(Level.Invocation)
        public void copy() {
            fresh = Mission.builder().from(source).build();
        }
    }

    /**
     * Validates every mission.
     *
     * @param missions   the missions
     * @param blackhole  receives each report
     */
    @Benchmark
    public void missions(Missions missions, Blackhole blackhole) {
        for (Mission mission : missions.fresh) {
            blackhole.consume(MissionValidator.validate(mission));
        }
    }

    /**
     * Validates the large mission.
     *
     * @param mission  the mission
     * @return the report
     */
    @Benchmark
    public ValidationReport largeMission(LargeMission mission) {
        return MissionValidator.validate(mission.fresh);
    }

    static List<Mission> copies(List<Mission> missions) {
        List<Mission> copies = new ArrayList<>(missions.size());
        for (Mission mission : missions) {
            copies.add(Mission.builder().from(mission).build());
        }
        return copies;
    }
}
