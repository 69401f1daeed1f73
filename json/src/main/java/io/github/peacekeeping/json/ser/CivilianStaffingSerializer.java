package io.github.peacekeeping.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.peacekeeping.core.CivilianStaffing;
import java.io.IOException;

/** Writes a {@link CivilianStaffing}. This class is immutable and thread-safe. */
final class CivilianStaffingSerializer extends PeacekeepingSerializer<CivilianStaffing> {

    private static final long serialVersionUID = 1L;

    CivilianStaffingSerializer() {
        super(CivilianStaffing.class);
    }

    @Override
    void write(CivilianStaffing staffing, JsonGenerator g) throws IOException {
        writeStaffing(staffing, g);
    }

    static void writeStaffing(CivilianStaffing staffing, JsonGenerator g) throws IOException {
        g.writeStartObject(staffing);
        g.writeFieldName(Out.DATE);
        Out.date(g, staffing.date());
        g.writeFieldName(Out.INTERNATIONAL);
        g.writeNumber(staffing.international());
        g.writeFieldName(Out.NATIONAL);
        g.writeNumber(staffing.national());
        g.writeFieldName(Out.VOLUNTEERS);
        g.writeNumber(staffing.volunteers());
        g.writeEndObject();
    }
}
