package io.github.peacekeeping.benchmarks.records;

import static com.dslplatform.json.JsonAttribute.IncludePolicy.ALWAYS;

import com.dslplatform.json.JsonAttribute;
import io.github.peacekeeping.core.AuthorizingBody;
import java.time.LocalDate;

/**
 * A resolution as a plain record.
 *
 * @param body     the authorizing body
 * @param number   the number
 * @param adopted  the day of adoption
 * @param session  the General Assembly's session, or null
 * @param vote     the vote, or null
 */
public record ResolutionRecord(AuthorizingBody body, @JsonAttribute(includeToMinimal = ALWAYS) int number,
        LocalDate adopted, String session, VoteRecord vote) {
}
