package io.github.peacekeeping.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.Resolution;
import java.io.IOException;

/** Writes a {@link Resolution}. This class is immutable and thread-safe. */
final class ResolutionSerializer extends PeacekeepingSerializer<Resolution> {

    private static final long serialVersionUID = 1L;
    private static final SerializableString[] BODIES = Out.constants(AuthorizingBody.class);

    ResolutionSerializer() {
        super(Resolution.class);
    }

    @Override
    void write(Resolution resolution, JsonGenerator g) throws IOException {
        writeResolution(resolution, g);
    }

    static void writeResolution(Resolution resolution, JsonGenerator g) throws IOException {
        g.writeStartObject(resolution);
        g.writeFieldName(Out.BODY);
        g.writeString(BODIES[resolution.body().ordinal()]);
        g.writeFieldName(Out.NUMBER);
        g.writeNumber(resolution.number());
        g.writeFieldName(Out.ADOPTED);
        Out.date(g, resolution.adopted());
        if (resolution.session().isPresent()) {
            g.writeFieldName(Out.SESSION);
            g.writeString(resolution.session().get());
        }
        if (resolution.vote().isPresent()) {
            g.writeFieldName(Out.VOTE);
            VoteSerializer.writeVote(resolution.vote().get(), g);
        }
        g.writeEndObject();
    }
}
