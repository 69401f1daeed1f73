package io.github.peacekeeping.benchmarks.records;

import static com.dslplatform.json.JsonAttribute.IncludePolicy.ALWAYS;

import com.dslplatform.json.JsonAttribute;
import java.util.List;

/**
 * A vote as a plain record.
 *
 * @param yes      the affirmative votes
 * @param no       the negative votes
 * @param abstain  the abstentions
 * @param against  the country codes of the members against, or null
 */
public record VoteRecord(
        @JsonAttribute(includeToMinimal = ALWAYS) int yes,
        @JsonAttribute(includeToMinimal = ALWAYS) int no,
        @JsonAttribute(includeToMinimal = ALWAYS) int abstain,
        List<String> against) {
}
