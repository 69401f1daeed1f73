package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.Vote;
import java.util.List;
import java.util.function.Consumer;

/**
 * PK117: a Security Council vote with negative votes should name the members that cast them; otherwise
 * a veto by a permanent member cannot be seen and PK102 trusts the count alone.
 */
final class VetoUnknown implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Mandate> mandates = mission.mandates();
        for (int i = 0; i < mandates.size(); i++) {
            Resolution resolution = mandates.get(i).resolution();
            if (resolution.body() != AuthorizingBody.SECURITY_COUNCIL || resolution.vote().isEmpty()) {
                continue;
            }
            Vote vote = resolution.vote().get();
            if (vote.no() > 0 && vote.against().isEmpty()) {
                findings.accept(Finding.of(rule,
                        Pointer.of(FieldNames.MANDATES, i, FieldNames.RESOLUTION, FieldNames.VOTE, FieldNames.AGAINST),
                        "the vote " + vote + " on " + resolution.symbol() + " has " + vote.no()
                                + " negative votes but names no member against, so a veto cannot be seen"));
            }
        }
    }
}
