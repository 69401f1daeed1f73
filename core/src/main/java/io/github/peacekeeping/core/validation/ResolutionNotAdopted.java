package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.SecurityCouncil;
import io.github.peacekeeping.core.Vote;
import io.github.peacekeeping.core.VoteOutcome;
import io.github.peacekeeping.core.VotingRule;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * PK102: a resolution recorded with its vote must have been adopted by it, under its body's rule: Article
 * 27 of the Charter in the Security Council (procedural decisions by Article 27(2)), Article 18 in the
 * General Assembly. Each part voted separately is judged alike and named: a failed part is not part of
 * the resolution, so a decision that records it records something not decided.
 */
final class ResolutionNotAdopted implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Mandate> mandates = mission.mandates();
        for (int i = 0; i < mandates.size(); i++) {
            Resolution resolution = mandates.get(i).resolution();
            VotingRule votingRule = resolution.votingRule();
            LocalDate day = resolution.adopted();
            for (RecordedVote recorded : RecordedVote.of(resolution, i)) {
                Vote vote = recorded.vote();
                VoteOutcome outcome = votingRule.outcomeOf(vote, day);
                if (outcome != VoteOutcome.ADOPTED) {
                    findings.accept(Finding.of(rule, recorded.path(), recorded.subject() + " was not adopted by its vote "
                            + vote + " on " + day + ": " + why(outcome, votingRule, vote, resolution)));
                }
            }
        }
    }

    private static String why(VoteOutcome outcome, VotingRule votingRule, Vote vote, Resolution resolution) {
        if (outcome == VoteOutcome.VETOED) {
            return "vetoed by " + vote.permanentMembersAgainst();
        }
        LocalDate day = resolution.adopted();
        String shortfall = vote.yes() + " affirmative votes where " + votingRule.votesRequired(vote, day) + " were needed";
        return resolution.body() == AuthorizingBody.SECURITY_COUNCIL
                ? shortfall + " in a Council of " + SecurityCouncil.membersOn(day)
                : shortfall + ", two thirds of the members present and voting (Charter Article 18(2))";
    }
}
