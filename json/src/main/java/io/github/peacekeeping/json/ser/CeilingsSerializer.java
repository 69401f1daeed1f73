package io.github.peacekeeping.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.peacekeeping.core.Ceilings;
import java.io.IOException;

/** Writes {@link Ceilings}. This class is immutable and thread-safe. */
final class CeilingsSerializer extends PeacekeepingSerializer<Ceilings> {

    private static final long serialVersionUID = 1L;

    CeilingsSerializer() {
        super(Ceilings.class);
    }

    @Override
    void write(Ceilings ceilings, JsonGenerator g) throws IOException {
        writeCeilings(ceilings, g);
    }

    static void writeCeilings(Ceilings ceilings, JsonGenerator g) throws IOException {
        g.writeStartObject(ceilings);
        if (ceilings.military().isPresent()) {
            g.writeFieldName(Out.MILITARY);
            g.writeNumber(ceilings.military().getAsInt());
        }
        if (ceilings.police().isPresent()) {
            g.writeFieldName(Out.POLICE);
            g.writeNumber(ceilings.police().getAsInt());
        }
        if (ceilings.civilian().isPresent()) {
            g.writeFieldName(Out.CIVILIAN);
            g.writeNumber(ceilings.civilian().getAsInt());
        }
        g.writeEndObject();
    }
}
