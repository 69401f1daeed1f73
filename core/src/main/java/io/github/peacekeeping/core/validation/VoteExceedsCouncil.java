package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.SecurityCouncil;
import java.util.List;
import java.util.function.Consumer;

/**
 * PK103: a Security Council vote cannot account for more members than the Council had that day (11, then
 * 15): those that voted or abstained and those named as not participating.
 */
final class VoteExceedsCouncil implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Mandate> mandates = mission.mandates();
        for (int i = 0; i < mandates.size(); i++) {
            Resolution resolution = mandates.get(i).resolution();
            if (resolution.body() != AuthorizingBody.SECURITY_COUNCIL) {
                continue;
            }
            int members = SecurityCouncil.membersOn(resolution.adopted());
            for (RecordedVote recorded : RecordedVote.of(resolution, i)) {
                int counted = recorded.vote().membersCounted();
                if (counted > members) {
                    findings.accept(Finding.of(rule, recorded.path(), "the vote " + recorded.vote() + " on "
                            + recorded.subject() + " counts " + counted + " members, but the Council had " + members
                            + " on " + resolution.adopted()));
                }
            }
        }
    }
}
