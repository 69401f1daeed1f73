package io.github.peacekeeping.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Region;
import java.io.IOException;

/** Writes a {@link Mission}. This class is immutable and thread-safe. */
final class MissionSerializer extends PeacekeepingSerializer<Mission> {

    private static final long serialVersionUID = 1L;
    private static final com.fasterxml.jackson.core.SerializableString[] REGIONS = Out.constants(Region.class);

    MissionSerializer() {
        super(Mission.class);
    }

    @Override
    void write(Mission mission, JsonGenerator g) throws IOException {
        writeMission(mission, g);
    }

    static void writeMission(Mission mission, JsonGenerator g) throws IOException {
        g.writeStartObject(mission);
        g.writeFieldName(Out.ACRONYM);
        g.writeString(mission.acronym());
        g.writeFieldName(Out.NAME);
        g.writeString(mission.name());
        g.writeFieldName(Out.HOSTS);
        Out.countries(g, mission.hosts());
        g.writeFieldName(Out.REGION);
        g.writeString(REGIONS[mission.region().ordinal()]);
        g.writeFieldName(Out.ESTABLISHED);
        Out.date(g, mission.established());
        if (mission.closed().isPresent()) {
            g.writeFieldName(Out.CLOSED);
            Out.date(g, mission.closed().get());
        }
        g.writeFieldName(Out.MANDATES);
        g.writeStartArray(mission.mandates(), mission.mandates().size());
        for (Mandate mandate : mission.mandates()) {
            MandateSerializer.writeMandate(mandate, g);
        }
        g.writeEndArray();
        if (!mission.components().isEmpty()) {
            g.writeFieldName(Out.COMPONENTS);
            g.writeStartArray(mission.components(), mission.components().size());
            for (Component component : mission.components()) {
                ComponentSerializer.writeComponent(component, g);
            }
            g.writeEndArray();
        }
        if (!mission.leadership().isEmpty()) {
            g.writeFieldName(Out.LEADERSHIP);
            g.writeStartArray(mission.leadership(), mission.leadership().size());
            for (Appointment appointment : mission.leadership()) {
                AppointmentSerializer.writeAppointment(appointment, g);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
