package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.ResolutionPart;
import io.github.peacekeeping.core.Vote;
import java.util.ArrayList;
import java.util.List;

/**
 * One vote a decision's resolution records, on the resolution as a whole or on one of its parts, with the
 * path of the vote and the name that findings give it: {@code S/RES/918 (1994)} or
 * {@code part B of S/RES/918 (1994)}.
 */
record RecordedVote(Vote vote, String path, String subject) {

    /** The votes of the resolution of the decision at {@code /mandates/index}: the whole first, then the parts in order. */
    static List<RecordedVote> of(Resolution resolution, int index) {
        List<RecordedVote> votes = new ArrayList<>(1 + resolution.parts().size());
        String symbol = resolution.symbol().toString();
        resolution.vote().ifPresent(vote -> votes.add(new RecordedVote(vote,
                Pointer.of(FieldNames.MANDATES, index, FieldNames.RESOLUTION, FieldNames.VOTE), symbol)));
        List<ResolutionPart> parts = resolution.parts();
        for (int p = 0; p < parts.size(); p++) {
            ResolutionPart part = parts.get(p);
            if (part.vote().isPresent()) {
                votes.add(new RecordedVote(part.vote().get(),
                        Pointer.of(FieldNames.MANDATES, index, FieldNames.RESOLUTION, FieldNames.PARTS, p, FieldNames.VOTE),
                        "part " + part.label() + " of " + symbol));
            }
        }
        return votes;
    }
}
