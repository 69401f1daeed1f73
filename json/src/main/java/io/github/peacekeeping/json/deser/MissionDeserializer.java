package io.github.peacekeeping.json.deser;

import static io.github.peacekeeping.core.FieldNames.ACRONYM;
import static io.github.peacekeeping.core.FieldNames.CLOSED;
import static io.github.peacekeeping.core.FieldNames.COMPONENTS;
import static io.github.peacekeeping.core.FieldNames.ESTABLISHED;
import static io.github.peacekeeping.core.FieldNames.HOSTS;
import static io.github.peacekeeping.core.FieldNames.LEADERSHIP;
import static io.github.peacekeeping.core.FieldNames.MANDATES;
import static io.github.peacekeeping.core.FieldNames.NAME;
import static io.github.peacekeeping.core.FieldNames.REGION;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PeacekeepingException;
import java.io.IOException;
import java.util.List;

/** Reads a {@link Mission}. This class is immutable and thread-safe. */
final class MissionDeserializer extends PeacekeepingDeserializer<Mission> {

    private static final long serialVersionUID = 1L;

    static final List<String> FIELDS =
            List.of(ACRONYM, NAME, HOSTS, REGION, ESTABLISHED, CLOSED, MANDATES, COMPONENTS, LEADERSHIP);
    private static final int F_ACRONYM = 1;
    private static final int F_NAME = 1 << 1;
    private static final int F_HOSTS = 1 << 2;
    private static final int F_REGION = 1 << 3;
    private static final int F_ESTABLISHED = 1 << 4;
    private static final int F_CLOSED = 1 << 5;
    private static final int F_MANDATES = 1 << 6;
    private static final int F_COMPONENTS = 1 << 7;
    private static final int F_LEADERSHIP = 1 << 8;
    private static final int REQUIRED = F_ACRONYM | F_NAME | F_HOSTS | F_REGION | F_ESTABLISHED | F_MANDATES;

    MissionDeserializer() {
        super(Mission.class, LogicalType.POJO);
    }

    @Override
    Mission read(JsonParser p, boolean strict, String field) throws IOException {
        return readMission(p, strict, field);
    }

    static Mission readMission(JsonParser p, boolean strict, String field) throws IOException {
        String name = Tokens.startObject(p, field);
        long start = Errors.position(p);
        Mission.Builder mission = Mission.builder();
        int seen = 0;
        long acronymAt = Errors.NOT_SEEN;
        long nameAt = Errors.NOT_SEEN;
        long hostsAt = Errors.NOT_SEEN;
        long closedAt = Errors.NOT_SEEN;
        long mandatesAt = Errors.NOT_SEEN;
        long componentsAt = Errors.NOT_SEEN;
        long leadershipAt = Errors.NOT_SEEN;
        for (; name != null; name = p.nextFieldName()) {
            switch (name) {
                case ACRONYM:
                    seen = Tokens.field(p, seen, F_ACRONYM);
                    acronymAt = Errors.position(p);
                    mission.acronym(Tokens.text(p, ACRONYM));
                    break;
                case NAME:
                    seen = Tokens.field(p, seen, F_NAME);
                    nameAt = Errors.position(p);
                    mission.name(Tokens.text(p, NAME));
                    break;
                case HOSTS:
                    seen = Tokens.field(p, seen, F_HOSTS);
                    hostsAt = Errors.position(p);
                    Tokens.startArray(p, HOSTS);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        mission.addHost(Tokens.country(p, HOSTS));
                    }
                    break;
                case REGION:
                    seen = Tokens.field(p, seen, F_REGION);
                    mission.region(Names.REGION.read(p, REGION));
                    break;
                case ESTABLISHED:
                    seen = Tokens.field(p, seen, F_ESTABLISHED);
                    mission.established(Tokens.date(p, ESTABLISHED));
                    break;
                case CLOSED:
                    seen = Tokens.field(p, seen, F_CLOSED);
                    closedAt = Errors.position(p);
                    if (!Tokens.isNull(p)) {
                        mission.closed(Tokens.date(p, CLOSED));
                    }
                    break;
                case MANDATES:
                    seen = Tokens.field(p, seen, F_MANDATES);
                    mandatesAt = Errors.position(p);
                    Tokens.startArray(p, MANDATES);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        mission.addMandate(MandateDeserializer.readMandate(p, strict, MANDATES));
                    }
                    break;
                case COMPONENTS:
                    seen = Tokens.field(p, seen, F_COMPONENTS);
                    componentsAt = Errors.position(p);
                    if (!Tokens.isNull(p)) {
                        Tokens.startArray(p, COMPONENTS);
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            mission.addComponent(ComponentDeserializer.readComponent(p, strict, COMPONENTS, null));
                        }
                    }
                    break;
                case LEADERSHIP:
                    seen = Tokens.field(p, seen, F_LEADERSHIP);
                    leadershipAt = Errors.position(p);
                    if (!Tokens.isNull(p)) {
                        Tokens.startArray(p, LEADERSHIP);
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            mission.addAppointment(AppointmentDeserializer.readAppointment(p, strict, LEADERSHIP));
                        }
                    }
                    break;
                default:
                    Tokens.unknown(p, strict, FIELDS);
            }
        }
        Tokens.required(p, seen, REQUIRED, FIELDS, start);
        try {
            return mission.build();
        } catch (PeacekeepingException e) {
            long at;
            switch (e.field()) {
                case ACRONYM: at = acronymAt; break;
                case NAME: at = nameAt; break;
                case HOSTS: at = hostsAt; break;
                case CLOSED: at = closedAt; break;
                case MANDATES: at = mandatesAt; break;
                case COMPONENTS: at = componentsAt; break;
                case LEADERSHIP: at = leadershipAt; break;
                default: at = Errors.NOT_SEEN;
            }
            throw Errors.refused(p, e, at, start);
        }
    }
}
