package io.github.peacekeeping.benchmarks;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The library's side of a benchmark: which {@link JsonBinding} it measures. Only the library's methods take
 * this state, so JMH runs them once per binding and each peer once: a result is named
 * {@code ReadBenchmark.peacekeepingJson:binding=JACKSON_2}. {@code -p binding=JACKSON_2} runs one binding.
 */
@State(Scope.Benchmark)
public class Library {

    /** The binding; JMH sets it, to every constant in turn unless {@code -p binding=...} says otherwise. */
    @Param
    public JsonBinding binding;

    /** Creates the state; JMH sets {@link #binding}. */
    public Library() {
    }
}
