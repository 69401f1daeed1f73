package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.SecurityCouncil;
import io.github.peacekeeping.core.Vote;
import java.util.List;
import java.util.function.Consumer;

/** PK103: a Security Council vote cannot count more members than the Council had that day (11, then 15). */
final class VoteExceedsCouncil implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Mandate> mandates = mission.mandates();
        for (int i = 0; i < mandates.size(); i++) {
            Resolution resolution = mandates.get(i).resolution();
            if (resolution.body() != AuthorizingBody.SECURITY_COUNCIL || resolution.vote().isEmpty()) {
                continue;
            }
            Vote vote = resolution.vote().get();
            int members = SecurityCouncil.membersOn(resolution.adopted());
            if (vote.total() > members) {
                findings.accept(Finding.of(rule,
                        Pointer.of(FieldNames.MANDATES, i, FieldNames.RESOLUTION, FieldNames.VOTE),
                        "the vote " + vote + " on " + resolution.symbol() + " counts " + vote.total()
                                + " members, but the Council had " + members + " on " + resolution.adopted()));
            }
        }
    }
}
