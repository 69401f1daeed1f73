package io.github.peacekeeping.benchmarks.immutables;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peacekeeping.core.AuthorizingBody;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A resolution as an Immutables value type. */
@Value.Immutable
@JsonSerialize(as = ImmutableResolutionValue.class)
@JsonDeserialize(as = ImmutableResolutionValue.class)
public interface ResolutionValue {

    /**
     * Returns the authorizing body.
     *
     * @return the body
     */
    AuthorizingBody body();

    /**
     * Returns the number.
     *
     * @return the number
     */
    int number();

    /**
     * Returns the day of adoption.
     *
     * @return the day
     */
    LocalDate adopted();

    /**
     * Returns the General Assembly's session.
     *
     * @return the session, or null
     */
    @Nullable
    String session();

    /**
     * Returns the vote.
     *
     * @return the vote, or null
     */
    @Nullable
    VoteValue vote();
}
