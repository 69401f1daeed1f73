package io.github.peacekeeping.json.deser;

import static io.github.peacekeeping.core.FieldNames.DATE;
import static io.github.peacekeeping.core.FieldNames.INTERNATIONAL;
import static io.github.peacekeeping.core.FieldNames.NATIONAL;
import static io.github.peacekeeping.core.FieldNames.VOLUNTEERS;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.peacekeeping.core.CivilianStaffing;
import io.github.peacekeeping.core.PeacekeepingException;
import java.io.IOException;
import java.util.List;

/** Reads a {@link CivilianStaffing}. This class is immutable and thread-safe. */
final class CivilianStaffingDeserializer extends PeacekeepingDeserializer<CivilianStaffing> {

    private static final long serialVersionUID = 1L;

    static final List<String> FIELDS = List.of(DATE, INTERNATIONAL, NATIONAL, VOLUNTEERS);
    private static final int F_DATE = 1;
    private static final int F_INTERNATIONAL = 1 << 1;
    private static final int F_NATIONAL = 1 << 2;
    private static final int F_VOLUNTEERS = 1 << 3;
    private static final int REQUIRED = F_DATE | F_INTERNATIONAL | F_NATIONAL | F_VOLUNTEERS;

    CivilianStaffingDeserializer() {
        super(CivilianStaffing.class, LogicalType.POJO);
    }

    @Override
    CivilianStaffing read(JsonParser p, boolean strict, String field) throws IOException {
        return readStaffing(p, strict, field);
    }

    static CivilianStaffing readStaffing(JsonParser p, boolean strict, String field) throws IOException {
        String name = Tokens.startObject(p, field);
        long start = Errors.position(p);
        CivilianStaffing.Builder staffing = CivilianStaffing.builder();
        int seen = 0;
        long internationalAt = Errors.NOT_SEEN;
        long nationalAt = Errors.NOT_SEEN;
        long volunteersAt = Errors.NOT_SEEN;
        for (; name != null; name = p.nextFieldName()) {
            switch (name) {
                case DATE:
                    seen = Tokens.field(p, seen, F_DATE);
                    staffing.date(Tokens.date(p, DATE));
                    break;
                case INTERNATIONAL:
                    seen = Tokens.field(p, seen, F_INTERNATIONAL);
                    internationalAt = Errors.position(p);
                    staffing.international(Tokens.integer(p, INTERNATIONAL));
                    break;
                case NATIONAL:
                    seen = Tokens.field(p, seen, F_NATIONAL);
                    nationalAt = Errors.position(p);
                    staffing.national(Tokens.integer(p, NATIONAL));
                    break;
                case VOLUNTEERS:
                    seen = Tokens.field(p, seen, F_VOLUNTEERS);
                    volunteersAt = Errors.position(p);
                    staffing.volunteers(Tokens.integer(p, VOLUNTEERS));
                    break;
                default:
                    Tokens.unknown(p, strict, FIELDS);
            }
        }
        Tokens.required(p, seen, REQUIRED, FIELDS, start);
        try {
            return staffing.build();
        } catch (PeacekeepingException e) {
            long at;
            switch (e.field()) {
                case INTERNATIONAL: at = internationalAt; break;
                case NATIONAL: at = nationalAt; break;
                case VOLUNTEERS: at = volunteersAt; break;
                default: at = Errors.NOT_SEEN;
            }
            throw Errors.refused(p, e, at, start);
        }
    }
}
