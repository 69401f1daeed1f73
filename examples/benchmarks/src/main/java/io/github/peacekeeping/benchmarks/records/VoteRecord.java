package io.github.peacekeeping.benchmarks.records;

import java.util.List;

/**
 * A vote as a plain record.
 *
 * @param yes      the affirmative votes
 * @param no       the negative votes
 * @param abstain  the abstentions
 * @param against  the country codes of the members against, or null
 */
public record VoteRecord(int yes, int no, int abstain, List<String> against) {
}
