package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.SecurityCouncil;
import io.github.peacekeeping.core.Vote;
import io.github.peacekeeping.core.VoteOutcome;
import java.util.List;
import java.util.function.Consumer;

/** PK102: a Security Council resolution recorded with its vote must have been adopted by it (Article 27(3)). */
final class ResolutionNotAdopted implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Mandate> mandates = mission.mandates();
        for (int i = 0; i < mandates.size(); i++) {
            Resolution resolution = mandates.get(i).resolution();
            if (resolution.body() != AuthorizingBody.SECURITY_COUNCIL || resolution.vote().isEmpty()) {
                continue;
            }
            Vote vote = resolution.vote().get();
            VoteOutcome outcome = vote.outcomeOn(resolution.adopted());
            if (outcome == VoteOutcome.ADOPTED) {
                continue;
            }
            String why = outcome == VoteOutcome.VETOED
                    ? "vetoed by " + vote.permanentMembersAgainst()
                    : vote.yes() + " affirmative votes where " + SecurityCouncil.votesRequiredOn(resolution.adopted())
                            + " were needed in a Council of " + SecurityCouncil.membersOn(resolution.adopted());
            findings.accept(Finding.of(rule,
                    Pointer.of(FieldNames.MANDATES, i, FieldNames.RESOLUTION, FieldNames.VOTE),
                    resolution.symbol() + " was not adopted by its vote " + vote + " on " + resolution.adopted()
                            + ": " + why));
        }
    }
}
