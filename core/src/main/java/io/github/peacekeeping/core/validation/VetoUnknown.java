package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.Vote;
import io.github.peacekeeping.core.VotingRule;
import java.util.List;
import java.util.function.Consumer;

/**
 * PK117: a Security Council vote on a substantive matter with negative votes should name the members that
 * cast them; otherwise a veto by a permanent member cannot be seen and PK102 trusts the count alone. On a
 * procedural matter no member can veto, so there is nothing to see.
 */
final class VetoUnknown implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Mandate> mandates = mission.mandates();
        for (int i = 0; i < mandates.size(); i++) {
            Resolution resolution = mandates.get(i).resolution();
            if (resolution.votingRule() != VotingRule.COUNCIL_SUBSTANTIVE) {
                continue;
            }
            for (RecordedVote recorded : RecordedVote.of(resolution, i)) {
                Vote vote = recorded.vote();
                if (vote.no() > 0 && vote.against().isEmpty()) {
                    findings.accept(Finding.of(rule, recorded.path() + "/" + FieldNames.AGAINST,
                            "the vote " + vote + " on " + recorded.subject() + " has " + vote.no()
                                    + " negative votes but names no member against, so a veto cannot be seen"));
                }
            }
        }
    }
}
