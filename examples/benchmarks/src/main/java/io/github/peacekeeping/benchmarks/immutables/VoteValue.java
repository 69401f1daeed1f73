package io.github.peacekeeping.benchmarks.immutables;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** A vote as an Immutables value type. */
@Value.Immutable
@JsonSerialize(as = ImmutableVoteValue.class)
@JsonDeserialize(as = ImmutableVoteValue.class)
public interface VoteValue {

    /**
     * Returns the affirmative votes.
     *
     * @return the count
     */
    int yes();

    /**
     * Returns the negative votes.
     *
     * @return the count
     */
    int no();

    /**
     * Returns the abstentions.
     *
     * @return the count
     */
    int abstain();

    /**
     * Returns the country codes of the members against.
     *
     * @return the codes, or null
     */
    @Nullable
    List<String> against();
}
