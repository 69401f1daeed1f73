package io.github.peacekeeping.json.deser;

import static io.github.peacekeeping.core.FieldNames.ACTING;
import static io.github.peacekeeping.core.FieldNames.END;
import static io.github.peacekeeping.core.FieldNames.NAME;
import static io.github.peacekeeping.core.FieldNames.NATIONALITY;
import static io.github.peacekeeping.core.FieldNames.ROLE;
import static io.github.peacekeeping.core.FieldNames.START;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.PeacekeepingException;
import java.io.IOException;
import java.util.List;

/** Reads an {@link Appointment}. This class is immutable and thread-safe. */
final class AppointmentDeserializer extends PeacekeepingDeserializer<Appointment> {

    private static final long serialVersionUID = 1L;

    static final List<String> FIELDS = List.of(ROLE, NAME, NATIONALITY, START, END, ACTING);
    private static final int F_ROLE = 1;
    private static final int F_NAME = 1 << 1;
    private static final int F_NATIONALITY = 1 << 2;
    private static final int F_START = 1 << 3;
    private static final int F_END = 1 << 4;
    private static final int F_ACTING = 1 << 5;
    private static final int REQUIRED = F_ROLE | F_NAME | F_NATIONALITY | F_START;

    AppointmentDeserializer() {
        super(Appointment.class, LogicalType.POJO);
    }

    @Override
    Appointment read(JsonParser p, boolean strict, String field) throws IOException {
        return readAppointment(p, strict, field);
    }

    static Appointment readAppointment(JsonParser p, boolean strict, String field) throws IOException {
        String name = Tokens.startObject(p, field);
        long start = Errors.position(p);
        Appointment.Builder appointment = Appointment.builder();
        int seen = 0;
        long nameAt = Errors.NOT_SEEN;
        long startAt = Errors.NOT_SEEN;
        long endAt = Errors.NOT_SEEN;
        for (; name != null; name = p.nextFieldName()) {
            switch (name) {
                case ROLE:
                    seen = Tokens.field(p, seen, F_ROLE);
                    appointment.role(Names.ROLE.read(p, ROLE));
                    break;
                case NAME:
                    seen = Tokens.field(p, seen, F_NAME);
                    nameAt = Errors.position(p);
                    appointment.name(Tokens.text(p, NAME));
                    break;
                case NATIONALITY:
                    seen = Tokens.field(p, seen, F_NATIONALITY);
                    appointment.nationality(Tokens.country(p, NATIONALITY));
                    break;
                case START:
                    seen = Tokens.field(p, seen, F_START);
                    startAt = Errors.position(p);
                    appointment.start(Tokens.date(p, START));
                    break;
                case END:
                    seen = Tokens.field(p, seen, F_END);
                    endAt = Errors.position(p);
                    if (!Tokens.isNull(p)) {
                        appointment.end(Tokens.date(p, END));
                    }
                    break;
                case ACTING:
                    seen = Tokens.field(p, seen, F_ACTING);
                    if (!Tokens.isNull(p)) {
                        appointment.acting(Tokens.bool(p, ACTING));
                    }
                    break;
                default:
                    Tokens.unknown(p, strict, FIELDS);
            }
        }
        Tokens.required(p, seen, REQUIRED, FIELDS, start);
        try {
            return appointment.build();
        } catch (PeacekeepingException e) {
            long at;
            switch (e.field()) {
                case NAME: at = nameAt; break;
                case START: at = startAt; break;
                case END: at = endAt; break;
                default: at = Errors.NOT_SEEN;
            }
            throw Errors.refused(p, e, at, start);
        }
    }
}
