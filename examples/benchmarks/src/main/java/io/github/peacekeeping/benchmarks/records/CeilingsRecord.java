package io.github.peacekeeping.benchmarks.records;

/**
 * Authorized ceilings as a plain record.
 *
 * @param military  the military ceiling, or null
 * @param police    the police ceiling, or null
 * @param civilian  the civilian ceiling, or null
 */
public record CeilingsRecord(Integer military, Integer police, Integer civilian) {
}
