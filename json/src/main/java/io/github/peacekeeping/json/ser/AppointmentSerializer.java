package io.github.peacekeeping.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.LeadershipRole;
import java.io.IOException;

/** Writes an {@link Appointment}; {@code acting} only when true. This class is immutable and thread-safe. */
final class AppointmentSerializer extends PeacekeepingSerializer<Appointment> {

    private static final long serialVersionUID = 1L;
    private static final SerializableString[] ROLES = Out.constants(LeadershipRole.class);

    AppointmentSerializer() {
        super(Appointment.class);
    }

    @Override
    void write(Appointment appointment, JsonGenerator g) throws IOException {
        writeAppointment(appointment, g);
    }

    static void writeAppointment(Appointment appointment, JsonGenerator g) throws IOException {
        g.writeStartObject(appointment);
        g.writeFieldName(Out.ROLE);
        g.writeString(ROLES[appointment.role().ordinal()]);
        g.writeFieldName(Out.NAME);
        g.writeString(appointment.name());
        g.writeFieldName(Out.NATIONALITY);
        Out.country(g, appointment.nationality());
        g.writeFieldName(Out.START);
        Out.date(g, appointment.start());
        if (appointment.end().isPresent()) {
            g.writeFieldName(Out.END);
            Out.date(g, appointment.end().get());
        }
        if (appointment.acting()) {
            g.writeFieldName(Out.ACTING);
            g.writeBoolean(true);
        }
        g.writeEndObject();
    }
}
