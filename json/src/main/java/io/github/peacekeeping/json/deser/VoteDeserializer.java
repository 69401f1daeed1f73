package io.github.peacekeeping.json.deser;

import static io.github.peacekeeping.core.FieldNames.ABSTAIN;
import static io.github.peacekeeping.core.FieldNames.AGAINST;
import static io.github.peacekeeping.core.FieldNames.NO;
import static io.github.peacekeeping.core.FieldNames.YES;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.Vote;
import java.io.IOException;
import java.util.List;

/** Reads a {@link Vote}. This class is immutable and thread-safe. */
final class VoteDeserializer extends PeacekeepingDeserializer<Vote> {

    private static final long serialVersionUID = 1L;

    static final List<String> FIELDS = List.of(YES, NO, ABSTAIN, AGAINST);
    private static final int F_YES = 1;
    private static final int F_NO = 1 << 1;
    private static final int F_ABSTAIN = 1 << 2;
    private static final int F_AGAINST = 1 << 3;
    private static final int REQUIRED = F_YES | F_NO | F_ABSTAIN;

    VoteDeserializer() {
        super(Vote.class, LogicalType.POJO);
    }

    @Override
    Vote read(JsonParser p, boolean strict, String field) throws IOException {
        return readVote(p, strict, field);
    }

    static Vote readVote(JsonParser p, boolean strict, String field) throws IOException {
        String name = Tokens.startObject(p, field);
        long start = Errors.position(p);
        Vote.Builder vote = Vote.builder();
        int seen = 0;
        long yesAt = Errors.NOT_SEEN;
        long noAt = Errors.NOT_SEEN;
        long abstainAt = Errors.NOT_SEEN;
        long againstAt = Errors.NOT_SEEN;
        for (; name != null; name = p.nextFieldName()) {
            switch (name) {
                case YES:
                    seen = Tokens.field(p, seen, F_YES);
                    yesAt = Errors.position(p);
                    vote.yes(Tokens.integer(p, YES));
                    break;
                case NO:
                    seen = Tokens.field(p, seen, F_NO);
                    noAt = Errors.position(p);
                    vote.no(Tokens.integer(p, NO));
                    break;
                case ABSTAIN:
                    seen = Tokens.field(p, seen, F_ABSTAIN);
                    abstainAt = Errors.position(p);
                    vote.abstain(Tokens.integer(p, ABSTAIN));
                    break;
                case AGAINST:
                    seen = Tokens.field(p, seen, F_AGAINST);
                    againstAt = Errors.position(p);
                    if (!Tokens.isNull(p)) {
                        Tokens.startArray(p, AGAINST);
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            vote.addAgainst(Tokens.country(p, AGAINST));
                        }
                    }
                    break;
                default:
                    Tokens.unknown(p, strict, FIELDS);
            }
        }
        Tokens.required(p, seen, REQUIRED, FIELDS, start);
        try {
            return vote.build();
        } catch (PeacekeepingException e) {
            long at;
            switch (e.field()) {
                case YES: at = yesAt; break;
                case NO: at = noAt; break;
                case ABSTAIN: at = abstainAt; break;
                case AGAINST: at = againstAt; break;
                default: at = Errors.NOT_SEEN;
            }
            throw Errors.refused(p, e, at, start);
        }
    }
}
