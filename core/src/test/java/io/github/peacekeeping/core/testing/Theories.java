package io.github.peacekeeping.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * How every property test runs: QuickTheories with a fixed seed, so that each build tries the same
 * examples and a failure reported by one build is seen again by the next.
 *
 * <p>The seed is {@value #DEFAULT_SEED} (UNAMIR was established on 5 October 1993, S/RES/872 (1993)).
 * To try other examples, pass another seed to Maven: {@code mvn test -DQT_SEED=42}, QuickTheories' own
 * name for the setting; a falsified property reports its seed ("Seed was ...") with its smallest
 * falsifying example.
 */
public final class Theories {

    /** The seed of every run unless the system property {@code QT_SEED} gives another. */
    public static final long DEFAULT_SEED = 19931005L;

    private Theories() {
    }

    /**
     * The seed of this run.
     *
     * @return {@code QT_SEED} if set, else {@link #DEFAULT_SEED}
     */
    public static long seed() {
        return Long.getLong("QT_SEED", DEFAULT_SEED);
    }

    /**
     * A theory that tries {@code examples} examples from the run's seed, and shrinks a falsifying one.
     *
     * @param examples how many examples to try
     * @return the theory, ready for {@code forAll}
     */
    public static QuickTheory qt(int examples) {
        return QuickTheory.qt().withFixedSeed(seed()).withExamples(examples);
    }

    /**
     * Values of a generator, the same ones for the same seed: for tests that need generated data but
     * are not properties. QuickTheories starts with the values at the low and high ends of every choice,
     * then draws at random, and skips a value it already gave, so the list may hold fewer than
     * {@code count}.
     *
     * @param gen   the generator
     * @param count how many values to draw
     * @param seed  the seed, such as {@link #seed()}
     * @param <T>   the type of the values
     * @return the values, at most {@code count}
     */
    public static <T> List<T> sample(Gen<T> gen, int count, long seed) {
        List<T> values = new ArrayList<>();
        QuickTheory.qt().withFixedSeed(seed).withExamples(count).forAll(gen).checkAssert(values::add);
        return values;
    }
}
