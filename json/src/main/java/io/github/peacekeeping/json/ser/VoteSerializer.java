package io.github.peacekeeping.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.peacekeeping.core.Vote;
import java.io.IOException;

/** Writes a {@link Vote}. This class is immutable and thread-safe. */
final class VoteSerializer extends PeacekeepingSerializer<Vote> {

    private static final long serialVersionUID = 1L;

    VoteSerializer() {
        super(Vote.class);
    }

    @Override
    void write(Vote vote, JsonGenerator g) throws IOException {
        writeVote(vote, g);
    }

    static void writeVote(Vote vote, JsonGenerator g) throws IOException {
        g.writeStartObject(vote);
        g.writeFieldName(Out.YES);
        g.writeNumber(vote.yes());
        g.writeFieldName(Out.NO);
        g.writeNumber(vote.no());
        g.writeFieldName(Out.ABSTAIN);
        g.writeNumber(vote.abstain());
        if (!vote.against().isEmpty()) {
            g.writeFieldName(Out.AGAINST);
            Out.countries(g, vote.against());
        }
        g.writeEndObject();
    }
}
