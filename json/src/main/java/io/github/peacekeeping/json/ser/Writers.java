package io.github.peacekeeping.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PoliceCategory;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.json.ser.ValueSerializers.CategorySerializer;
import io.github.peacekeeping.json.ser.ValueSerializers.ComponentTypeSerializer;
import io.github.peacekeeping.json.ser.ValueSerializers.CountryCodeSerializer;
import io.github.peacekeeping.json.ser.ValueSerializers.EnumSerializer;
import java.io.IOException;

/**
 * The entry to this package: registers a serializer for every type of the wire format, and writes
 * missions and contribution records straight to a generator for {@code PeacekeepingJson}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Writers {

    private Writers() {
    }

    /**
     * Adds the serializer of every type of the wire format to a module.
     *
     * @param module  the module, not null
     */
    public static void register(SimpleModule module) {
        module.addSerializer(new MissionSerializer());
        module.addSerializer(new MandateSerializer());
        module.addSerializer(new ResolutionSerializer());
        module.addSerializer(new VoteSerializer());
        module.addSerializer(new CeilingsSerializer());
        module.addSerializer(new ComponentSerializer());
        module.addSerializer(new DeploymentSerializer());
        module.addSerializer(new CivilianStaffingSerializer());
        module.addSerializer(new AppointmentSerializer());
        module.addSerializer(new ContributionRecordSerializer());
        module.addSerializer(new CountryCodeSerializer());
        module.addSerializer(new EnumSerializer<>(Region.class));
        module.addSerializer(new EnumSerializer<>(AuthorizingBody.class));
        module.addSerializer(new EnumSerializer<>(MandateAction.class));
        module.addSerializer(new EnumSerializer<>(MandateTask.class));
        module.addSerializer(new EnumSerializer<>(LeadershipRole.class));
        module.addSerializer(new EnumSerializer<>(MilitaryCategory.class));
        module.addSerializer(new EnumSerializer<>(PoliceCategory.class));
        module.addSerializer(new CategorySerializer());
        module.addSerializer(new ComponentTypeSerializer());
    }

    /**
     * Writes a mission.
     *
     * @param mission  the mission, not null
     * @param g        the generator, not null
     * @throws IOException if the generator cannot write
     */
    public static void mission(Mission mission, JsonGenerator g) throws IOException {
        MissionSerializer.writeMission(mission, g);
    }

    /**
     * Writes a contribution record as one compact object.
     *
     * @param record  the record, not null
     * @param g       the generator, not null
     * @throws IOException if the generator cannot write
     */
    public static void record(ContributionRecord record, JsonGenerator g) throws IOException {
        ContributionRecordSerializer.writeRecord(record, g);
    }
}
