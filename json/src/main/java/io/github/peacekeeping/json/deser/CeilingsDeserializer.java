package io.github.peacekeeping.json.deser;

import static io.github.peacekeeping.core.FieldNames.CIVILIAN;
import static io.github.peacekeeping.core.FieldNames.MILITARY;
import static io.github.peacekeeping.core.FieldNames.POLICE;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.peacekeeping.core.Ceilings;
import io.github.peacekeeping.core.PeacekeepingException;
import java.io.IOException;
import java.util.List;

/** Reads {@link Ceilings}. This class is immutable and thread-safe. */
final class CeilingsDeserializer extends PeacekeepingDeserializer<Ceilings> {

    private static final long serialVersionUID = 1L;

    static final List<String> FIELDS = List.of(MILITARY, POLICE, CIVILIAN);
    private static final int F_MILITARY = 1;
    private static final int F_POLICE = 1 << 1;
    private static final int F_CIVILIAN = 1 << 2;

    CeilingsDeserializer() {
        super(Ceilings.class, LogicalType.POJO);
    }

    @Override
    Ceilings read(JsonParser p, boolean strict, String field) throws IOException {
        return readCeilings(p, strict, field);
    }

    static Ceilings readCeilings(JsonParser p, boolean strict, String field) throws IOException {
        String name = Tokens.startObject(p, field);
        long start = Errors.position(p);
        Ceilings.Builder ceilings = Ceilings.builder();
        int seen = 0;
        long militaryAt = Errors.NOT_SEEN;
        long policeAt = Errors.NOT_SEEN;
        long civilianAt = Errors.NOT_SEEN;
        for (; name != null; name = p.nextFieldName()) {
            switch (name) {
                case MILITARY:
                    seen = Tokens.field(p, seen, F_MILITARY);
                    militaryAt = Errors.position(p);
                    if (!Tokens.isNull(p)) {
                        ceilings.military(Tokens.integer(p, MILITARY));
                    }
                    break;
                case POLICE:
                    seen = Tokens.field(p, seen, F_POLICE);
                    policeAt = Errors.position(p);
                    if (!Tokens.isNull(p)) {
                        ceilings.police(Tokens.integer(p, POLICE));
                    }
                    break;
                case CIVILIAN:
                    seen = Tokens.field(p, seen, F_CIVILIAN);
                    civilianAt = Errors.position(p);
                    if (!Tokens.isNull(p)) {
                        ceilings.civilian(Tokens.integer(p, CIVILIAN));
                    }
                    break;
                default:
                    Tokens.unknown(p, strict, FIELDS);
            }
        }
        try {
            return ceilings.build();
        } catch (PeacekeepingException e) {
            long at;
            switch (e.field()) {
                case MILITARY: at = militaryAt; break;
                case POLICE: at = policeAt; break;
                case CIVILIAN: at = civilianAt; break;
                default: at = Errors.NOT_SEEN;
            }
            throw Errors.refused(p, e, at, start);
        }
    }
}
