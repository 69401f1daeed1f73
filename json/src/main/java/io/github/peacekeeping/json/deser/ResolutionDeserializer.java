package io.github.peacekeeping.json.deser;

import static io.github.peacekeeping.core.FieldNames.ADOPTED;
import static io.github.peacekeeping.core.FieldNames.BODY;
import static io.github.peacekeeping.core.FieldNames.NUMBER;
import static io.github.peacekeeping.core.FieldNames.SESSION;
import static io.github.peacekeeping.core.FieldNames.VOTE;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.Resolution;
import java.io.IOException;
import java.util.List;

/** Reads a {@link Resolution}. This class is immutable and thread-safe. */
final class ResolutionDeserializer extends PeacekeepingDeserializer<Resolution> {

    private static final long serialVersionUID = 1L;

    static final List<String> FIELDS = List.of(BODY, NUMBER, ADOPTED, SESSION, VOTE);
    private static final int F_BODY = 1;
    private static final int F_NUMBER = 1 << 1;
    private static final int F_ADOPTED = 1 << 2;
    private static final int F_SESSION = 1 << 3;
    private static final int F_VOTE = 1 << 4;
    private static final int REQUIRED = F_BODY | F_NUMBER | F_ADOPTED;

    ResolutionDeserializer() {
        super(Resolution.class, LogicalType.POJO);
    }

    @Override
    Resolution read(JsonParser p, boolean strict, String field) throws IOException {
        return readResolution(p, strict, field);
    }

    static Resolution readResolution(JsonParser p, boolean strict, String field) throws IOException {
        String name = Tokens.startObject(p, field);
        long start = Errors.position(p);
        Resolution.Builder resolution = Resolution.builder();
        int seen = 0;
        long numberAt = Errors.NOT_SEEN;
        long adoptedAt = Errors.NOT_SEEN;
        long sessionAt = Errors.NOT_SEEN;
        for (; name != null; name = p.nextFieldName()) {
            switch (name) {
                case BODY:
                    seen = Tokens.field(p, seen, F_BODY);
                    resolution.body(Names.BODY.read(p, BODY));
                    break;
                case NUMBER:
                    seen = Tokens.field(p, seen, F_NUMBER);
                    numberAt = Errors.position(p);
                    resolution.number(Tokens.integer(p, NUMBER));
                    break;
                case ADOPTED:
                    seen = Tokens.field(p, seen, F_ADOPTED);
                    adoptedAt = Errors.position(p);
                    resolution.adopted(Tokens.date(p, ADOPTED));
                    break;
                case SESSION:
                    seen = Tokens.field(p, seen, F_SESSION);
                    sessionAt = Errors.position(p);
                    if (!Tokens.isNull(p)) {
                        resolution.session(Tokens.text(p, SESSION));
                    }
                    break;
                case VOTE:
                    seen = Tokens.field(p, seen, F_VOTE);
                    if (!Tokens.isNull(p)) {
                        resolution.vote(VoteDeserializer.readVote(p, strict, VOTE));
                    }
                    break;
                default:
                    Tokens.unknown(p, strict, FIELDS);
            }
        }
        Tokens.required(p, seen, REQUIRED, FIELDS, start);
        try {
            return resolution.build();
        } catch (PeacekeepingException e) {
            long at;
            switch (e.field()) {
                case NUMBER: at = numberAt; break;
                case ADOPTED: at = adoptedAt; break;
                case SESSION: at = sessionAt; break;
                default: at = Errors.NOT_SEEN;
            }
            throw Errors.refused(p, e, at, start);
        }
    }
}
